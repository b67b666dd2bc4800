import type { HttpHandler } from 'msw'
import { gatewayRoute, ok, refuse, type GatewayOptions } from '../gateway-route'
import { slotsFor } from '../personas'
import type { ReferenceCouncil } from '../reference-council'

const descriptions = {
  bulky_waste: 'Bulky waste collection',
  housing_repair: 'Repair visit',
  face_to_face: 'Appointment at the One Stop Shop',
} as const

export function bookingHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  return [
    gatewayRoute(council, options, 'bookAppointment', ({ person, body }) => {
      if (body.kind === 'housing_repair' && !person.tenancy) return refuse(403, 'Only council tenants can book a repair visit')
      // Only a report the person made: not one they follow, which is someone else's.
      const request =
        body.requestReference === null
          ? undefined
          : person.requests.find((candidate) => candidate.reference === body.requestReference && !candidate.followed)
      if (body.requestReference !== null && !request) return refuse(404, 'There is no such report in your account')
      if (request && body.kind === 'housing_repair' && request.serviceCode !== 'housing-repair') {
        return refuse(422, 'A repair visit is for a housing repair', [
          { field: 'requestReference', code: 'request.notARepair', message: 'Book a repair visit for a housing repair you reported' },
        ])
      }
      const slot = slotsFor(body.kind, person).find((candidate) => candidate.id === body.slotId)
      if (!slot) return refuse(422, 'Choose a time', [{ field: 'slotId', code: 'slot.unknown', message: 'Choose one of the times shown' }])
      if (!slot.available) return refuse(409, 'That time has just been taken')
      const booking = {
        reference: council.reference('BK'),
        kind: body.kind,
        description: request ? `${descriptions[body.kind]}: ${request.serviceName} (${request.reference})` : descriptions[body.kind],
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        status: 'booked' as const,
        fee: null,
        paid: false,
      }
      person.bookings.push(booking)
      if (request) {
        request.status = 'scheduled'
        request.timeline.push({ status: 'scheduled', at: new Date().toISOString(), note: null })
      }
      return ok(booking)
    }),
  ]
}
