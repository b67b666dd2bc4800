import { londonDayOf } from '#src/format/format'
import type { DatePart, DateParts } from './date-input'
import { said, type Said } from './said'

/** What is wrong with a date, in the words of the page's own `errors.date.*`, and which boxes to mark. */
export interface DateProblem {
  said: Said
  parts: DatePart[]
}

const twoDigits = (value: number) => String(value).padStart(2, '0')

/** The same day a year on: 29 February goes to 28 February. */
function aYearAfter(isoDay: string): string {
  const [year = 0, month = 1, day = 1] = isoDay.split('-').map(Number)
  const next = new Date(Date.UTC(year + 1, month - 1, day))
  if (next.getUTCDate() !== day) next.setUTCDate(0)
  return next.toISOString().slice(0, 10)
}

/** The date as the gateway takes it, or what is wrong with it and which boxes, in GOV.UK's words for dates. */
export function checkDate(parts: DateParts, today = londonDayOf(new Date().toISOString())): { iso: string } | DateProblem {
  const typed = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() }
  const missing = (['day', 'month', 'year'] as const).filter((part) => typed[part] === '')
  if (missing.length === 3) return { said: said('errors.date.missing'), parts: ['day', 'month', 'year'] }
  if (missing.length > 0) return { said: said(`errors.date.missing_${missing.join('_')}`), parts: missing }
  if (!/^\d{1,2}$/.test(typed.day) || !/^\d{1,2}$/.test(typed.month) || !/^\d{4}$/.test(typed.year)) {
    return { said: said('errors.date.real'), parts: ['day', 'month', 'year'] }
  }
  const [day, month, year] = [Number(typed.day), Number(typed.month), Number(typed.year)]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (month < 1 || month > 12 || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) {
    return { said: said('errors.date.real'), parts: ['day', 'month', 'year'] }
  }
  const iso = `${year}-${twoDigits(month)}-${twoDigits(day)}`
  if (iso > aYearAfter(today)) return { said: said('errors.date.tooFar'), parts: ['day', 'month', 'year'] }
  return { iso }
}
