import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '#src/ui/error-summary'
import { Button } from '#src/ui/button'
import { DateInput, type DateParts } from '#src/ui/date-input'
import { said, useSaidErrors, type Said } from '#src/ui/said'
import { isIsoDay, type DateRange } from './rent-sums'

type Edge = 'from' | 'to'
type TypedDate = DateParts

function typedFrom(iso: string): TypedDate {
  const [year = '', month = '', day = ''] = iso.split('-')
  return { day: String(Number(day)), month: String(Number(month)), year }
}

/** What was typed as an ISO day, or what to say about it. */
function dayOf(typed: TypedDate, edge: Edge): { iso: string } | { error: Said } {
  const parts = [typed.day, typed.month, typed.year].map((part) => part.trim())
  if (parts.every((part) => part === '')) return { error: said(`errors.${edge}.missing`) }
  const [day, month, year] = parts.map(Number) as [number, number, number]
  if (!parts.every((part) => /^\d+$/.test(part)) || parts[2]?.length !== 4) return { error: said(`errors.${edge}.invalid`) }
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return isIsoDay(iso) ? { iso } : { error: said(`errors.${edge}.invalid`) }
}

/** Which days of transactions to show. What was typed stays as typed when it cannot be used. */
export function DateRangeForm({ range, onChoose }: { range: DateRange; onChoose: (range: DateRange) => void }) {
  const { t } = useTranslation('housing')
  const [typed, setTyped] = useState<Record<Edge, TypedDate>>({ from: typedFrom(range.from), to: typedFrom(range.to) })
  const [errors, setErrors] = useSaidErrors<Edge>('housing')

  function show(event: FormEvent) {
    event.preventDefault()
    const from = dayOf(typed.from, 'from')
    const to = dayOf(typed.to, 'to')
    const found: Partial<Record<Edge, Said>> = {}
    if ('error' in from) found.from = from.error
    if ('error' in to) found.to = to.error
    if ('iso' in from && 'iso' in to && to.iso < from.iso) found.to = said('errors.to.beforeFrom')
    setErrors(found)
    if ('iso' in from && 'iso' in to && !found.to) onChoose({ from: from.iso, to: to.iso })
  }

  const summary = (['from', 'to'] as const).flatMap((edge) => {
    const text = errors[edge]
    return text ? [{ href: `${edge}-day`, text }] : []
  })
  return (
    <form noValidate onSubmit={show} className="app-no-print">
      <ErrorSummary errors={summary} />
      {(['from', 'to'] as const).map((edge) => (
        <DateInput
          key={edge}
          id={edge}
          legend={t(`rent.range.${edge}`)}
          legendSize="s"
          hint={t('rent.range.hint')}
          error={errors[edge]}
          labels={{ day: t('rent.range.day'), month: t('rent.range.month'), year: t('rent.range.year') }}
          value={typed[edge]}
          onChange={(value) => setTyped({ ...typed, [edge]: value })}
        />
      ))}
      <Button look="secondary">{t('rent.range.show')}</Button>
    </form>
  )
}
