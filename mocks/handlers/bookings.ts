import type { HttpHandler } from 'msw'
import { bookingKind, HOLD_MINUTES, slotTakenProblemType, type Slot, type SlotTaken } from '#src/gateway/contract/bookings'
import { gatewayRoute, ok, refuse, type Answer, type GatewayOptions } from '../gateway-route'
import type { Persona } from '../personas'
import type { ReferenceCouncil } from '../reference-council'
import { isLive, slotsAsSeenBy, type InventorySlot, type SlotHoldRecord } from '../slot-inventory'

const descriptions = {
  bulky_waste: 'Bulky waste collection',
  housing_repair: 'Repair visit',
  face_to_face: 'Appointment at the One Stop Shop',
} as const

const onlyTenantsRepairs = () => refuse(403, 'Only council tenants can book a repair visit')
const unknownSlot = () =>
  refuse(422, 'Choose a time', [{ field: 'slotId', code: 'slot.unknown', message: 'Choose one of the times shown' }])
const noSuchHold = () => refuse(404, 'There is no such hold in your account')

function slotTaken(title: string, alternatives: Slot[]): Answer<never> {
  const details: SlotTaken = { type: slotTakenProblemType, title, status: 409, alternatives }
  return { status: 409, details }
}

/**
 * The council's shared diary: free slots, holds and bookings. Each handler checks and takes a place
 * in one synchronous run, with no await between, so two requests can never both take the last place.
 */
export function bookingHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  const { state } = council
  const view = (person: Persona) => slotsAsSeenBy(state, person, council.now())
  const slotNamed = (kind: InventorySlot['kind'], slotId: string) =>
    state.slots.find((slot) => slot.id === slotId && slot.kind === kind && Date.parse(slot.startsAt) > council.now())

  /** Why the person cannot have the slot now, with the nearest free ones instead; null when they can. */
  function refusalFor(person: Persona, slot: InventorySlot): Answer<never> | null {
    const seen = view(person)
    if (seen.isFree(slot)) return null
    const title = seen.alreadyBookedThen(slot) ? 'You already have a booking at that time' : 'That time has just been taken'
    return slotTaken(title, seen.nearestFree(slot))
  }

  function letGoOfHolds(person: Persona, kind: InventorySlot['kind']) {
    for (const hold of state.holds.values()) {
      if (hold.personId === person.id && hold.kind === kind && hold.state === 'held') hold.state = 'released'
    }
  }

  return [
    gatewayRoute(council, options, 'listSlots', ({ person, params }) => {
      const kind = bookingKind.safeParse(params.kind)
      if (!kind.success) return refuse(404, 'There is no such kind of booking')
      if (kind.data === 'housing_repair' && !person.tenancy) return onlyTenantsRepairs()
      return ok({ slots: view(person).list(kind.data) })
    }),

    gatewayRoute(council, options, 'holdSlot', ({ person, body }) => {
      if (body.kind === 'housing_repair' && !person.tenancy) return onlyTenantsRepairs()
      const slot = slotNamed(body.kind, body.slotId)
      if (!slot) return unknownSlot()
      const refused = refusalFor(person, slot)
      // Refused, the person keeps the hold they had: it is still theirs to book.
      if (refused) return refused
      letGoOfHolds(person, body.kind)
      const hold: SlotHoldRecord = {
        id: crypto.randomUUID(),
        personId: person.id,
        kind: body.kind,
        slotId: slot.id,
        expiresAt: council.now() + HOLD_MINUTES * 60_000,
        state: 'held',
      }
      state.holds.set(hold.id, hold)
      return ok({ holdId: hold.id, slotId: hold.slotId, kind: hold.kind, expiresAt: new Date(hold.expiresAt).toISOString() })
    }),

    gatewayRoute(council, options, 'releaseHold', ({ person, params }) => {
      const hold = state.holds.get(params.holdId ?? '')
      if (!hold || hold.personId !== person.id) return noSuchHold()
      if (hold.state === 'booked') return refuse(409, 'This hold has already become a booking')
      hold.state = 'released'
      return ok({ holdId: hold.id, released: true as const })
    }),

    gatewayRoute(council, options, 'bookAppointment', ({ person, body }) => {
      if (body.kind === 'housing_repair' && !person.tenancy) return onlyTenantsRepairs()
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

      let slot: InventorySlot | undefined
      if (body.holdId !== undefined) {
        const hold = state.holds.get(body.holdId)
        if (!hold || hold.personId !== person.id) return noSuchHold()
        if (hold.kind !== body.kind) {
          return refuse(422, 'That hold is for another kind of booking', [
            { field: 'holdId', code: 'hold.otherKind', message: 'Book the kind of thing the slot was held for' },
          ])
        }
        slot = state.slots.find((candidate) => candidate.id === hold.slotId)
        if (!slot) return noSuchHold()
      } else {
        slot = slotNamed(body.kind, body.slotId ?? '')
        if (!slot) return unknownSlot()
      }
      // A live hold keeps the person's place. One that has run out or was let go books its slot only while a place is left.
      const refused = refusalFor(person, slot)
      if (refused) return refused

      const now = council.now()
      slot.booked += 1
      for (const hold of state.holds.values()) {
        if (hold.personId === person.id && hold.slotId === slot.id && (isLive(hold, now) || hold.id === body.holdId)) hold.state = 'booked'
      }
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
        request.timeline.push({ status: 'scheduled', at: new Date(now).toISOString(), note: null })
      }
      return ok(booking)
    }),
  ]
}
