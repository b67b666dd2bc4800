import { useTranslation } from 'react-i18next'
import { formatDay, formatTime, formatTimeOf, formatWeekday, localeFor } from '#src/format/format'
import type { ControlledHours, VisitorAllowance } from '#src/gateway/contract/visitor-permits'

export const NS = 'visitor-permits'

export const visitorPaths = {
  permits: '/parking/visitors',
  book: '/parking/visitors/book',
  check: '/parking/visitors/book/check',
  cancel: (reference: string) => `/parking/visitors/${encodeURIComponent(reference)}/cancel`,
  parking: '/parking',
}

/** Hours or days of the allowance, said with the page language's plural rules: "1 hour", "3 awr". */
export function useAmount() {
  const { t } = useTranslation(NS)
  return (unit: VisitorAllowance['unit'], count: number) => t(`amount.${unit}`, { count })
}

/** "Monday to Saturday", or each day listed when they do not run on. */
function controlledDays(weekdays: number[], language: string, range: (first: string, last: string) => string) {
  const sorted = [...weekdays].sort((a, b) => a - b)
  const first = sorted[0]
  const last = sorted.at(-1)
  if (first === undefined || last === undefined) return ''
  if (sorted.length > 1 && last - first === sorted.length - 1) return range(formatWeekday(first, language), formatWeekday(last, language))
  return new Intl.ListFormat(localeFor(language), { type: 'conjunction' }).format(sorted.map((day) => formatWeekday(day, language)))
}

/** When the zone's parking is controlled: "Monday to Saturday, 8:30am to 6:30pm". */
export function useControlledHoursWords() {
  const { t, i18n } = useTranslation(NS)
  return (hours: ControlledHours) =>
    t('balance.controlledValue', {
      days: controlledDays(hours.weekdays, i18n.language, (first, last) => t('balance.daysRange', { first, last })),
      from: formatTime(hours.from, i18n.language),
      until: formatTime(hours.until, i18n.language),
    })
}

/** When a permit runs: "Friday 4 December, 10am to 1pm". */
export function usePermitWhen() {
  const { t, i18n } = useTranslation(NS)
  return (permit: { startsAt: string; endsAt: string }) =>
    t('table.whenValue', {
      day: formatDay(permit.startsAt, i18n.language),
      from: formatTimeOf(permit.startsAt, i18n.language),
      until: formatTimeOf(permit.endsAt, i18n.language),
    })
}
