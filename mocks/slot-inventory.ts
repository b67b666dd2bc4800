import type { Booking, Slot } from '#src/gateway/contract/bookings'
import { changeCutOffHours, places } from './booking-options'
import { addDays, isWeekday, londonDate, londonTime } from './london-time'
import type { Persona, PersonaId } from './personas'

type Kind = Booking['kind']

/** A slot in the council's diary, shared by everyone who books that kind of thing (at that place). */
export interface InventorySlot {
  id: string
  kind: Kind
  /** Where a face-to-face appointment is held; null for a visit to the home. */
  placeId: string | null
  startsAt: string
  endsAt: string
  /** How many bookings the slot takes: crews, repair operatives or advisers at the desk. */
  capacity: number
  /** Places already booked, by anyone. */
  booked: number
}

/** A place kept for one person while they check their answers. */
export interface SlotHoldRecord {
  id: string
  personId: PersonaId
  kind: Kind
  slotId: string
  /** By the council's clock, in ms. */
  expiresAt: number
  /** `held` until it is let go or becomes a booking; a held one also ends at expiresAt. */
  state: 'held' | 'released' | 'booked'
}

/** How long a hold's record is kept after it runs out, so a late "let it go" or "book it" still finds it. */
export const HOLD_RECORD_KEPT_MS = 60 * 60 * 1000

interface Series {
  kind: Kind
  placeId: string | null
  capacity: number
  times: [from: number, to: number][]
  /** Places other residents have booked, by the days from today and the hour: some full, some with one place left, some empty. */
  bookedByOthers: (days: number, from: number) => number
}

const faceToFaceHours: [number, number][] = [
  [9, 10],
  [10, 11],
  [11, 12],
  [13, 14],
  [14, 15],
  [15, 16],
]

const timetable: Series[] = [
  // A day's collection: things out by 7am. Two crews.
  { kind: 'bulky_waste', placeId: null, capacity: 2, times: [[7, 15]], bookedByOthers: (days) => [2, 0, 1, 0][days % 4] ?? 0 },
  // A morning or an afternoon with the area's repair operative.
  {
    kind: 'housing_repair',
    placeId: null,
    capacity: 1,
    times: [
      [8, 12],
      [12, 16],
    ],
    bookedByOthers: (days, from) => ((days + from) % 5 === 0 ? 1 : 0),
  },
  // An hour with one of the advisers at each place, closed for lunch.
  ...places.map(({ id, advisers }, index): Series => ({
    kind: 'face_to_face',
    placeId: id,
    capacity: advisers,
    times: faceToFaceHours,
    bookedByOthers: (days, from) => ((days + from + index) % 7 === 0 ? advisers : (days + from) % 3 === 0 ? advisers - 1 : 0),
  })),
]

const takesAPlace = (booking: Booking) => booking.status === 'booked' || booking.status === 'awaiting_payment'

export function slotIdFor(kind: Kind, placeId: string | null, startsAt: string) {
  return placeId ? `${kind}-${placeId}-${startsAt}` : `${kind}-${startsAt}`
}

/**
 * The council's diary for the next fortnight in London time, weekdays only, with the demo people's own
 * bookings in it, worked out from the day so it is the same for the same `today`. The first slot of each
 * kind, and of each place, has exactly one place left, so a test can lose it to another resident.
 */
export function seedSlotInventory(today: Date, people: Persona[]): InventorySlot[] {
  const slots: InventorySlot[] = []
  const firstDay = londonDate(today)
  const demoBookings = people.flatMap((person) => person.bookings).filter(takesAPlace)
  for (const { kind, placeId, capacity, times, bookedByOthers } of timetable) {
    let first = true
    for (let days = 1; days <= 14; days++) {
      const date = addDays(firstDay, days)
      if (!isWeekday(date)) continue
      for (const [from, to] of times) {
        const startsAt = londonTime(date, from)
        const byDemoPeople = demoBookings.filter(
          (booking) => booking.kind === kind && booking.startsAt === startsAt && (booking.place?.id ?? null) === placeId,
        ).length
        const byOthers = first ? Math.max(0, capacity - 1 - byDemoPeople) : bookedByOthers(days, from)
        first = false
        slots.push({
          id: slotIdFor(kind, placeId, startsAt),
          kind,
          placeId,
          startsAt,
          endsAt: londonTime(date, to),
          capacity,
          booked: Math.min(capacity, byOthers + byDemoPeople),
        })
      }
    }
  }
  return slots.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id))
}

export function isLive(hold: SlotHoldRecord, now: number) {
  return hold.state === 'held' && hold.expiresAt > now
}

/** The diary slot a booking has a place in, if it is one the diary still shows. */
export function slotOf(slots: InventorySlot[], booking: Pick<Booking, 'kind' | 'startsAt' | 'place'>) {
  return slots.find((slot) => slot.id === slotIdFor(booking.kind, booking.place?.id ?? null, booking.startsAt))
}

export function letGoOfPlace(slots: InventorySlot[], booking: Booking) {
  const slot = slotOf(slots, booking)
  if (slot) slot.booked = Math.max(0, slot.booked - 1)
}

/**
 * A collection let go for not being paid in time, paid for after all: it is kept, waiting for the payment
 * to settle it, if its place is still free for this person. Returns whether it was.
 */
export function takeBackPlace(
  state: { slots: InventorySlot[]; holds: Map<string, SlotHoldRecord> },
  person: Persona,
  booking: Booking,
  now: number,
): boolean {
  const slot = slotOf(state.slots, booking)
  if (!slot || !slotsAsSeenBy(state, person, now).isFree(slot)) return false
  slot.booked += 1
  booking.status = 'awaiting_payment'
  return true
}

/** The last moment a booking can be moved or cancelled online, by its kind's cut-off; null once it cannot be. */
export function changeUntilOf(booking: Booking, now: number): string | null {
  if (booking.status === 'cancelled' || booking.status === 'completed') return null
  // Not yet paid for, it can be let go at any time until it is let go anyway.
  if (booking.status === 'awaiting_payment') return booking.payBy
  const cutOff = Date.parse(booking.startsAt) - changeCutOffHours[booking.kind] * 60 * 60 * 1000
  return cutOff > now ? new Date(cutOff).toISOString() : null
}

export function isPastCutOff(booking: Booking, now: number) {
  return Date.parse(booking.startsAt) - changeCutOffHours[booking.kind] * 60 * 60 * 1000 <= now
}

/**
 * Brings the diary up to the council's clock, as it is read or written: a collection not paid for by
 * its time is cancelled and its place let go, a booking that has ended is completed, each booking's
 * cut-off is as it is now, and the records of holds long run out are cleared.
 */
export function keepDiaryUpToDate(
  state: { people: Record<string, Persona>; slots: InventorySlot[]; holds: Map<string, SlotHoldRecord> },
  now: number,
) {
  for (const person of Object.values(state.people)) {
    for (const booking of person.bookings) {
      if (booking.status === 'awaiting_payment' && booking.payBy !== null && Date.parse(booking.payBy) <= now) {
        booking.status = 'cancelled'
        booking.payBy = null
        letGoOfPlace(state.slots, booking)
      } else if (booking.status === 'booked' && Date.parse(booking.endsAt) <= now) {
        booking.status = 'completed'
      }
      booking.changeUntil = changeUntilOf(booking, now)
    }
  }
  for (const [id, hold] of state.holds) {
    if (hold.expiresAt + HOLD_RECORD_KEPT_MS <= now) state.holds.delete(id)
  }
}

/** What the slots look like to one person at one moment: who else is holding what, and what they have booked already. */
export function slotsAsSeenBy(inventory: { slots: InventorySlot[]; holds: Map<string, SlotHoldRecord> }, person: Persona, now: number) {
  const heldByOthers = new Map<string, number>()
  for (const hold of inventory.holds.values()) {
    if (hold.personId !== person.id && isLive(hold, now)) heldByOthers.set(hold.slotId, (heldByOthers.get(hold.slotId) ?? 0) + 1)
  }
  const ownTimes = new Set(person.bookings.filter(takesAPlace).map((booking) => booking.startsAt))

  /** Places the person could have: not booked, and not held by anyone else. A place they hold is theirs. */
  const placesLeft = (slot: InventorySlot) => slot.capacity - slot.booked - (heldByOthers.get(slot.id) ?? 0)
  const alreadyBookedThen = (slot: InventorySlot) => ownTimes.has(slot.startsAt)
  const isFree = (slot: InventorySlot) => Date.parse(slot.startsAt) > now && !alreadyBookedThen(slot) && placesLeft(slot) > 0
  const asSlot = (slot: InventorySlot): Slot => ({
    id: slot.id,
    kind: slot.kind,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    placeId: slot.placeId,
    available: isFree(slot),
  })

  return {
    placesLeft,
    alreadyBookedThen,
    isFree,
    /** Every slot of a kind (at a place) still to come, earliest first. */
    list(kind: Kind, placeId: string | null = null): Slot[] {
      return inventory.slots.filter((slot) => slot.kind === kind && slot.placeId === placeId && Date.parse(slot.startsAt) > now).map(asSlot)
    },
    /** Up to three free slots of the same kind and place, the nearest in time to the one asked for, earliest first. */
    nearestFree(wanted: InventorySlot): Slot[] {
      const distance = (slot: InventorySlot) => Math.abs(Date.parse(slot.startsAt) - Date.parse(wanted.startsAt))
      return inventory.slots
        .filter((slot) => slot.kind === wanted.kind && slot.placeId === wanted.placeId && slot.id !== wanted.id && isFree(slot))
        .sort((a, b) => distance(a) - distance(b) || a.startsAt.localeCompare(b.startsAt))
        .slice(0, 3)
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
        .map(asSlot)
    },
  }
}
