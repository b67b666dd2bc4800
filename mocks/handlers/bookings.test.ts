import { describe, expect, test } from 'vitest'
import type { BodyOf } from '#src/gateway/endpoints'
import { council, signInAs } from '#test/gateway-server'
import type { PersonaId } from '../personas'
import { clientFor, dataOf, failureOf } from './gateway-calls'

async function freeSlot(kind: BodyOf<'bookAppointment'>['kind']) {
  const slot = dataOf(await clientFor().call('listSlots', { params: { kind } })).slots.find((candidate) => candidate.available)
  if (!slot) throw new Error(`No free ${kind} slot`)
  return slot.id
}

const bookingsOf = (personId: PersonaId) => council.state.people[personId].bookings.length

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
        body: { kind: 'bulky_waste', slotId: await freeSlot('bulky_waste'), requestReference: null },
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
      await clientFor().call('bookAppointment', { body: { kind: 'bulky_waste', ...tooLong(await freeSlot('bulky_waste')) } }),
    )

    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field, code: 'too_big' }] } })
    expect(bookingsOf('owner')).toBe(before)
  })
})
