import type { HttpHandler } from 'msw'
import {
  bookingKind,
  HOLD_MINUTES,
  MOST_BULKY_ITEMS,
  slotTakenProblemType,
  tooLateToChangeProblemType,
  type Booking,
  type ChosenItem,
  type Slot,
  type SlotTaken,
} from '#src/gateway/contract/bookings'
import type { ProblemDetails } from '#src/gateway/contract/common'
import { gatewayRoute, ok, refuse, type Answer, type GatewayOptions } from '../gateway-route'
import {
  appointmentDescription,
  bookingOptions,
  bulkyItems,
  collectionDescription,
  collectionFee,
  PAY_WITHIN_MINUTES,
  placeNamed,
} from '../booking-options'
import { londonDate } from '../london-time'
import type { Persona } from '../personas'
import { cancelOpenPayments } from './payments'
import { changeRequestStatus } from './service-requests'
import type { ReferenceCouncil } from '../reference-council'
import {
  changeUntilOf,
  isLive,
  isPastCutOff,
  keepDiaryUpToDate,
  letGoOfPlace,
  slotsAsSeenBy,
  type InventorySlot,
  type SlotHoldRecord,
} from '../slot-inventory'

const descriptions = {
  bulky_waste: 'Bulky waste collection',
  housing_repair: 'Repair visit',
  face_to_face: 'Face-to-face appointment',
} as const

const visitDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'long', day: 'numeric', month: 'long' })
const visitHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric', minute: '2-digit', hourCycle: 'h12' })
const clockTime = (at: string) => visitHour.format(Date.parse(at)).replace(':00', '').replace(/\s/u, '')

/** When a visit is, in the council's own words for a report's timeline: "Tuesday 8 December, 8am to 12pm". */
function visitTime(booking: Booking) {
  return `${visitDay.format(Date.parse(booking.startsAt))}, ${clockTime(booking.startsAt)} to ${clockTime(booking.endsAt)}`
}

const onlyTenantsRepairs = () => refuse(403, 'Only council tenants can book a repair visit')
const unknownSlot = () =>
  refuse(422, 'Choose a time', [{ field: 'slotId', code: 'slot.unknown', message: 'Choose one of the times shown' }])
const noSuchHold = () => refuse(404, 'There is no such hold in your account')
const noSuchBooking = () => refuse(404, 'There is no such booking in your account')

function slotTaken(title: string, alternatives: Slot[]): Answer<never> {
  const details: SlotTaken = { type: slotTakenProblemType, title, status: 409, alternatives }
  return { status: 409, details }
}

function tooLateToChange(title: string): Answer<never> {
  const details: ProblemDetails = { type: tooLateToChangeProblemType, title, status: 409 }
  return { status: 409, details }
}

/** Why a booking cannot be moved or cancelled online now, or null when it can. */
function tooLateFor(booking: Booking, now: number, change: 'move' | 'cancel'): Answer<never> | null {
  if (booking.status === 'cancelled') return tooLateToChange('This booking has already been cancelled')
  if (booking.status === 'completed') return tooLateToChange('This booking has already happened')
  // A collection not yet paid for can always be let go.
  if (change === 'cancel' && booking.status === 'awaiting_payment') return null
  if (isPastCutOff(booking, now)) return tooLateToChange('It is too late to change this booking online')
  return null
}

/** The items of a collection, checked against the council's list; the answer to give when they will not do. */
function checkItems(chosen: ChosenItem[] | undefined): { items: ChosenItem[] } | { refused: Answer<never> } {
  const wrong = (code: string, message: string) => ({ refused: refuse(422, 'Choose what to collect', [{ field: 'items', code, message }]) })
  if (!chosen || chosen.length === 0) return wrong('items.missing', 'Choose at least one thing to collect')
  const items: ChosenItem[] = []
  for (const { itemId, quantity } of chosen) {
    const item = bulkyItems.find((candidate) => candidate.id === itemId)
    if (!item) return wrong('items.unknown', 'Choose from the things we collect')
    const same = items.find((candidate) => candidate.itemId === itemId)
    if (same) same.quantity += quantity
    else items.push({ itemId, quantity })
    if ((same?.quantity ?? quantity) > item.mostPerCollection) {
      return wrong('items.tooMany', `We collect up to ${item.mostPerCollection} of that item at a time`)
    }
  }
  if (items.reduce((total, item) => total + item.quantity, 0) > MOST_BULKY_ITEMS) {
    return wrong('items.tooMany', `We collect up to ${MOST_BULKY_ITEMS} things at a time`)
  }
  return { items }
}

/**
 * The council's shared diary: free slots, holds and bookings. Each handler checks and takes a place
 * in one synchronous run, with no await between, so two requests can never both take the last place.
 */
export function bookingHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  const { state } = council
  const upToDate = () => keepDiaryUpToDate(state, council.now())
  const view = (person: Persona) => slotsAsSeenBy(state, person, council.now())
  const slotNamed = (kind: InventorySlot['kind'], slotId: string) =>
    state.slots.find((slot) => slot.id === slotId && slot.kind === kind && Date.parse(slot.startsAt) > council.now())
  const bookingOf = (person: Persona, reference: string | undefined) => person.bookings.find((booking) => booking.reference === reference)

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

  /** The person's own holds on a slot become their booking of it. */
  function takePlace(person: Persona, slot: InventorySlot, holdId?: string) {
    const now = council.now()
    slot.booked += 1
    for (const hold of state.holds.values()) {
      if (hold.personId === person.id && hold.slotId === slot.id && (isLive(hold, now) || hold.id === holdId)) hold.state = 'booked'
    }
  }

  function tell(person: Persona, template: 'booking-confirmed' | 'booking-moved' | 'booking-cancelled', booking: Booking, amount = '') {
    council.notify(person, {
      template,
      topic: 'bookings',
      reference: booking.reference,
      personalisation: {
        reference: booking.reference,
        what: booking.description,
        startsAt: booking.startsAt,
        place: booking.place?.name ?? '',
        amount,
      },
    })
  }

  /** A report whose last visit is cancelled is no longer scheduled: it goes back to how it stood before. */
  function reportWithoutVisit(person: Persona, reference: string) {
    const otherVisit = person.bookings.some((other) => other.requestReference === reference && other.status === 'booked')
    const request = person.requests.find((candidate) => candidate.reference === reference)
    if (otherVisit || request?.status !== 'scheduled') return
    const before = request.timeline.findLast((entry) => entry.status !== 'scheduled')?.status ?? 'received'
    changeRequestStatus(council, reference, before, 'Repair visit cancelled. Book another visit when it suits you.')
  }

  return [
    gatewayRoute(council, options, 'getBookingOptions', () => ok(bookingOptions())),

    gatewayRoute(council, options, 'getBooking', ({ person, params }) => {
      upToDate()
      const booking = bookingOf(person, params.reference)
      return booking ? ok(booking) : noSuchBooking()
    }),

    gatewayRoute(council, options, 'listSlots', ({ person, params }) => {
      upToDate()
      const kind = bookingKind.safeParse(params.kind)
      if (!kind.success) return refuse(404, 'There is no such kind of booking')
      if (kind.data === 'face_to_face') return refuse(404, "Face-to-face appointments are listed by place: ask for the place's slots")
      if (kind.data === 'housing_repair' && !person.tenancy) return onlyTenantsRepairs()
      return ok({ slots: view(person).list(kind.data) })
    }),

    gatewayRoute(council, options, 'listPlaceSlots', ({ person, params }) => {
      upToDate()
      const place = placeNamed(params.placeId)
      if (!place) return refuse(404, 'There is no such place')
      return ok({ slots: view(person).list('face_to_face', place.id) })
    }),

    gatewayRoute(council, options, 'holdSlot', ({ person, body }) => {
      upToDate()
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
      upToDate()
      const hold = state.holds.get(params.holdId ?? '')
      if (!hold || hold.personId !== person.id) return noSuchHold()
      if (hold.state === 'booked') return refuse(409, 'This hold has already become a booking')
      hold.state = 'released'
      return ok({ holdId: hold.id, released: true as const })
    }),

    gatewayRoute(council, options, 'bookAppointment', ({ person, body }) => {
      upToDate()
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
      const purpose = body.kind === 'face_to_face' ? (body.purpose ?? null) : null
      if (body.kind === 'face_to_face' && purpose === null) {
        return refuse(422, 'Say what the appointment is about', [
          { field: 'purpose', code: 'purpose.missing', message: 'Choose what the appointment is about' },
        ])
      }
      let items: ChosenItem[] = []
      if (body.kind === 'bulky_waste') {
        const checked = checkItems(body.items)
        if ('refused' in checked) return checked.refused
        items = checked.items
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
      takePlace(person, slot, body.holdId)
      const paying = body.kind === 'bulky_waste'
      const fields: Booking = {
        reference: council.reference('BK'),
        kind: body.kind,
        description: request
          ? `${descriptions[body.kind]}: ${request.serviceName} (${request.reference})`
          : paying
            ? collectionDescription(items)
            : purpose
              ? appointmentDescription(purpose)
              : descriptions[body.kind],
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        status: paying ? 'awaiting_payment' : 'booked',
        fee: paying ? collectionFee(items) : null,
        paid: false,
        payBy: paying ? new Date(now + PAY_WITHIN_MINUTES * 60_000).toISOString() : null,
        place: placeNamed(slot.placeId),
        purpose,
        interpreter: body.kind === 'face_to_face' ? (body.interpreter ?? null) : null,
        items,
        requestReference: request?.reference ?? null,
        reminder: body.reminder ?? 'day_before',
        changeUntil: null,
      }
      const booking = { ...fields, changeUntil: changeUntilOf(fields, now) }
      person.bookings.push(booking)
      // A second visit for a report already scheduled changes nothing about the report, so nobody is told it did.
      if (request && request.status !== 'scheduled') changeRequestStatus(council, request.reference, 'scheduled')
      // A collection is confirmed once it is paid for.
      if (booking.status === 'booked') tell(person, 'booking-confirmed', booking)
      return ok(booking)
    }),

    gatewayRoute(council, options, 'moveBooking', ({ person, params, body }) => {
      upToDate()
      const booking = bookingOf(person, params.reference)
      if (!booking) return noSuchBooking()
      const now = council.now()
      const tooLate = tooLateFor(booking, now, 'move')
      if (tooLate) return tooLate
      const slot = slotNamed(booking.kind, body.slotId)
      if (!slot) return unknownSlot()
      if (slot.placeId !== (booking.place?.id ?? null)) {
        return refuse(422, 'Choose a time at the same place', [
          { field: 'slotId', code: 'slot.otherPlace', message: 'Choose one of the times shown for this place' },
        ])
      }
      if (slot.startsAt === booking.startsAt) return ok(booking)
      const refused = refusalFor(person, slot)
      if (refused) return refused
      // The new place is taken before the old one is let go, in the same run: nobody can take either in between.
      takePlace(person, slot)
      letGoOfPlace(state.slots, booking)
      booking.startsAt = slot.startsAt
      booking.endsAt = slot.endsAt
      booking.changeUntil = changeUntilOf(booking, now)
      tell(person, 'booking-moved', booking)
      // The report's timeline says when the visit is now; the alert for the move already tells the tenant.
      if (booking.requestReference) {
        const report = person.requests.find((candidate) => candidate.reference === booking.requestReference)
        if (report) report.expectedBy = londonDate(Date.parse(booking.startsAt))
        changeRequestStatus(council, booking.requestReference, 'scheduled', `Repair visit moved to ${visitTime(booking)}`, { alert: false })
      }
      return ok(booking)
    }),

    gatewayRoute(council, options, 'cancelBooking', ({ person, params }) => {
      upToDate()
      const booking = bookingOf(person, params.reference)
      if (!booking) return noSuchBooking()
      const tooLate = tooLateFor(booking, council.now(), 'cancel')
      if (tooLate) return tooLate
      booking.status = 'cancelled'
      booking.payBy = null
      booking.changeUntil = null
      letGoOfPlace(state.slots, booking)
      // A card page still open for it must not take money for a collection the person no longer wants.
      if (!booking.paid) cancelOpenPayments(council, person.id, `booking-${booking.reference}`)
      // A paid fee goes back to the card it came from: the booking keeps `paid`, and says so.
      const refunded = booking.paid && booking.fee !== null ? booking.fee : null
      if (refunded !== null) booking.description = `${booking.description} (cancelled, fee refunded)`
      tell(person, 'booking-cancelled', booking, refunded === null ? '' : String(refunded))
      if (booking.requestReference) reportWithoutVisit(person, booking.requestReference)
      return ok(booking)
    }),

    gatewayRoute(council, options, 'changeReminder', ({ person, params, body }) => {
      upToDate()
      const booking = bookingOf(person, params.reference)
      if (!booking) return noSuchBooking()
      if (booking.status === 'cancelled' || booking.status === 'completed') {
        return refuse(409, 'This booking has already happened or been cancelled')
      }
      booking.reminder = body.reminder
      return ok(booking)
    }),
  ]
}
