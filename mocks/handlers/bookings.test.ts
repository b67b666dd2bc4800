import { describe, expect, test } from 'vitest'
import { HOLD_MINUTES, slotTaken, slotTakenProblemType, tooLateToChangeProblemType, type Slot } from '#src/gateway/contract/bookings'
import type { BodyOf } from '#src/gateway/endpoints'
import type { GatewayResult } from '#src/gateway/errors'
import { council, signInAs } from '#test/gateway-server'
import type { PersonaId } from '../personas'
import type { GatewaySession } from '../reference-council'
import { londonDate } from '../london-time'
import { HOLD_RECORD_KEPT_MS, isLive, type InventorySlot } from '../slot-inventory'
import { clientAs, clientFor, dataOf, failureOf } from './gateway-calls'
import { testCards } from './payments'

async function freeSlot(kind: BodyOf<'bookAppointment'>['kind']) {
  const slot = dataOf(await clientFor().call('listSlots', { params: { kind } })).slots.find((candidate) => candidate.available)
  if (!slot) throw new Error(`No free ${kind} slot`)
  return slot.id
}

const bookingsOf = (personId: PersonaId) => council.state.people[personId].bookings.length

/** What each kind of booking needs besides its time: what an appointment is about, what a crew collects. */
const whatFor = {
  bulky_waste: { items: [{ itemId: 'sofa', quantity: 1 }] },
  housing_repair: {},
  face_to_face: { purpose: 'council_tax' as const },
} satisfies Record<BodyOf<'bookAppointment'>['kind'], Partial<BodyOf<'bookAppointment'>>>

describe('booking a repair visit', () => {
  test('is refused with 403 to a home owner, who is not a council tenant, and books nothing', async () => {
    signInAs('owner')
    const before = bookingsOf('owner')

    const failure = failureOf(
      await clientFor().call('bookAppointment', {
        body: { kind: 'housing_repair', slotId: 'housing_repair-2030-01-07T08:00:00.000Z', requestReference: null },
      }),
    )

    expect(failure).toMatchObject({ kind: 'forbidden' })
    expect(bookingsOf('owner')).toBe(before)
  })

  test('its free times are not shown to a home owner', async () => {
    signInAs('owner')

    expect(failureOf(await clientFor().call('listSlots', { params: { kind: 'housing_repair' } }))).toMatchObject({ kind: 'forbidden' })
  })

  test('is booked by a tenant for their own repair, which is then scheduled', async () => {
    signInAs('tenant')
    const repair = council.state.people.tenant.requests.find((request) => request.reference === 'SR-1048213')
    if (!repair) throw new Error('The tenant has no repair reported')
    repair.status = 'received'

    const booked = await clientFor().call('bookAppointment', {
      body: { kind: 'housing_repair', slotId: await freeSlot('housing_repair'), requestReference: 'SR-1048213' },
    })

    expect(booked).toMatchObject({ ok: true, data: { kind: 'housing_repair', description: 'Repair visit: Housing repair (SR-1048213)' } })
    expect(repair.status).toBe('scheduled')
    expect(repair.timeline.at(-1)).toMatchObject({ status: 'scheduled' })
    expect(council.state.notifications.filter((message) => message.reference === 'SR-1048213')).toMatchObject([
      { personId: 'tenant', template: 'request-status-changed', channel: 'text', personalisation: { status: 'scheduled' } },
    ])
  })

  test('for a repair already scheduled leaves the report as it was, and tells nobody it changed', async () => {
    signInAs('tenant')
    const repair = council.state.people.tenant.requests.find((request) => request.reference === 'SR-1048213')
    if (!repair) throw new Error('The tenant has no repair reported')
    const timeline = structuredClone(repair.timeline)

    dataOf(
      await clientFor().call('bookAppointment', {
        body: { kind: 'housing_repair', slotId: await freeSlot('housing_repair'), requestReference: 'SR-1048213' },
      }),
    )

    expect(repair).toMatchObject({ status: 'scheduled', timeline })
    expect(council.state.notifications.filter((message) => message.reference === 'SR-1048213')).toEqual([])
  })

  test("is refused with 404 for another person's report, which stays as it was", async () => {
    signInAs('tenant')
    const others = structuredClone(council.state.people.owner.requests)

    const failure = failureOf(
      await clientFor().call('bookAppointment', {
        body: { kind: 'housing_repair', slotId: await freeSlot('housing_repair'), requestReference: 'SR-1047760' },
      }),
    )

    expect(failure).toMatchObject({ kind: 'not-found' })
    expect(council.state.people.owner.requests).toEqual(others)
    expect(council.state.people.tenant.bookings.map((booking) => booking.reference)).toEqual(['BK-70311'])
  })

  test("is refused with 404 for a report the tenant only follows, which is someone else's", async () => {
    signInAs('tenant')
    dataOf(await clientFor().call('followRequest', { params: { reference: 'SR-1048500' } }))

    const failure = failureOf(
      await clientFor().call('bookAppointment', {
        body: { kind: 'housing_repair', slotId: await freeSlot('housing_repair'), requestReference: 'SR-1048500' },
      }),
    )

    expect(failure).toMatchObject({ kind: 'not-found' })
  })

  test('is refused with 422 for a report of the tenant that is not a housing repair', async () => {
    signInAs('tenant')
    const reported = dataOf(
      await clientFor().call('reportProblem', {
        body: {
          serviceCode: 'graffiti',
          answers: {},
          location: { kind: 'described', description: 'The wall by the bus stop' },
          details: '',
          photoIds: [],
        },
      }),
    )

    const failure = failureOf(
      await clientFor().call('bookAppointment', {
        body: { kind: 'housing_repair', slotId: await freeSlot('housing_repair'), requestReference: reported.reference },
      }),
    )

    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field: 'requestReference', code: 'request.notARepair' }] } })
  })
})

describe('booking a bulky-waste collection', () => {
  test("is refused with 404 when it names another person's report", async () => {
    signInAs('owner')
    const before = bookingsOf('owner')

    const failure = failureOf(
      await clientFor().call('bookAppointment', {
        body: { kind: 'bulky_waste', slotId: await freeSlot('bulky_waste'), requestReference: 'SR-1048213' },
      }),
    )

    expect(failure).toMatchObject({ kind: 'not-found' })
    expect(bookingsOf('owner')).toBe(before)
    expect(council.state.people.tenant.requests[0]?.timeline).toHaveLength(2)
  })

  test('is booked by a home owner without a report', async () => {
    signInAs('owner')

    expect(
      await clientFor().call('bookAppointment', {
        body: { kind: 'bulky_waste', slotId: await freeSlot('bulky_waste'), requestReference: null, ...whatFor.bulky_waste },
      }),
    ).toMatchObject({ ok: true, data: { kind: 'bulky_waste' } })
  })

  test.each([
    ['slotId', (slotId: string) => ({ slotId: slotId.padEnd(65, 'Z'), requestReference: null })],
    ['requestReference', (slotId: string) => ({ slotId, requestReference: 'SR-'.padEnd(41, '1') })],
  ])('refuses a %s longer than any real one with 422, and books nothing', async (field, tooLong) => {
    signInAs('owner')
    const before = bookingsOf('owner')

    const failure = failureOf(
      await clientFor().call('bookAppointment', {
        body: { kind: 'bulky_waste', ...whatFor.bulky_waste, ...tooLong(await freeSlot('bulky_waste')) },
      }),
    )

    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field, code: 'too_big' }] } })
    expect(bookingsOf('owner')).toBe(before)
  })
})

type Kind = BodyOf<'holdSlot'>['kind']
const kinds: Kind[] = ['bulky_waste', 'housing_repair', 'face_to_face']
const minute = 60_000

/**
 * More residents than the four demo people, in this test's council only, which is reset after each
 * test. A tenant's likeness may book repair visits; a renter's may not.
 */
function residentsLike(template: 'tenant' | 'renter', count: number): GatewaySession[] {
  return Array.from({ length: count }, (_, index) => {
    const id = `${template}-${index + 2}` as PersonaId
    const person = structuredClone(council.state.people[template])
    council.state.people[id] = {
      ...person,
      id,
      profile: { ...person.profile, name: `${person.profile.name} (${index + 2})` },
      bookings: [],
      requests: [],
      payments: [],
    }
    return council.startSession(id)
  })
}

const whoMayBook = (kind: Kind) => (kind === 'housing_repair' ? 'tenant' : 'renter')

/** The first slot of a kind that other residents have filled but for one place. */
function lastPlaceOf(kind: Kind): InventorySlot {
  const slot = council.state.slots.find((candidate) => candidate.kind === kind && candidate.capacity - candidate.booked === 1)
  if (!slot) throw new Error(`No ${kind} slot with one place left`)
  return slot
}

const liveHoldsOn = (slot: InventorySlot) =>
  [...council.state.holds.values()].filter((hold) => hold.slotId === slot.id && isLive(hold, council.now()))

/** The slots of a kind as one person sees them; face-to-face ones at one place. */
async function slotsSeenBy(session: GatewaySession, kind: Kind, placeId: string | null = null) {
  const client = clientAs(session)
  const slots = placeId
    ? await client.call('listPlaceSlots', { params: { placeId } })
    : await client.call('listSlots', { params: { kind } })
  return dataOf(slots).slots
}

async function isAvailableTo(session: GatewaySession, slot: InventorySlot) {
  return (await slotsSeenBy(session, slot.kind, slot.placeId)).find((candidate) => candidate.id === slot.id)?.available
}

/** The 409 for a slot taken, with the free slots it offers instead. */
function slotTakenIn(result: GatewayResult<unknown>) {
  const failure = failureOf(result)
  expect(failure).toMatchObject({ kind: 'conflict', details: { type: slotTakenProblemType, status: 409 } })
  return slotTaken.parse((failure as { details: unknown }).details)
}

describe('the free slots', () => {
  test("come from the council's one diary, earliest first, with a place left only where nobody has booked or is holding every place", async () => {
    const [renter] = residentsLike('renter', 1)
    if (!renter) throw new Error('No resident')

    const slots = await slotsSeenBy(renter, 'face_to_face', 'elmwood-library')

    expect(slots.map((slot) => slot.startsAt)).toEqual([...slots.map((slot) => slot.startsAt)].sort())
    expect(slots.every((slot) => slot.placeId === 'elmwood-library')).toBe(true)
    const diary = council.state.slots.filter((slot) => slot.placeId === 'elmwood-library')
    expect(slots.map((slot) => slot.id)).toEqual(diary.map((slot) => slot.id))
    for (const slot of slots) {
      const inDiary = diary.find((candidate) => candidate.id === slot.id)
      expect(slot.available, slot.id).toBe(inDiary !== undefined && inDiary.booked < inDiary.capacity)
    }
    expect(slots.some((slot) => !slot.available)).toBe(true)
    expect(slots.some((slot) => slot.available)).toBe(true)
  })

  test('are the same places for everyone: the last place booked by one person is gone for the next', async () => {
    const [first, second] = residentsLike('renter', 2)
    if (!first || !second) throw new Error('Fewer than two residents')
    const slot = lastPlaceOf('bulky_waste')
    expect(await isAvailableTo(second, slot)).toBe(true)

    dataOf(
      await clientAs(first).call('bookAppointment', {
        body: { kind: 'bulky_waste', slotId: slot.id, requestReference: null, ...whatFor.bulky_waste },
      }),
    )

    expect(await isAvailableTo(second, slot)).toBe(false)
    expect(slot.booked).toBe(slot.capacity)
  })

  test('a slot held by someone else is not free to others, but is to the person holding it', async () => {
    const [holder, other] = residentsLike('tenant', 2)
    if (!holder || !other) throw new Error('Fewer than two tenants')
    const slot = lastPlaceOf('housing_repair')
    expect(slot.capacity).toBe(1)

    dataOf(await clientAs(holder).call('holdSlot', { body: { kind: 'housing_repair', slotId: slot.id } }))

    expect(await isAvailableTo(other, slot)).toBe(false)
    expect(await isAvailableTo(holder, slot)).toBe(true)
    expect(slot.booked).toBe(0)
  })

  test('a time the person has booked already is not free to them, though it is to others while a place is left', async () => {
    const [booker, other] = residentsLike('renter', 2)
    if (!booker || !other) throw new Error('Fewer than two residents')
    const slot = council.state.slots.find((candidate) => candidate.kind === 'face_to_face' && candidate.booked === 0)
    if (!slot) throw new Error('No empty face-to-face slot')

    dataOf(
      await clientAs(booker).call('bookAppointment', {
        body: { kind: 'face_to_face', slotId: slot.id, requestReference: null, ...whatFor.face_to_face },
      }),
    )

    expect(await isAvailableTo(booker, slot)).toBe(false)
    expect(await isAvailableTo(other, slot)).toBe(true)
  })
})

describe('holding a slot', () => {
  test(`keeps it for ${HOLD_MINUTES} minutes by the council's clock`, async () => {
    const [tenant] = residentsLike('tenant', 1)
    if (!tenant) throw new Error('No tenant')
    const slot = lastPlaceOf('housing_repair')

    const hold = dataOf(await clientAs(tenant).call('holdSlot', { body: { kind: 'housing_repair', slotId: slot.id } }))

    expect(hold).toEqual({ holdId: expect.any(String), slotId: slot.id, kind: 'housing_repair', expiresAt: expect.any(String) })
    const left = Date.parse(hold.expiresAt) - council.now()
    expect(left).toBeGreaterThan(HOLD_MINUTES * minute - 2000)
    expect(left).toBeLessThanOrEqual(HOLD_MINUTES * minute)
  })

  test("runs out: after five minutes the place is anyone's again, and the hold no longer books a slot someone else has taken", async () => {
    const [holder, other] = residentsLike('tenant', 2)
    if (!holder || !other) throw new Error('Fewer than two tenants')
    const slot = lastPlaceOf('housing_repair')
    const hold = dataOf(await clientAs(holder).call('holdSlot', { body: { kind: 'housing_repair', slotId: slot.id } }))

    council.moveClockOn(HOLD_MINUTES * minute - 5000)
    expect(await isAvailableTo(other, slot)).toBe(false)
    council.moveClockOn(10_000)
    expect(await isAvailableTo(other, slot)).toBe(true)
    dataOf(await clientAs(other).call('holdSlot', { body: { kind: 'housing_repair', slotId: slot.id } }))

    const refused = slotTakenIn(
      await clientAs(holder).call('bookAppointment', { body: { kind: 'housing_repair', holdId: hold.holdId, requestReference: null } }),
    )

    expect(refused.alternatives.length).toBeGreaterThan(0)
    expect(refused.alternatives.map((alternative) => alternative.id)).not.toContain(slot.id)
    expect(slot.booked).toBe(0)
    expect(council.state.people[holder.personId].bookings).toEqual([])
  })

  test('that has run out still books its slot while a place is left', async () => {
    const [holder] = residentsLike('renter', 1)
    if (!holder) throw new Error('No resident')
    const slot = lastPlaceOf('face_to_face')
    const hold = dataOf(await clientAs(holder).call('holdSlot', { body: { kind: 'face_to_face', slotId: slot.id } }))
    council.moveClockOn(HOLD_MINUTES * minute + 1000)

    const booked = await clientAs(holder).call('bookAppointment', {
      body: { kind: 'face_to_face', holdId: hold.holdId, requestReference: null, ...whatFor.face_to_face },
    })

    expect(booked).toMatchObject({ ok: true, data: { kind: 'face_to_face', startsAt: slot.startsAt, endsAt: slot.endsAt } })
    expect(slot.booked).toBe(slot.capacity)
  })

  test('again, of the same kind, lets the first one go; a hold of another kind stays', async () => {
    const [holder, other] = residentsLike('tenant', 2)
    if (!holder || !other) throw new Error('Fewer than two tenants')
    const [first, second] = council.state.slots.filter((slot) => slot.kind === 'housing_repair' && slot.booked === 0)
    if (!first || !second) throw new Error('Fewer than two free repair slots')
    const collection = lastPlaceOf('bulky_waste')
    const client = clientAs(holder)
    dataOf(await client.call('holdSlot', { body: { kind: 'bulky_waste', slotId: collection.id } }))
    dataOf(await client.call('holdSlot', { body: { kind: 'housing_repair', slotId: first.id } }))

    dataOf(await client.call('holdSlot', { body: { kind: 'housing_repair', slotId: second.id } }))

    expect(await isAvailableTo(other, first)).toBe(true)
    expect(await isAvailableTo(other, second)).toBe(false)
    expect(await isAvailableTo(other, collection)).toBe(false)
    expect([first, second, collection].map((slot) => liveHoldsOn(slot).length)).toEqual([0, 1, 1])
  })

  test('refused, the person keeps the hold they had', async () => {
    const [holder, other] = residentsLike('tenant', 2)
    if (!holder || !other) throw new Error('Fewer than two tenants')
    const [mine, theirs] = council.state.slots.filter((slot) => slot.kind === 'housing_repair' && slot.booked === 0)
    if (!mine || !theirs) throw new Error('Fewer than two free repair slots')
    dataOf(await clientAs(holder).call('holdSlot', { body: { kind: 'housing_repair', slotId: mine.id } }))
    dataOf(await clientAs(other).call('holdSlot', { body: { kind: 'housing_repair', slotId: theirs.id } }))

    slotTakenIn(await clientAs(holder).call('holdSlot', { body: { kind: 'housing_repair', slotId: theirs.id } }))

    expect(await isAvailableTo(other, mine)).toBe(false)
    expect(liveHoldsOn(mine).map((hold) => hold.personId)).toEqual([holder.personId])
  })

  test('of a full slot is refused with 409, offering the three free slots nearest in time, earliest first', async () => {
    const [resident] = residentsLike('renter', 1)
    if (!resident) throw new Error('No resident')
    const full = council.state.slots.filter((slot) => slot.kind === 'face_to_face' && slot.booked === slot.capacity)[1]
    if (!full) throw new Error('No full face-to-face slot')

    const refused = slotTakenIn(await clientAs(resident).call('holdSlot', { body: { kind: 'face_to_face', slotId: full.id } }))

    const distance = (slot: Slot) => Math.abs(Date.parse(slot.startsAt) - Date.parse(full.startsAt))
    const free = (await slotsSeenBy(resident, 'face_to_face', full.placeId)).filter((slot) => slot.available)
    const nearest = [...free].sort((a, b) => distance(a) - distance(b) || a.startsAt.localeCompare(b.startsAt)).slice(0, 3)
    expect(refused).toMatchObject({ status: 409, title: 'That time has just been taken' })
    expect(refused.alternatives).toHaveLength(3)
    expect(refused.alternatives).toEqual([...nearest].sort((a, b) => a.startsAt.localeCompare(b.startsAt)))
    expect(refused.alternatives.every((slot) => slot.available && slot.kind === 'face_to_face' && slot.placeId === full.placeId)).toBe(true)
    expect(liveHoldsOn(full)).toEqual([])
  })

  test('when every slot of the kind is full is refused with 409 and no slots to offer', async () => {
    signInAs('tenant')
    for (const slot of council.state.slots) slot.booked = slot.capacity
    const wanted = council.state.slots.find((slot) => slot.kind === 'housing_repair')
    if (!wanted) throw new Error('No repair slot')

    const refused = slotTakenIn(await clientFor().call('holdSlot', { body: { kind: 'housing_repair', slotId: wanted.id } }))

    expect(refused.alternatives).toEqual([])
    expect(council.state.holds.size).toBe(0)
  })

  test('of a repair visit is refused with 403 to a home owner, and holds nothing', async () => {
    signInAs('owner')

    const failure = failureOf(
      await clientFor().call('holdSlot', { body: { kind: 'housing_repair', slotId: lastPlaceOf('housing_repair').id } }),
    )

    expect(failure).toMatchObject({ kind: 'forbidden' })
    expect(council.state.holds.size).toBe(0)
  })

  test('is refused with 403 to contact-centre staff', async () => {
    signInAs('staff')

    expect(
      failureOf(await clientFor().call('holdSlot', { body: { kind: 'bulky_waste', slotId: lastPlaceOf('bulky_waste').id } })),
    ).toMatchObject({ kind: 'forbidden' })
  })

  test.each([
    ['a slot id longer than any real one', () => ({ kind: 'bulky_waste', slotId: 'bulky_waste-'.padEnd(65, '9') }), 'slotId', 'too_big'],
    [
      'a slot the council does not have',
      () => ({ kind: 'bulky_waste', slotId: 'bulky_waste-2000-01-03T07:00:00.000Z' }),
      'slotId',
      'slot.unknown',
    ],
    ['a slot of another kind', () => ({ kind: 'face_to_face', slotId: lastPlaceOf('bulky_waste').id }), 'slotId', 'slot.unknown'],
    ['a kind there is not', () => ({ kind: 'swimming', slotId: lastPlaceOf('bulky_waste').id }), 'kind', 'invalid_value'],
  ])('is refused with 422 for %s, and holds nothing', async (_, body, field, code) => {
    signInAs('renter')

    const failure = failureOf(await clientFor().call('holdSlot', { body: body() as BodyOf<'holdSlot'> }))

    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field, code }] } })
    expect(council.state.holds.size).toBe(0)
  })
})

describe('letting a hold go', () => {
  test('frees the place for others, and letting it go again changes nothing', async () => {
    const [holder, other] = residentsLike('tenant', 2)
    if (!holder || !other) throw new Error('Fewer than two tenants')
    const slot = lastPlaceOf('housing_repair')
    const client = clientAs(holder)
    const { holdId } = dataOf(await client.call('holdSlot', { body: { kind: 'housing_repair', slotId: slot.id } }))

    expect(await client.call('releaseHold', { params: { holdId }, body: {} })).toEqual({ ok: true, data: { holdId, released: true } })
    expect(await isAvailableTo(other, slot)).toBe(true)
    expect(await client.call('releaseHold', { params: { holdId }, body: {} })).toEqual({ ok: true, data: { holdId, released: true } })
  })

  test('is refused with 409 once the hold has become a booking, which stands', async () => {
    const [holder] = residentsLike('renter', 1)
    if (!holder) throw new Error('No resident')
    const slot = lastPlaceOf('bulky_waste')
    const client = clientAs(holder)
    const { holdId } = dataOf(await client.call('holdSlot', { body: { kind: 'bulky_waste', slotId: slot.id } }))
    dataOf(await client.call('bookAppointment', { body: { kind: 'bulky_waste', holdId, requestReference: null, ...whatFor.bulky_waste } }))

    expect(failureOf(await client.call('releaseHold', { params: { holdId }, body: {} }))).toMatchObject({ kind: 'conflict' })
    expect(slot.booked).toBe(slot.capacity)
  })
})

describe("someone else's hold", () => {
  test('answers 404 to letting it go or booking with it, and stays theirs', async () => {
    const [holder, other] = residentsLike('tenant', 2)
    if (!holder || !other) throw new Error('Fewer than two tenants')
    const slot = lastPlaceOf('housing_repair')
    const { holdId } = dataOf(await clientAs(holder).call('holdSlot', { body: { kind: 'housing_repair', slotId: slot.id } }))
    const stranger = clientAs(other)

    expect(failureOf(await stranger.call('releaseHold', { params: { holdId }, body: {} }))).toEqual({ kind: 'not-found' })
    expect(failureOf(await stranger.call('bookAppointment', { body: { kind: 'housing_repair', holdId, requestReference: null } }))).toEqual(
      { kind: 'not-found' },
    )
    expect(liveHoldsOn(slot).map((hold) => hold.personId)).toEqual([holder.personId])
    expect(slot.booked).toBe(0)
    expect(council.state.people[other.personId].bookings).toEqual([])
  })
})

describe('booking', () => {
  test('with a hold turns it into the booking: the place is gone for everyone, and the hold holds nothing more', async () => {
    const [holder, other] = residentsLike('tenant', 2)
    if (!holder || !other) throw new Error('Fewer than two tenants')
    const slot = lastPlaceOf('housing_repair')
    const client = clientAs(holder)
    const { holdId } = dataOf(await client.call('holdSlot', { body: { kind: 'housing_repair', slotId: slot.id } }))

    const booking = dataOf(await client.call('bookAppointment', { body: { kind: 'housing_repair', holdId, requestReference: null } }))

    expect(booking).toMatchObject({ kind: 'housing_repair', startsAt: slot.startsAt, endsAt: slot.endsAt, status: 'booked' })
    expect(slot.booked).toBe(1)
    expect(council.state.holds.get(holdId)?.state).toBe('booked')
    expect(await isAvailableTo(other, slot)).toBe(false)
    expect(await isAvailableTo(holder, slot)).toBe(false)
  })

  test('a slot the person holds, by its id, uses their hold', async () => {
    const [holder] = residentsLike('renter', 1)
    if (!holder) throw new Error('No resident')
    const slot = lastPlaceOf('face_to_face')
    const client = clientAs(holder)
    const { holdId } = dataOf(await client.call('holdSlot', { body: { kind: 'face_to_face', slotId: slot.id } }))

    dataOf(
      await client.call('bookAppointment', {
        body: { kind: 'face_to_face', slotId: slot.id, requestReference: null, ...whatFor.face_to_face },
      }),
    )

    expect(slot.booked).toBe(slot.capacity)
    expect(council.state.holds.get(holdId)?.state).toBe('booked')
  })

  test('a slot held by someone else is refused with 409, offering free slots instead', async () => {
    const [holder, other] = residentsLike('tenant', 2)
    if (!holder || !other) throw new Error('Fewer than two tenants')
    const slot = lastPlaceOf('housing_repair')
    dataOf(await clientAs(holder).call('holdSlot', { body: { kind: 'housing_repair', slotId: slot.id } }))

    const refused = slotTakenIn(
      await clientAs(other).call('bookAppointment', { body: { kind: 'housing_repair', slotId: slot.id, requestReference: null } }),
    )

    expect(refused.alternatives).toHaveLength(3)
    expect(slot.booked).toBe(0)
  })

  test('a time the person has booked already is refused with 409, saying so', async () => {
    const [resident] = residentsLike('renter', 1)
    if (!resident) throw new Error('No resident')
    const slot = council.state.slots.find((candidate) => candidate.kind === 'face_to_face' && candidate.booked === 0)
    if (!slot) throw new Error('No empty face-to-face slot')
    const client = clientAs(resident)
    dataOf(
      await client.call('bookAppointment', {
        body: { kind: 'face_to_face', slotId: slot.id, requestReference: null, ...whatFor.face_to_face },
      }),
    )

    const refused = slotTakenIn(
      await client.call('bookAppointment', {
        body: { kind: 'face_to_face', slotId: slot.id, requestReference: null, ...whatFor.face_to_face },
      }),
    )

    expect(refused.title).toBe('You already have a booking at that time')
    expect(slot.booked).toBe(1)
  })

  test.each([
    ['both a slot and a hold', { slotId: 'face_to_face-2030-01-07T09:00:00.000Z', holdId: 'a-hold' }, 'slotId', 'custom'],
    ['neither a slot nor a hold', {}, 'slotId', 'custom'],
    ['a hold id longer than any real one', { holdId: 'h'.repeat(65) }, 'holdId', 'too_big'],
  ])('is refused with 422 for %s, and books nothing', async (_, choice, field, code) => {
    const [resident] = residentsLike('renter', 1)
    if (!resident) throw new Error('No resident')

    const failure = failureOf(
      await clientAs(resident).call('bookAppointment', {
        body: { kind: 'face_to_face', requestReference: null, ...whatFor.face_to_face, ...choice },
      }),
    )

    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field, code }] } })
    expect(council.state.people[resident.personId].bookings).toEqual([])
  })

  test('with a hold of another kind is refused with 422', async () => {
    const [resident] = residentsLike('renter', 1)
    if (!resident) throw new Error('No resident')
    const client = clientAs(resident)
    const { holdId } = dataOf(await client.call('holdSlot', { body: { kind: 'bulky_waste', slotId: lastPlaceOf('bulky_waste').id } }))

    const failure = failureOf(
      await client.call('bookAppointment', { body: { kind: 'face_to_face', holdId, requestReference: null, ...whatFor.face_to_face } }),
    )

    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field: 'holdId', code: 'hold.otherKind' }] } })
  })
})

describe('the last place in a slot, asked for by many people at once', () => {
  test.each(kinds)(
    '%s: of 20 requests from ten people, each sending theirs twice under one key, exactly one person gets it; the rest are offered other slots',
    async (kind) => {
      const slot = lastPlaceOf(kind)
      const people = residentsLike(whoMayBook(kind), 10)
      const clients = people.map((session) => clientAs(session))
      // Each has its CSRF token before the race, so the writes all go out together.
      await Promise.all(clients.map((client) => client.call('getSession')))

      const race = clients.flatMap((client, index) => {
        const idempotencyKey = `last-place-${kind}-${index}`
        // Some book straight away, the rest hold the slot first: both take a place.
        const ask = () =>
          index % 3 === 2
            ? client.call('bookAppointment', { body: { kind, slotId: slot.id, requestReference: null, ...whatFor[kind] }, idempotencyKey })
            : client.call('holdSlot', { body: { kind, slotId: slot.id }, idempotencyKey })
        return [ask(), ask()]
      })
      const answers = await Promise.all(race)

      const byPerson = people.map((_, index) => [answers[2 * index], answers[2 * index + 1]] as const)
      const winners = byPerson.flatMap(([first], index) => (first?.ok ? [index] : []))
      expect(winners).toHaveLength(1)
      const winner = winners[0] ?? -1
      const [won, replayed] = byPerson[winner] ?? []
      expect(won?.ok).toBe(true)
      expect(replayed).toEqual(won)
      for (const [index, [first, second]] of byPerson.entries()) {
        if (index === winner) continue
        for (const answer of [first, second]) {
          const refused = slotTakenIn(answer as GatewayResult<unknown>)
          expect(refused.alternatives.length).toBeGreaterThan(0)
          expect(refused.alternatives.map((alternative) => alternative.id)).not.toContain(slot.id)
        }
      }

      const winnerId = people[winner]?.personId
      const holders = liveHoldsOn(slot).map((hold) => hold.personId)
      const bookers = people.filter((session) =>
        council.state.people[session.personId].bookings.some((booking) => booking.startsAt === slot.startsAt),
      )
      expect([...holders, ...bookers.map((session) => session.personId)]).toEqual([winnerId])
      expect(slot.booked + holders.length).toBe(slot.capacity)
      for (const index of people.keys())
        expect(council.state.applied.get(`last-place-${kind}-${index}`)).toBe(index === winner ? 1 : undefined)
      const someoneElse = people[(winner + 1) % people.length]
      if (someoneElse) expect(await isAvailableTo(someoneElse, slot)).toBe(false)
    },
  )
})

const sentTo = (personId: PersonaId) => council.state.notifications.filter((message) => message.personId === personId)
const aboutBooking = (personId: PersonaId, reference: string) => sentTo(personId).filter((message) => message.reference === reference)
/** Everything but day-before reminders, which go for any booking within a day, such as the owner's seeded collection. */
const sentBesidesReminders = (personId: PersonaId) => sentTo(personId).filter((message) => message.template !== 'booking-reminder')
const bookingNamed = (personId: PersonaId, reference: string) => {
  const booking = council.state.people[personId].bookings.find((candidate) => candidate.reference === reference)
  if (!booking) throw new Error(`${personId} has no booking ${reference}`)
  return booking
}
const requestNamed = (personId: PersonaId, reference: string) => {
  const request = council.state.people[personId].requests.find((candidate) => candidate.reference === reference)
  if (!request) throw new Error(`${personId} has no report ${reference}`)
  return request
}
const tooLateIn = (result: GatewayResult<unknown>) =>
  expect(failureOf(result)).toMatchObject({
    kind: 'conflict',
    details: { type: tooLateToChangeProblemType, status: 409, title: expect.any(String) },
  })

describe('what can be booked', () => {
  test('is a priced list of bulky items, the places for face-to-face appointments, what they can be about, and how long to pay', async () => {
    signInAs('renter')

    const options = dataOf(await clientFor().call('getBookingOptions'))

    expect(options.bulkyItems.map((item) => item.name)).toEqual(expect.arrayContaining(['Sofa', 'Mattress', 'Fridge freezer', 'Wardrobe']))
    expect(options.bulkyItems.every((item) => item.price > 0 && item.mostPerCollection >= 1)).toBe(true)
    expect(options.places.map((place) => [place.kind, place.name])).toEqual([
      ['one_stop_shop', 'Southmere One Stop Shop, Civic Centre'],
      ['library', 'Elmwood Library'],
      ['library', 'Coldharbour Library'],
    ])
    expect(options.purposes).toContain('council_tax')
    expect(options.payWithinMinutes).toBe(30)
  })
})

describe('face-to-face slots', () => {
  test('are listed by place, each saying where it is; asking for them all together answers 404', async () => {
    signInAs('renter')
    const client = clientFor()

    const atLibrary = dataOf(await client.call('listPlaceSlots', { params: { placeId: 'coldharbour-library' } })).slots

    expect(atLibrary.length).toBeGreaterThan(0)
    expect(atLibrary.every((slot) => slot.kind === 'face_to_face' && slot.placeId === 'coldharbour-library')).toBe(true)
    expect(failureOf(await client.call('listSlots', { params: { kind: 'face_to_face' } }))).toMatchObject({ kind: 'not-found' })
    expect(failureOf(await client.call('listPlaceSlots', { params: { placeId: 'the-moon' } }))).toMatchObject({ kind: 'not-found' })
  })

  test('visits to the home have no place', async () => {
    signInAs('tenant')

    const slots = dataOf(await clientFor().call('listSlots', { params: { kind: 'housing_repair' } })).slots

    expect(slots.every((slot) => slot.placeId === null)).toBe(true)
  })
})

describe('booking a face-to-face appointment', () => {
  test('needs what it is about', async () => {
    const [resident] = residentsLike('renter', 1)
    if (!resident) throw new Error('No resident')
    const slot = lastPlaceOf('face_to_face')

    const failure = failureOf(
      await clientAs(resident).call('bookAppointment', { body: { kind: 'face_to_face', slotId: slot.id, requestReference: null } }),
    )

    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field: 'purpose', code: 'purpose.missing' }] } })
    expect(slot.capacity - slot.booked).toBe(1)
  })

  test('keeps the place, what it is about and the interpreter, reminds the day before, and can be changed until two hours before', async () => {
    signInAs('owner')
    // More than a day ahead, so the reminder has not gone yet when it is booked.
    const slot = council.state.slots.find(
      (candidate) =>
        candidate.placeId === 'elmwood-library' &&
        candidate.booked === 0 &&
        Date.parse(candidate.startsAt) - council.now() > 25 * 60 * minute,
    )
    if (!slot) throw new Error('No empty library slot more than a day ahead')

    const booking = dataOf(
      await clientFor().call('bookAppointment', {
        body: { kind: 'face_to_face', slotId: slot.id, requestReference: null, purpose: 'blue_badge', interpreter: 'bsl' },
      }),
    )

    expect(booking).toMatchObject({
      status: 'booked',
      description: 'Face-to-face appointment about a Blue Badge',
      place: { id: 'elmwood-library', name: 'Elmwood Library', stepFreeAccess: true },
      purpose: 'blue_badge',
      interpreter: 'bsl',
      items: [],
      fee: null,
      payBy: null,
      reminder: 'day_before',
      changeUntil: new Date(Date.parse(slot.startsAt) - 2 * 60 * minute).toISOString(),
    })
    expect(slot.booked).toBe(1)
    expect(aboutBooking('owner', booking.reference)).toMatchObject([
      {
        template: 'booking-confirmed',
        topic: 'bookings',
        channel: 'email',
        reference: booking.reference,
        personalisation: { reference: booking.reference, startsAt: slot.startsAt, place: 'Elmwood Library', what: booking.description },
      },
    ])

    council.moveClockOn(Date.parse(slot.startsAt) - council.now() - 23 * 60 * minute)
    signInAs('owner')
    dataOf(await clientFor().call('getBooking', { params: { reference: booking.reference } }))

    expect(aboutBooking('owner', booking.reference).map((message) => message.template)).toEqual(['booking-confirmed', 'booking-reminder'])
  })
})

describe('booking a bulky-waste collection, with what to collect', () => {
  test.each([
    ['nothing', [], 'items.missing'],
    ['something the crews do not collect', [{ itemId: 'piano', quantity: 1 }], 'items.unknown'],
    [
      'more than ten things',
      [
        { itemId: 'mattress', quantity: 4 },
        { itemId: 'bed-frame', quantity: 4 },
        { itemId: 'table', quantity: 3 },
      ],
      'items.tooMany',
    ],
    [
      'more of one thing than a crew takes',
      [
        { itemId: 'sofa', quantity: 2 },
        { itemId: 'sofa', quantity: 1 },
      ],
      'items.tooMany',
    ],
  ])('refuses %s with 422, and takes no place', async (_, items, code) => {
    const [resident] = residentsLike('renter', 1)
    if (!resident) throw new Error('No resident')
    const slot = lastPlaceOf('bulky_waste')

    const failure = failureOf(
      await clientAs(resident).call('bookAppointment', { body: { kind: 'bulky_waste', slotId: slot.id, requestReference: null, items } }),
    )

    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field: 'items', code }] } })
    expect(slot.capacity - slot.booked).toBe(1)
  })

  test('costs the sum of its items, keeps its place for 30 minutes while it is paid for, and is owed until then', async () => {
    const [resident, other] = residentsLike('renter', 2)
    if (!resident || !other) throw new Error('Fewer than two residents')
    const slot = lastPlaceOf('bulky_waste')
    const client = clientAs(resident)

    const booking = dataOf(
      await client.call('bookAppointment', {
        body: {
          kind: 'bulky_waste',
          slotId: slot.id,
          requestReference: null,
          items: [
            { itemId: 'sofa', quantity: 1 },
            { itemId: 'mattress', quantity: 2 },
          ],
          reminder: 'none',
        },
      }),
    )

    expect(booking).toMatchObject({
      status: 'awaiting_payment',
      description: 'Bulky waste collection: sofa, mattress (2)',
      fee: 2000 + 2 * 1500,
      paid: false,
      place: null,
      purpose: null,
      reminder: 'none',
    })
    const payBy = Date.parse(booking.payBy ?? '') - council.now()
    expect(payBy).toBeGreaterThan(29 * minute)
    expect(payBy).toBeLessThanOrEqual(30 * minute)
    expect(booking.changeUntil).toBe(booking.payBy)
    expect(await isAvailableTo(other, slot)).toBe(false)
    expect(dataOf(await client.call('listAmountsOwed')).owed).toContainEqual(
      expect.objectContaining({ id: `booking-${booking.reference}`, kind: 'booking', amount: 5000, dueBy: booking.payBy }),
    )
    expect(sentTo(resident.personId)).toEqual([])
  })

  test('not paid for in time is cancelled, its place let go and nothing owed', async () => {
    const [resident, other] = residentsLike('renter', 2)
    if (!resident || !other) throw new Error('Fewer than two residents')
    const slot = lastPlaceOf('bulky_waste')
    const client = clientAs(resident)
    const booking = dataOf(
      await client.call('bookAppointment', {
        body: { kind: 'bulky_waste', slotId: slot.id, requestReference: null, ...whatFor.bulky_waste },
      }),
    )

    council.moveClockOn(30 * minute + 1000)
    const later = clientAs(council.startSession(resident.personId))

    expect(await isAvailableTo(council.startSession(other.personId), slot)).toBe(true)
    expect(slot.booked).toBe(slot.capacity - 1)
    expect(dataOf(await later.call('getBooking', { params: { reference: booking.reference } }))).toMatchObject({
      status: 'cancelled',
      payBy: null,
      changeUntil: null,
    })
    expect(dataOf(await later.call('listAmountsOwed')).owed.map((owed) => owed.id)).not.toContain(`booking-${booking.reference}`)
  })

  /** A collection of the last place in a slot, with a card page open for it, as someone who starts paying and is slow. */
  async function collectionBeingPaidFor(resident: GatewaySession) {
    const slot = lastPlaceOf('bulky_waste')
    const client = clientAs(resident)
    const booking = dataOf(
      await client.call('bookAppointment', {
        body: { kind: 'bulky_waste', slotId: slot.id, requestReference: null, ...whatFor.bulky_waste },
      }),
    )
    const owedId = `booking-${booking.reference}`
    const payment = dataOf(await client.call('startPayment', { body: { owedId, amount: booking.fee ?? 0, returnPath: '/bookings' } }))
    const pay = () =>
      fetch(payment.nextUrl ?? '', { method: 'POST', body: new URLSearchParams({ cardNumber: testCards.success }), redirect: 'manual' })
    return { slot, booking, payment, pay }
  }

  test('paid for after its time was let go, while its place is still free, is booked after all', async () => {
    const [resident] = residentsLike('renter', 1)
    if (!resident) throw new Error('No resident')
    const { slot, booking, payment, pay } = await collectionBeingPaidFor(resident)
    council.moveClockOn(30 * minute + 1000)
    const later = clientAs(council.startSession(resident.personId))

    await pay()

    expect(dataOf(await later.call('getBooking', { params: { reference: booking.reference } }))).toMatchObject({
      status: 'booked',
      paid: true,
    })
    expect(dataOf(await later.call('getPayment', { params: { paymentId: payment.paymentId } }))).toMatchObject({
      state: 'success',
      refunded: null,
    })
    expect(slot.booked).toBe(slot.capacity)
  })

  test('paid for after its time was let go and taken by someone else, is refunded in full and stays cancelled', async () => {
    const [resident, other] = residentsLike('renter', 2)
    if (!resident || !other) throw new Error('Fewer than two residents')
    const { slot, booking, payment, pay } = await collectionBeingPaidFor(resident)
    council.moveClockOn(30 * minute + 1000)
    dataOf(
      await clientAs(council.startSession(other.personId)).call('bookAppointment', {
        body: { kind: 'bulky_waste', slotId: slot.id, requestReference: null, ...whatFor.bulky_waste },
      }),
    )
    const later = clientAs(council.startSession(resident.personId))

    await pay()

    expect(dataOf(await later.call('getPayment', { params: { paymentId: payment.paymentId } }))).toMatchObject({
      state: 'success',
      refunded: booking.fee,
    })
    expect(dataOf(await later.call('getBooking', { params: { reference: booking.reference } }))).toMatchObject({
      status: 'cancelled',
      paid: false,
      description: expect.stringMatching(/not paid in time, payment refunded/),
    })
    expect(slot.booked).toBe(slot.capacity)
  })

  test('cancelled while its card page is open, can no longer be paid for', async () => {
    const [resident] = residentsLike('renter', 1)
    if (!resident) throw new Error('No resident')
    const { booking, payment, pay } = await collectionBeingPaidFor(resident)
    const client = clientAs(resident)
    dataOf(await client.call('cancelBooking', { params: { reference: booking.reference }, body: {} }))

    await pay()

    expect(dataOf(await client.call('getPayment', { params: { paymentId: payment.paymentId } }))).toMatchObject({
      state: 'cancelled',
      refunded: null,
    })
    expect(dataOf(await client.call('getBooking', { params: { reference: booking.reference } }))).toMatchObject({
      status: 'cancelled',
      paid: false,
    })
  })

  test('paid for through the payments journey is booked, with a confirmation and a receipt', async () => {
    signInAs('owner')
    const client = clientFor()
    const slot = lastPlaceOf('bulky_waste')
    const owner = council.state.people.owner
    owner.bookings = owner.bookings.filter((candidate) => candidate.startsAt !== slot.startsAt)
    const booking = dataOf(
      await client.call('bookAppointment', {
        body: { kind: 'bulky_waste', slotId: slot.id, requestReference: null, ...whatFor.bulky_waste },
      }),
    )
    const payment = dataOf(
      await client.call('startPayment', { body: { owedId: `booking-${booking.reference}`, amount: 2000, returnPath: '/bookings' } }),
    )

    await fetch(payment.nextUrl ?? '', { method: 'POST', body: new URLSearchParams({ cardNumber: testCards.success }), redirect: 'manual' })

    expect(dataOf(await client.call('getBooking', { params: { reference: booking.reference } }))).toMatchObject({
      status: 'booked',
      paid: true,
      payBy: null,
    })
    expect(sentBesidesReminders('owner').map((message) => [message.template, message.reference, message.personalisation.amount])).toEqual([
      ['booking-confirmed', booking.reference, '2000'],
      ['payment-receipt', payment.reference, '2000'],
    ])
  })
})

describe('moving a booking', () => {
  test('takes the new place and lets the old one go, telling the person once; a repair visit says so on its report too', async () => {
    signInAs('tenant')
    const visit = bookingNamed('tenant', 'BK-70311')
    const before = council.state.slots.find((slot) => slot.kind === 'housing_repair' && slot.startsAt === visit.startsAt)
    const after = council.state.slots.find((slot) => slot.kind === 'housing_repair' && slot.booked === 0 && slot.id !== before?.id)
    if (!before || !after) throw new Error('No repair slots to move between')
    expect(before.booked).toBe(1)

    const moved = dataOf(await clientFor().call('moveBooking', { params: { reference: 'BK-70311' }, body: { slotId: after.id } }))

    expect(moved).toMatchObject({ reference: 'BK-70311', startsAt: after.startsAt, endsAt: after.endsAt, status: 'booked' })
    expect([before.booked, after.booked]).toEqual([0, 1])
    expect(sentBesidesReminders('tenant')).toMatchObject([
      { template: 'booking-moved', channel: 'text', reference: 'BK-70311', personalisation: { startsAt: after.startsAt, place: '' } },
    ])
    const report = requestNamed('tenant', 'SR-1048213')
    expect(report).toMatchObject({ status: 'scheduled', expectedBy: londonDate(Date.parse(after.startsAt)) })
    expect(report.timeline.at(-1)?.note).toMatch(/^Repair visit moved to \w+day \d{1,2} \w+, \d{1,2}(am|pm) to \d{1,2}(am|pm)$/)
  })

  test('to a slot with no place left is refused with 409, offering others, and keeps the booking where it was', async () => {
    signInAs('tenant')
    const visit = bookingNamed('tenant', 'BK-70311')
    const startsAt = visit.startsAt
    const full = council.state.slots.find(
      (slot) => slot.kind === 'housing_repair' && slot.booked === slot.capacity && slot.startsAt !== startsAt,
    )
    if (!full) throw new Error('No full repair slot')

    const refused = slotTakenIn(await clientFor().call('moveBooking', { params: { reference: 'BK-70311' }, body: { slotId: full.id } }))

    expect(refused.alternatives.length).toBeGreaterThan(0)
    expect(visit.startsAt).toBe(startsAt)
    expect(sentTo('tenant')).toEqual([])
  })

  test('face to face, to another place, is refused with 422', async () => {
    signInAs('renter')
    const elsewhere = council.state.slots.find((slot) => slot.placeId === 'civic-centre' && slot.booked === 0)
    if (!elsewhere) throw new Error('No empty slot at the Civic Centre')

    const failure = failureOf(await clientFor().call('moveBooking', { params: { reference: 'BK-70302' }, body: { slotId: elsewhere.id } }))

    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field: 'slotId', code: 'slot.otherPlace' }] } })
  })

  test('past its cut-off is refused with 409 too late, and stays as it was', async () => {
    signInAs('owner')
    const collection = bookingNamed('owner', 'BK-70288')
    const startsAt = collection.startsAt
    const free = await freeSlot('bulky_waste')

    tooLateIn(await clientFor().call('moveBooking', { params: { reference: 'BK-70288' }, body: { slotId: free } }))

    expect(collection.startsAt).toBe(startsAt)
  })

  test('of a face-to-face appointment is allowed until two hours before, then refused', async () => {
    signInAs('renter')
    const appointment = bookingNamed('renter', 'BK-70302')
    const later = council.state.slots.find(
      (slot) => slot.placeId === 'elmwood-library' && slot.booked === 0 && slot.startsAt > appointment.startsAt,
    )
    if (!later) throw new Error('No later library slot')

    council.moveClockOn(Date.parse(appointment.startsAt) - council.now() - 2 * 60 * minute - 60_000)
    signInAs('renter')
    expect(dataOf(await clientFor().call('getBooking', { params: { reference: 'BK-70302' } })).changeUntil).not.toBeNull()
    council.moveClockOn(2 * 60_000)

    expect(dataOf(await clientFor().call('getBooking', { params: { reference: 'BK-70302' } })).changeUntil).toBeNull()
    tooLateIn(await clientFor().call('moveBooking', { params: { reference: 'BK-70302' }, body: { slotId: later.id } }))
  })
})

describe('cancelling a booking', () => {
  test('lets its place go; the renter, who chose no alerts about bookings, is sent nothing', async () => {
    signInAs('renter')
    const appointment = bookingNamed('renter', 'BK-70302')
    const slot = council.state.slots.find(
      (candidate) => candidate.placeId === 'elmwood-library' && candidate.startsAt === appointment.startsAt,
    )
    if (!slot) throw new Error('The appointment is not in the diary')
    const booked = slot.booked

    const cancelled = dataOf(await clientFor().call('cancelBooking', { params: { reference: 'BK-70302' }, body: {} }))

    expect(cancelled).toMatchObject({ status: 'cancelled', changeUntil: null })
    expect(slot.booked).toBe(booked - 1)
    expect(sentTo('renter')).toEqual([])
  })

  test('sends nothing to someone who chose bookings only on a channel they have no address for', async () => {
    signInAs('owner')
    council.state.people.owner.profile.alerts = { channels: ['text'], topics: ['bookings'] }

    dataOf(await clientFor().call('cancelBooking', { params: { reference: 'BK-70290' }, body: {} }))

    expect(sentTo('owner')).toEqual([])
  })

  test('of a repair visit puts its report back as it was before the visit, and tells the tenant of both', async () => {
    signInAs('tenant')

    dataOf(await clientFor().call('cancelBooking', { params: { reference: 'BK-70311' }, body: {} }))

    const report = requestNamed('tenant', 'SR-1048213')
    expect(report).toMatchObject({ status: 'received', open: true })
    expect(report.timeline.at(-1)).toMatchObject({ status: 'received', note: expect.stringMatching(/visit cancelled/) })
    expect(sentBesidesReminders('tenant').map((message) => [message.template, message.reference])).toEqual([
      ['booking-cancelled', 'BK-70311'],
      ['request-status-changed', 'SR-1048213'],
    ])
  })

  test('of one repair visit leaves its report scheduled while another visit for it is booked', async () => {
    signInAs('tenant')
    dataOf(
      await clientFor().call('bookAppointment', {
        body: { kind: 'housing_repair', slotId: await freeSlot('housing_repair'), requestReference: 'SR-1048213' },
      }),
    )

    dataOf(await clientFor().call('cancelBooking', { params: { reference: 'BK-70311' }, body: {} }))

    expect(requestNamed('tenant', 'SR-1048213').status).toBe('scheduled')
  })

  test('a paid collection refunds its fee, and says so', async () => {
    signInAs('owner')

    const cancelled = dataOf(await clientFor().call('cancelBooking', { params: { reference: 'BK-70290' }, body: {} }))

    expect(cancelled).toMatchObject({ status: 'cancelled', paid: true, fee: 3000, description: expect.stringMatching(/fee refunded/) })
    expect(aboutBooking('owner', 'BK-70290')).toMatchObject([
      { template: 'booking-cancelled', reference: 'BK-70290', personalisation: { amount: '3000' } },
    ])
  })

  test('a collection not yet paid for can always be let go', async () => {
    const [resident] = residentsLike('renter', 1)
    if (!resident) throw new Error('No resident')
    const slot = lastPlaceOf('bulky_waste')
    const client = clientAs(resident)
    const booking = dataOf(
      await client.call('bookAppointment', {
        body: { kind: 'bulky_waste', slotId: slot.id, requestReference: null, ...whatFor.bulky_waste },
      }),
    )

    expect(dataOf(await client.call('cancelBooking', { params: { reference: booking.reference }, body: {} })).status).toBe('cancelled')
    expect(slot.capacity - slot.booked).toBe(1)
  })

  test.each([
    ['past its cut-off', 'owner', 'BK-70288'],
    ['that has happened', 'renter', 'BK-70245'],
  ] as const)('%s is refused with 409 too late', async (_, personId, reference) => {
    signInAs(personId)

    tooLateIn(await clientFor().call('cancelBooking', { params: { reference }, body: {} }))

    expect(bookingNamed(personId, reference).status).not.toBe('cancelled')
  })

  test('twice is refused with 409 too late the second time', async () => {
    signInAs('owner')
    dataOf(await clientFor().call('cancelBooking', { params: { reference: 'BK-70290' }, body: {} }))

    tooLateIn(await clientFor().call('cancelBooking', { params: { reference: 'BK-70290' }, body: {} }))
  })
})

describe("a person's own bookings", () => {
  test("are theirs alone: another person's answers 404 to reading, moving, cancelling or changing its reminder", async () => {
    signInAs('owner')
    const client = clientFor()
    const params = { reference: 'BK-70311' }

    expect(failureOf(await client.call('getBooking', { params }))).toMatchObject({ kind: 'not-found' })
    expect(failureOf(await client.call('cancelBooking', { params, body: {} }))).toMatchObject({ kind: 'not-found' })
    expect(failureOf(await client.call('moveBooking', { params, body: { slotId: 'x' } }))).toMatchObject({ kind: 'not-found' })
    expect(failureOf(await client.call('changeReminder', { params, body: { reminder: 'none' } }))).toMatchObject({ kind: 'not-found' })
    expect(bookingNamed('tenant', 'BK-70311')).toMatchObject({ status: 'booked', reminder: 'day_before' })
  })

  test('can have the reminder turned off', async () => {
    signInAs('tenant')

    expect(
      dataOf(await clientFor().call('changeReminder', { params: { reference: 'BK-70311' }, body: { reminder: 'none' } })).reminder,
    ).toBe('none')
    expect(bookingNamed('tenant', 'BK-70311').reminder).toBe('none')
  })
})

describe('the records of holds', () => {
  test('are cleared an hour after they run out or were let go, so they do not pile up', async () => {
    const [holder] = residentsLike('tenant', 1)
    if (!holder) throw new Error('No tenant')
    const client = clientAs(holder)
    const [first, second] = council.state.slots.filter((slot) => slot.kind === 'housing_repair' && slot.booked === 0)
    if (!first || !second) throw new Error('Fewer than two free repair slots')
    dataOf(await client.call('holdSlot', { body: { kind: 'housing_repair', slotId: first.id } }))
    dataOf(await client.call('holdSlot', { body: { kind: 'housing_repair', slotId: second.id } }))
    expect(council.state.holds.size).toBe(2)

    council.moveClockOn(HOLD_MINUTES * minute + HOLD_RECORD_KEPT_MS)
    await slotsSeenBy(council.startSession(holder.personId), 'housing_repair')

    expect(council.state.holds.size).toBe(0)
  })
})

describe("the demo people's bookings", () => {
  test('are on weekdays, and as the demo needs them: one to change, one too close to change, one past, one with an interpreter', async () => {
    const everyone = Object.values(council.state.people).flatMap((person) => person.bookings)
    const weekday = (at: string) =>
      !['Sat', 'Sun'].includes(new Date(at).toLocaleDateString('en-GB', { timeZone: 'Europe/London', weekday: 'short' }))

    expect(everyone.filter((booking) => booking.reference !== 'BK-70288').every((booking) => weekday(booking.startsAt))).toBe(true)
    expect(bookingNamed('tenant', 'BK-70311')).toMatchObject({ kind: 'housing_repair', status: 'booked', requestReference: 'SR-1048213' })
    expect(bookingNamed('tenant', 'BK-70311').changeUntil).not.toBeNull()
    expect(bookingNamed('owner', 'BK-70288')).toMatchObject({
      kind: 'bulky_waste',
      status: 'booked',
      paid: false,
      fee: 3500,
      changeUntil: null,
    })
    expect(Date.parse(bookingNamed('owner', 'BK-70288').startsAt) - council.now()).toBeLessThan(24 * 60 * minute)
    expect(bookingNamed('owner', 'BK-70290')).toMatchObject({ kind: 'bulky_waste', status: 'booked', paid: true })
    expect(bookingNamed('renter', 'BK-70245')).toMatchObject({ kind: 'face_to_face', status: 'completed', changeUntil: null })
    expect(bookingNamed('renter', 'BK-70302')).toMatchObject({ place: { id: 'elmwood-library' }, interpreter: 'pl', purpose: 'housing' })
  })
})
