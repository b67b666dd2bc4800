import type { Booking, Slot } from '#src/gateway/contract/bookings'
import type { Persona, PersonaId } from './personas'

type Kind = Booking['kind']

/** A slot in the council's diary, shared by everyone who books that kind of thing. */
export interface InventorySlot {
  id: string
  kind: Kind
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

const day = 24 * 60 * 60 * 1000

function at(today: Date, days: number, hour: number) {
  const date = new Date(today.getTime() + days * day)
  date.setUTCHours(hour, 0, 0, 0)
  return date.toISOString()
}

/**
 * What each kind offers on a weekday, how many can share each slot, and which slots other residents
 * have already filled (some full, some with one place left), worked out from the day so it is the same
 * for the same `today`.
 */
const timetable: Record<
  Kind,
  { capacity: number; times: [from: number, to: number][]; bookedByOthers: (days: number, from: number) => number }
> = {
  // A day's collection: things out by 7am. Two crews.
  bulky_waste: { capacity: 2, times: [[7, 15]], bookedByOthers: (days) => [2, 0, 1, 0][days % 4] ?? 0 },
  // A morning or an afternoon with the area's repair operative.
  housing_repair: {
    capacity: 1,
    times: [
      [8, 12],
      [12, 16],
    ],
    bookedByOthers: (days, from) => ((days + from) % 5 === 0 ? 1 : 0),
  },
  // An hour with one of three advisers at the One Stop Shop, closed for lunch.
  face_to_face: {
    capacity: 3,
    times: [
      [9, 10],
      [10, 11],
      [11, 12],
      [13, 14],
      [14, 15],
      [15, 16],
    ],
    bookedByOthers: (days, from) => ((days + from) % 7 === 0 ? 3 : (days + from) % 3 === 0 ? 2 : 0),
  },
}

/** The council's diary for the next fortnight, weekdays only, with the demo people's own bookings in it. */
export function seedSlotInventory(today: Date, people: Persona[]): InventorySlot[] {
  const slots: InventorySlot[] = []
  for (const [kind, { capacity, times, bookedByOthers }] of Object.entries(timetable) as [Kind, (typeof timetable)[Kind]][]) {
    for (let days = 1; days <= 14; days++) {
      const weekday = new Date(today.getTime() + days * day).getUTCDay()
      if (weekday === 0 || weekday === 6) continue
      for (const [from, to] of times) {
        const startsAt = at(today, days, from)
        const bookedByDemoPeople = people
          .flatMap((person) => person.bookings)
          .filter((booking) => booking.kind === kind && booking.startsAt === startsAt && booking.status === 'booked').length
        slots.push({
          id: `${kind}-${startsAt}`,
          kind,
          startsAt,
          endsAt: at(today, days, to),
          capacity,
          booked: Math.min(capacity, bookedByOthers(days, from) + bookedByDemoPeople),
        })
      }
    }
  }
  return slots.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.kind.localeCompare(b.kind))
}

export function isLive(hold: SlotHoldRecord, now: number) {
  return hold.state === 'held' && hold.expiresAt > now
}

/** What the slots look like to one person at one moment: who else is holding what, and what they have booked already. */
export function slotsAsSeenBy(inventory: { slots: InventorySlot[]; holds: Map<string, SlotHoldRecord> }, person: Persona, now: number) {
  const heldByOthers = new Map<string, number>()
  for (const hold of inventory.holds.values()) {
    if (hold.personId !== person.id && isLive(hold, now)) heldByOthers.set(hold.slotId, (heldByOthers.get(hold.slotId) ?? 0) + 1)
  }
  const ownTimes = new Set(person.bookings.filter((booking) => booking.status === 'booked').map((booking) => booking.startsAt))

  /** Places the person could have: not booked, and not held by anyone else. A place they hold is theirs. */
  const placesLeft = (slot: InventorySlot) => slot.capacity - slot.booked - (heldByOthers.get(slot.id) ?? 0)
  const alreadyBookedThen = (slot: InventorySlot) => ownTimes.has(slot.startsAt)
  const isFree = (slot: InventorySlot) => Date.parse(slot.startsAt) > now && !alreadyBookedThen(slot) && placesLeft(slot) > 0
  const asSlot = (slot: InventorySlot): Slot => ({
    id: slot.id,
    kind: slot.kind,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    available: isFree(slot),
  })

  return {
    placesLeft,
    alreadyBookedThen,
    isFree,
    /** Every slot of a kind still to come, earliest first. */
    list(kind: Kind): Slot[] {
      return inventory.slots.filter((slot) => slot.kind === kind && Date.parse(slot.startsAt) > now).map(asSlot)
    },
    /** Up to three free slots of the same kind, the nearest in time to the one asked for, earliest first. */
    nearestFree(wanted: InventorySlot): Slot[] {
      const distance = (slot: InventorySlot) => Math.abs(Date.parse(slot.startsAt) - Date.parse(wanted.startsAt))
      return inventory.slots
        .filter((slot) => slot.kind === wanted.kind && slot.id !== wanted.id && isFree(slot))
        .sort((a, b) => distance(a) - distance(b) || a.startsAt.localeCompare(b.startsAt))
        .slice(0, 3)
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
        .map(asSlot)
    },
  }
}
