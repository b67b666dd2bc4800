import { inLondon } from '#src/format/date-formats'
import { formatTime } from '#src/format/format'
import { plateOf } from '#src/gateway/contract/vehicle-registration'
import type { ControlledHours, NewVisitorPermit, VisitorAllowance } from '#src/gateway/contract/visitor-permits'
import { checkDate } from '#src/ui/date-check'
import type { DatePart, DateParts } from '#src/ui/date-input'
import { said, type Said } from '#src/ui/said'
import { clockTimeOf } from './start-time'

/** The answers as typed, so nothing is tidied away when one needs changing. `length` is a number of hours, or `day`. */
export interface VisitorPermitAnswers {
  vehicleRegistration: string
  date: DateParts
  startTime: string
  length: string
}

export type AnswerField = 'vehicleRegistration' | 'date' | 'startTime' | 'length'

export const noAnswers: VisitorPermitAnswers = {
  vehicleRegistration: '',
  date: { day: '', month: '', year: '' },
  startTime: '',
  length: '',
}

/** The hours a permit of hours may last; the rest of the day is the other choice. */
export const lengthsInHours = [1, 2, 3, 4, 6, 8]

export interface CheckedPermit {
  body: NewVisitorPermit
  /** The London clock time it ends, as HH:MM. */
  until: string
  uses: number
}

export interface AnswerProblems {
  errors: Partial<Record<AnswerField, Said>>
  /** The boxes of the date to mark. */
  dateParts: DatePart[]
}

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5))
const clockOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
const weekdayOf = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay() || 7
const daysAfter = (iso: string, days: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/** The controlled hours as a message says them, in the language it is said in. */
export function controlledHoursValues({ from, until }: ControlledHours) {
  return (language: string) => ({ from: formatTime(from, language), until: formatTime(until, language) })
}

export function fromBody(body: NewVisitorPermit): VisitorPermitAnswers {
  const [year = '', month = '', day = ''] = body.date.split('-')
  return {
    vehicleRegistration: body.vehicleRegistration,
    date: { day: String(Number(day)), month: String(Number(month)), year },
    startTime: body.startTime,
    length: body.hours === null ? 'day' : String(body.hours),
  }
}

/**
 * The booking as the council takes it, or what to change, checked as the council checks it: a registration of a
 * UK shape, a day the zone is controlled and not too far ahead, a start still to come inside the controlled hours,
 * an end by the time they finish, and no more than is left.
 */
export function checkVisitorPermit(
  answers: VisitorPermitAnswers,
  allowance: VisitorAllowance,
  now = Date.now(),
): CheckedPermit | AnswerProblems {
  const errors: AnswerProblems['errors'] = {}
  let dateParts: DatePart[] = []
  const londonNow = inLondon(new Date(now)).toISOString()
  const today = londonNow.slice(0, 10)
  const { controlledHours } = allowance

  const plate = plateOf(answers.vehicleRegistration)
  if (answers.vehicleRegistration.trim() === '') errors.vehicleRegistration = said('errors.vehicleRegistration.missing')
  else if (!plate) errors.vehicleRegistration = said('errors.vehicleRegistration.format')

  const tooFarAhead = said('errors.date.tooFarAhead', { days: allowance.bookAheadDays })
  const date = checkDate(answers.date, today)
  let iso: string | null = null
  if ('said' in date) {
    errors.date = date.said.key === 'errors.date.tooFar' ? tooFarAhead : date.said
    dateParts = date.parts
  } else if (date.iso < today) errors.date = said('errors.date.past')
  else if (date.iso > daysAfter(today, allowance.bookAheadDays)) errors.date = tooFarAhead
  else if (!controlledHours.weekdays.includes(weekdayOf(date.iso))) errors.date = said('errors.date.notControlled')
  else iso = date.iso
  if (errors.date && dateParts.length === 0) dateParts = ['day', 'month', 'year']

  const startTime = clockTimeOf(answers.startTime)
  const hours = controlledHoursValues(controlledHours)
  if (answers.startTime.trim() === '') errors.startTime = said('errors.startTime.missing')
  else if (!startTime) errors.startTime = said('errors.startTime.format')
  else if (startTime < controlledHours.from || startTime >= controlledHours.until) {
    errors.startTime = said('errors.startTime.outsideControlledHours', hours)
  } else if (iso === today && startTime <= londonNow.slice(11, 16)) errors.startTime = said('errors.startTime.passed')

  const wholeDay = allowance.unit === 'days' || answers.length === 'day'
  const lasts = Number(answers.length)
  if (!wholeDay && !lengthsInHours.includes(lasts)) errors.length = said('errors.hours.missing')
  const until = startTime ? (wholeDay ? controlledHours.until : clockOf(minutesOf(startTime) + lasts * 60)) : null
  if (!errors.length && !errors.startTime && until && until > controlledHours.until)
    errors.length = said('errors.hours.pastControlledHours', hours)
  const uses = allowance.unit === 'days' ? 1 : startTime && until ? Math.ceil((minutesOf(until) - minutesOf(startTime)) / 60) : 0
  if (!errors.length && uses > allowance.left) errors.length = said('errors.hours.notEnoughLeft')

  if (Object.keys(errors).length > 0 || !plate || !iso || !startTime || !until) return { errors, dateParts }
  return { body: { vehicleRegistration: plate, date: iso, startTime, hours: wholeDay ? null : lasts }, until, uses }
}
