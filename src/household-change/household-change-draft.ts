import type { HouseholdChange } from '#src/gateway/contract/housing'
import { londonDayOf } from '#src/format/format'
import { said, type Said } from '#src/ui/said'
import type { DatePart, DateParts } from '#src/ui/date-input'

export const MOST_NAME_CHARACTERS = 100
export const MOST_DETAIL_CHARACTERS = 1000

/** What the person has said so far, as typed: nothing is lost or tidied away when an answer needs changing. */
export interface HouseholdChangeDraft {
  change: HouseholdChange['change'] | null
  name: string
  date: DateParts
  details: string
}

export type HouseholdChangeField = 'change' | 'name' | 'date' | 'details'

export const householdChangeFields: HouseholdChangeField[] = ['change', 'name', 'date', 'details']

export function emptyHouseholdChange(): HouseholdChangeDraft {
  return { change: null, name: '', date: { day: '', month: '', year: '' }, details: '' }
}

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

/** Each answer's problem, if it has one, in the order the questions are asked. */
export function problemsWith(draft: HouseholdChangeDraft, today?: string): Partial<Record<HouseholdChangeField, DateProblem>> {
  const problems: Partial<Record<HouseholdChangeField, DateProblem>> = {}
  if (!draft.change) problems.change = { said: said('errors.change.missing'), parts: [] }
  const name = draft.name.trim()
  if (!name) problems.name = { said: said('errors.name.missing'), parts: [] }
  else if (name.length > MOST_NAME_CHARACTERS)
    problems.name = { said: said('errors.name.tooLong', { count: MOST_NAME_CHARACTERS }), parts: [] }
  const date = checkDate(draft.date, today)
  if ('said' in date) problems.date = date
  if (draft.details.trim().length > MOST_DETAIL_CHARACTERS) {
    problems.details = { said: said('errors.details.tooLong', { count: MOST_DETAIL_CHARACTERS }), parts: [] }
  }
  return problems
}

/** The change to send, once every answer is right. */
export function householdChangeOf(draft: HouseholdChangeDraft, today?: string): HouseholdChange | null {
  const date = checkDate(draft.date, today)
  if (!draft.change || 'said' in date || Object.keys(problemsWith(draft, today)).length > 0) return null
  return { change: draft.change, name: draft.name.trim(), date: date.iso, details: draft.details.trim() }
}
