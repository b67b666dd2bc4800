import { useState, type FormEvent } from 'react'
import './rent-pages.scss'
import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '#src/ui/error-message'
import { ErrorSummary } from '#src/ui/error-summary'
import { Button } from '#src/ui/button'
import { Hint } from '#src/ui/hint'
import { said, useSaidErrors, type Said } from '#src/ui/said'
import { isIsoDay, type DateRange } from './rent-sums'

type Edge = 'from' | 'to'
interface TypedDate {
  day: string
  month: string
  year: string
}

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

/** The GOV.UK date input: day, month and year boxes, grouped under one legend. */
function DateInput({
  edge,
  value,
  error,
  onChange,
}: {
  edge: Edge
  value: TypedDate
  error: string | undefined
  onChange: (value: TypedDate) => void
}) {
  const { t } = useTranslation('housing')
  const hintId = `${edge}-hint`
  const errorId = `${edge}-error`
  const boxes = [
    { part: 'day', width: 2 },
    { part: 'month', width: 2 },
    { part: 'year', width: 4 },
  ] as const
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t(`rent.range.${edge}`)}</legend>
        <Hint id={hintId}>{t('rent.range.hint')}</Hint>
        {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div className="govuk-date-input" id={edge}>
          {boxes.map(({ part, width }) => (
            <div className="govuk-date-input__item" key={part}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${edge}-${part}`}>
                  {t(`rent.range.${part}`)}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`}
                  id={`${edge}-${part}`}
                  name={`${edge}-${part}`}
                  type="text"
                  inputMode="numeric"
                  value={value[part]}
                  onChange={(event) => onChange({ ...value, [part]: event.target.value })}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  )
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
      <DateInput edge="from" value={typed.from} error={errors.from} onChange={(from) => setTyped({ ...typed, from })} />
      <DateInput edge="to" value={typed.to} error={errors.to} onChange={(to) => setTyped({ ...typed, to })} />
      <Button look="secondary">{t('rent.range.show')}</Button>
    </form>
  )
}
