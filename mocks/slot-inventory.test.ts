import { describe, expect, test } from 'vitest'
import { seedPersonas } from './personas'
import { seedSlotInventory } from './slot-inventory'

const today = new Date('2026-03-02T10:30:00Z')
const people = Object.values(seedPersonas(today))
const diary = seedSlotInventory(today, people)

describe("the council's diary", () => {
  test('is the same for the same day, so tests can count on it', () => {
    expect(seedSlotInventory(new Date(today), Object.values(seedPersonas(today)))).toEqual(diary)
  })

  test('runs from tomorrow for a fortnight, weekdays only, earliest first', () => {
    const days = new Set(diary.map((slot) => slot.startsAt.slice(0, 10)))
    expect([...days]).toEqual([
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-16',
    ])
    expect(diary.map((slot) => slot.startsAt)).toEqual(diary.map((slot) => slot.startsAt).sort())
    expect(new Set(diary.map((slot) => slot.id)).size).toBe(diary.length)
  })

  test.each([
    ['bulky_waste', null, 2, 1],
    ['housing_repair', null, 1, 2],
    ['face_to_face', 'civic-centre', 3, 6],
    ['face_to_face', 'elmwood-library', 2, 6],
    ['face_to_face', 'coldharbour-library', 2, 6],
  ] as const)(
    'has %s slots at %s taking %i each, %i a day, some full, some with one place left and some empty',
    (kind, placeId, capacity, aDay) => {
      const slots = diary.filter((slot) => slot.kind === kind && slot.placeId === placeId)

      expect(slots).toHaveLength(10 * aDay)
      expect(slots.every((slot) => slot.capacity === capacity && slot.booked >= 0 && slot.booked <= capacity)).toBe(true)
      expect(slots.some((slot) => slot.booked === capacity)).toBe(true)
      expect(slots.some((slot) => slot.booked === capacity - 1)).toBe(true)
      expect(slots.some((slot) => slot.booked === 0)).toBe(true)
    },
  )

  test.each([
    ['bulky_waste', null],
    ['housing_repair', null],
    ['face_to_face', 'civic-centre'],
    ['face_to_face', 'elmwood-library'],
    ['face_to_face', 'coldharbour-library'],
  ] as const)('has exactly one place left in the first %s slot at %s, for a test to lose to another resident', (kind, placeId) => {
    const first = diary.find((slot) => slot.kind === kind && slot.placeId === placeId)

    expect(first && first.capacity - first.booked).toBe(1)
  })

  test('keeps London time: a 9am appointment is at 9am in London in winter and in summer', () => {
    const acrossTheClockChange = seedSlotInventory(new Date('2026-03-25T10:00:00Z'), [])
    const openingTimes = new Map<string, string>()
    for (const slot of acrossTheClockChange.filter((candidate) => candidate.placeId === 'civic-centre')) {
      if (!openingTimes.has(slot.startsAt.slice(0, 10))) openingTimes.set(slot.startsAt.slice(0, 10), slot.startsAt)
    }

    expect(openingTimes.get('2026-03-27')).toBe('2026-03-27T09:00:00.000Z')
    expect(openingTimes.get('2026-03-30')).toBe('2026-03-30T08:00:00.000Z')
  })

  test("counts the demo people's own bookings among the places taken", () => {
    const repair = diary.find((slot) => slot.id === 'housing_repair-2026-03-05T08:00:00.000Z')
    const withoutThem = seedSlotInventory(today, []).find((slot) => slot.id === repair?.id)

    expect(people.flatMap((person) => person.bookings).map((booking) => booking.startsAt)).toContain(repair?.startsAt)
    expect(withoutThem?.booked).toBe(0)
    expect(repair?.booked).toBe(1)
  })
})
