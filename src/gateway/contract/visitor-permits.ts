import { z } from 'zod'
import type { GatewayFailure } from '../errors'
import { isoDate, isoDateTime } from './common'
import { vehicleRegistration } from './vehicle-registration'

/** A wall-clock time in London, 24-hour, as the council's parking system keeps it. */
export const clockTime = z
  .string()
  .max(5)
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .meta({ example: '08:30' })

/** The hours a zone's parking is controlled, on its days (1 is Monday, 7 Sunday): outside them nobody needs a permit. */
export const controlledHours = z
  .object({
    weekdays: z.array(z.int().min(1).max(7)).max(7),
    from: clockTime,
    until: clockTime,
  })
  .meta({ id: 'ControlledHours' })
export type ControlledHours = z.infer<typeof controlledHours>

/**
 * What the council gives or sells each household for visitors in a year. Some London councils count it in
 * hours, others in whole days; a permit of hours uses as many as it lasts, a day permit uses one day.
 */
export const visitorAllowance = z
  .object({
    zone: z.string().max(60),
    unit: z.enum(['hours', 'days']),
    perYear: z.int().min(0).max(10_000),
    left: z.int().min(0).max(10_000),
    renewsOn: isoDate,
    controlledHours,
    /** The furthest ahead a permit may be booked, in days. */
    bookAheadDays: z.int().min(0).max(366),
  })
  .meta({ id: 'VisitorAllowance' })
export type VisitorAllowance = z.infer<typeof visitorAllowance>

export const visitorPermit = z
  .object({
    reference: z.string().max(20),
    vehicleRegistration: z.string().max(12),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    /** How much of the allowance it took, in the allowance's unit. */
    uses: z.int().min(0).max(24),
    status: z.enum(['upcoming', 'active', 'ended', 'cancelled']),
  })
  .meta({ id: 'VisitorPermit' })
export type VisitorPermit = z.infer<typeof visitorPermit>

/** A home in no parking zone has no allowance and no permits: nobody there needs one. */
export const visitorPermits = z
  .object({ allowance: visitorAllowance.nullable(), permits: z.array(visitorPermit).max(200) })
  .meta({ id: 'VisitorPermits' })
export type VisitorPermits = z.infer<typeof visitorPermits>
export type ZoneVisitorPermits = VisitorPermits & { allowance: VisitorAllowance }

/** A visitor permit to book: from the start time for so many hours, or for the rest of the day's controlled hours (`hours` null). */
export const newVisitorPermit = z
  .object({
    vehicleRegistration,
    date: isoDate,
    startTime: clockTime,
    hours: z.int().min(1).max(24).nullable(),
  })
  .meta({ id: 'NewVisitorPermit' })
export type NewVisitorPermit = z.input<typeof newVisitorPermit>

/** A permit booked or cancelled, with what is left of the allowance after it. */
export const visitorPermitAndBalance = z
  .object({ permit: visitorPermit, left: z.int().min(0).max(10_000) })
  .meta({ id: 'VisitorPermitAndBalance' })

/** The codes of a booking the gateway refuses (422), each the app's own text `visitor-permits:errors.<code>`. */
export const visitorPermitCodes = {
  startPassed: 'startTime.passed',
  notControlled: 'date.notControlled',
  tooFarAhead: 'date.tooFarAhead',
  outsideControlledHours: 'startTime.outsideControlledHours',
  pastControlledHours: 'hours.pastControlledHours',
  wholeDaysOnly: 'hours.wholeDaysOnly',
  notEnoughLeft: 'hours.notEnoughLeft',
} as const

/** The problem type of a booking refused because its start time had passed when it reached the council. */
export const startPassedProblemType = 'urn:my-account:problem:visitor-permit-start-passed'

/** The problem type of a cancellation refused because the permit has started or ended. */
export const alreadyStartedProblemType = 'urn:my-account:problem:visitor-permit-started'

/** A booking that waited (offline) until its start time had gone: nothing was booked or taken from the allowance. */
export function startHadPassed(failure: GatewayFailure | null | undefined): boolean {
  return failure?.kind === 'invalid' && failure.details.type === startPassedProblemType
}
