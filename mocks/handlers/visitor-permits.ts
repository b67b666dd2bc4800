import type { HttpHandler } from 'msw'
import type { ProblemDetails } from '#src/gateway/contract/common'
import {
  alreadyStartedProblemType,
  startPassedProblemType,
  visitorPermitCodes,
  type VisitorAllowance,
  type VisitorPermit,
} from '#src/gateway/contract/visitor-permits'
import { gatewayRoute, ok, refuse, type Answer, type GatewayOptions } from '../gateway-route'
import { addDays, londonDate, londonTime } from '../london-time'
import type { ReferenceCouncil } from '../reference-council'
import type { KeptVisitorPermit } from '../visitor-permits-seed'

const hour = 60 * 60 * 1000
const noZone = () => refuse(404, 'This address is in no parking zone, so it has no visitor permits')

function statusOf(permit: KeptVisitorPermit, now: number): VisitorPermit {
  const { cancelled, ...rest } = permit
  const status = cancelled
    ? 'cancelled'
    : now < Date.parse(permit.startsAt)
      ? 'upcoming'
      : now < Date.parse(permit.endsAt)
        ? 'active'
        : 'ended'
  return { ...rest, status }
}

function refusedAs(status: 409 | 422, title: string, type?: string, errors?: ProblemDetails['errors']): Answer<never> {
  return { status, details: { ...(type ? { type } : {}), title, status, ...(errors ? { errors } : {}) } }
}

const refuseField = (field: string, code: string, message: string) => refuse(422, message, [{ field, code, message }])

/** A London wall-clock time on a day, as a moment. */
function at(date: string, clock: string): number {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number)
  return Date.parse(londonTime(date, hours, minutes))
}

/** Monday is 1 and Sunday 7, as the council's controlled hours count them. */
const weekdayOf = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay() || 7

/** When a permit would start and end, and how much of the allowance it takes, or why the council will not book it. */
function workOut(allowance: VisitorAllowance, body: { date: string; startTime: string; hours: number | null }, now: number) {
  const { controlledHours } = allowance
  const startsAt = at(body.date, body.startTime)
  const controlEnds = at(body.date, controlledHours.until)
  if (startsAt <= now) {
    return refusedAs(422, 'The start time has passed, so the permit was not booked', startPassedProblemType, [
      { field: 'startTime', code: visitorPermitCodes.startPassed, message: 'The start time must be in the future' },
    ])
  }
  if (!controlledHours.weekdays.includes(weekdayOf(body.date))) {
    return refuseField('date', visitorPermitCodes.notControlled, 'Parking in the zone is not controlled on that day')
  }
  if (body.date > addDays(londonDate(now), allowance.bookAheadDays)) {
    return refuseField('date', visitorPermitCodes.tooFarAhead, `Permits can be booked up to ${allowance.bookAheadDays} days ahead`)
  }
  if (startsAt < at(body.date, controlledHours.from) || startsAt >= controlEnds) {
    return refuseField('startTime', visitorPermitCodes.outsideControlledHours, 'The start time is outside the controlled hours')
  }
  if (allowance.unit === 'days' && body.hours !== null) {
    return refuseField('hours', visitorPermitCodes.wholeDaysOnly, 'This allowance is in whole days')
  }
  const endsAt = body.hours === null ? controlEnds : startsAt + body.hours * hour
  if (endsAt > controlEnds) {
    return refuseField('hours', visitorPermitCodes.pastControlledHours, 'The permit would run past the end of the controlled hours')
  }
  const uses = allowance.unit === 'days' ? 1 : Math.ceil((endsAt - startsAt) / hour)
  if (uses > allowance.left) {
    return refuseField('hours', visitorPermitCodes.notEnoughLeft, `Only ${allowance.left} ${allowance.unit} are left`)
  }
  return { startsAt, endsAt, uses }
}

/** The council's parking system, for the person signed in: their own household's allowance and permits only. */
export function visitorPermitHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  return [
    gatewayRoute(council, options, 'getVisitorPermits', ({ person }) => {
      const parking = person.visitorParking
      if (!parking) return ok({ allowance: null, permits: [] })
      const permits = parking.permits
        .map((permit) => statusOf(permit, council.now()))
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
        .slice(-200)
      return ok({ allowance: parking.allowance, permits })
    }),

    gatewayRoute(council, options, 'bookVisitorPermit', ({ person, body }) => {
      const parking = person.visitorParking
      if (!parking) return noZone()
      // Checked and taken in one synchronous run, so two bookings at once can never both spend the last hours.
      const worked = workOut(parking.allowance, body, council.now())
      if ('status' in worked) return worked
      const permit: KeptVisitorPermit = {
        reference: council.reference('VP'),
        vehicleRegistration: body.vehicleRegistration,
        startsAt: new Date(worked.startsAt).toISOString(),
        endsAt: new Date(worked.endsAt).toISOString(),
        uses: worked.uses,
        cancelled: false,
      }
      parking.permits.push(permit)
      parking.allowance.left -= worked.uses
      return ok({ permit: statusOf(permit, council.now()), left: parking.allowance.left })
    }),

    gatewayRoute(council, options, 'cancelVisitorPermit', ({ person, params }) => {
      const parking = person.visitorParking
      const permit = parking?.permits.find((kept) => kept.reference === params.reference)
      if (!parking || !permit) return refuse(404, 'No visitor permit of yours has that reference')
      if (!permit.cancelled) {
        if (council.now() >= Date.parse(permit.startsAt)) {
          return refusedAs(409, 'This visitor permit has started, so it cannot be cancelled', alreadyStartedProblemType)
        }
        permit.cancelled = true
        parking.allowance.left = Math.min(parking.allowance.perYear, parking.allowance.left + permit.uses)
      }
      return ok({ permit: statusOf(permit, council.now()), left: parking.allowance.left })
    }),
  ]
}
