import { describe, expect, test } from 'vitest'
import type { Booking } from '#src/gateway/contract/bookings'
import type { Message } from '#src/gateway/contract/messages'
import { council, signInAs } from '#test/gateway-server'
import type { SentNotification } from '../notifications'
import type { PersonaId } from '../personas'
import { clientFor, dataOf, send } from './gateway-calls'

const hour = 60 * 60 * 1000
const othersReport = 'SR-1048511'

async function myMessages(personId: PersonaId): Promise<Message[]> {
  signInAs(personId)
  return dataOf(await clientFor().call('listMyMessages')).messages
}

async function everythingSent(): Promise<SentNotification[]> {
  return (await (await send('GET', '/__reference/notifications')).json()) as SentNotification[]
}

function moveOn(reference: string, status: string, note: string | null = null) {
  return send('POST', `/__reference/requests/${reference}/status`, { body: { status, note } })
}

async function follow(personId: PersonaId, reference: string) {
  signInAs(personId)
  dataOf(await clientFor().call('followRequest', { params: { reference } }))
}

function bookingFor(personId: PersonaId, startsAt: number, changes: Partial<Booking> = {}): Booking {
  const booking: Booking = {
    reference: `BK-${personId}`,
    kind: 'face_to_face',
    description: 'Appointment about council tax',
    startsAt: new Date(startsAt).toISOString(),
    endsAt: new Date(startsAt + hour).toISOString(),
    status: 'booked',
    fee: null,
    paid: false,
    payBy: null,
    place: { id: 'brixton-oss', kind: 'one_stop_shop', name: 'Brixton One Stop Shop', address: '18 Acre Lane', stepFreeAccess: true },
    purpose: 'council_tax',
    interpreter: null,
    items: [],
    requestReference: null,
    reminder: 'day_before',
    changeUntil: null,
    ...changes,
  }
  council.state.people[personId].bookings.push(booking)
  return booking
}

/** Sent about one report or booking: the owner's seeded collection, within a day, is reminded of on the first call. */
const sentAbout = async (reference: string) => (await everythingSent()).filter((sent) => sent.reference === reference)
const remindersOf = async (booking: Booking) => (await sentAbout(booking.reference)).filter((sent) => sent.template === 'booking-reminder')

describe('GET /me/messages', () => {
  test("lists only the person's own messages, newest first, without saying whose they are", async () => {
    const { people } = council.state
    const sentBefore = (await myMessages('owner')).map((message) => message.reference)
    council.notify(people.owner, { template: 'payment-receipt', topic: 'payments', reference: 'PAY-1', personalisation: {} })
    council.notify(people.tenant, { template: 'payment-receipt', topic: 'bookings', reference: 'BK-9', personalisation: {} })
    council.notify(people.owner, { template: 'booking-confirmed', topic: 'bookings', reference: 'BK-1', personalisation: {} })

    const messages = await myMessages('owner')

    expect(messages.map((message) => message.reference)).toEqual(['BK-1', 'PAY-1', ...sentBefore])
    expect(messages[0]).toMatchObject({ channel: 'email', to: 'margaret.ellis@example.com', language: 'en' })
    expect(messages[0]).not.toHaveProperty('personId')
  })

  test('lists at most 200', async () => {
    // Whatever is due to the owner goes first, so the newest 200 are the ones sent here.
    await myMessages('owner')
    for (let index = 0; index < 205; index += 1) {
      council.notify(council.state.people.owner, {
        template: 'payment-receipt',
        topic: 'payments',
        reference: `PAY-${index}`,
        personalisation: {},
      })
    }

    const messages = await myMessages('owner')

    expect(messages).toHaveLength(200)
    expect(messages[0]?.reference).toBe('PAY-204')
    expect(messages.at(-1)?.reference).toBe('PAY-5')
  })
})

describe('a report moving on', () => {
  test('tells the person who made it, in their language, on the channels they chose', async () => {
    council.state.people.owner.profile.language = 'cy'

    const response = await moveOn('SR-1047760', 'fixed', 'The light works again.')

    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ reference: 'SR-1047760', status: 'fixed', open: false, followed: false })
    expect((await myMessages('owner')).filter((message) => message.reference === 'SR-1047760')).toEqual([
      expect.objectContaining({
        template: 'request-status-changed',
        topic: 'requests',
        channel: 'email',
        language: 'cy',
        reference: 'SR-1047760',
        personalisation: { reference: 'SR-1047760', service: 'Street light not working', status: 'fixed', note: 'The light works again.' },
      }),
    ])
    const report = council.state.people.owner.requests.find((request) => request.reference === 'SR-1047760')
    expect(report?.timeline.at(-1)).toMatchObject({ status: 'fixed', note: 'The light works again.' })
  })

  test('tells everyone following it, and changes each copy', async () => {
    await follow('tenant', othersReport)
    await follow('owner', othersReport)

    await moveOn(othersReport, 'in_progress')

    const sent = await sentAbout(othersReport)
    expect(sent.map(({ personId, channel }) => ({ personId, channel }))).toEqual([
      { personId: 'tenant', channel: 'text' },
      { personId: 'owner', channel: 'email' },
    ])
    expect(sent[0]).toMatchObject({ to: '07700 900123', personalisation: { status: 'in_progress', note: '' } })
    for (const person of [council.state.people.tenant, council.state.people.owner]) {
      expect(person.requests.find((request) => request.reference === othersReport)).toMatchObject({ status: 'in_progress', followed: true })
    }
  })

  test('sends nothing to someone who did not choose alerts about reports', async () => {
    // The renter chose emails about payments only.
    await follow('renter', othersReport)

    await moveOn(othersReport, 'fixed')

    expect(await sentAbout(othersReport)).toEqual([])
    expect(await myMessages('renter')).toEqual([])
  })

  test('sends nothing on a channel the person did not choose', async () => {
    // The tenant chose texts; their email address is on file too.
    await follow('tenant', othersReport)

    await moveOn(othersReport, 'fixed')

    expect((await sentAbout(othersReport)).map((sent) => sent.channel)).toEqual(['text'])
  })

  test('closing as not fixed lets the person reopen it, and reopening tells them too', async () => {
    await moveOn('SR-1047760', 'closed_not_fixed', 'We could not find a fault.')
    signInAs('owner')

    const reopened = dataOf(
      await clientFor().call('reopenRequest', { params: { reference: 'SR-1047760' }, body: { reason: 'Still dark at night' } }),
    )

    expect(reopened).toMatchObject({ status: 'received', open: true, reopenUntil: null })
    const aboutReport = (await myMessages('owner')).filter((message) => message.reference === 'SR-1047760')
    expect(aboutReport.map((message) => message.personalisation.status)).toEqual(['received', 'closed_not_fixed'])
  })

  test('the control finds a report whoever made it, and answers 404 for none and 400 for a status there is not', async () => {
    expect((await moveOn('SR-1048213', 'fixed')).status).toBe(200)
    expect((await moveOn('SR-0000000', 'fixed')).status).toBe(404)
    expect((await moveOn('SR-1048213', 'mended')).status).toBe(400)
    expect(council.state.people.tenant.requests.find((request) => request.reference === 'SR-1048213')?.status).toBe('fixed')
  })
})

describe('day-before reminders', () => {
  test('go once for a booking that starts within a day, with what, when and where', async () => {
    const booking = bookingFor('tenant', council.now() + 20 * hour)

    await myMessages('tenant')
    await myMessages('tenant')

    expect(await remindersOf(booking)).toEqual([
      expect.objectContaining({
        personId: 'tenant',
        channel: 'text',
        topic: 'bookings',
        reference: booking.reference,
        personalisation: {
          reference: booking.reference,
          what: 'Appointment about council tax',
          startsAt: booking.startsAt,
          place: 'Brixton One Stop Shop',
        },
      }),
    ])
  })

  test('go again when the booking is moved to a new time', async () => {
    const booking = bookingFor('tenant', council.now() + 20 * hour)
    const firstTime = booking.startsAt
    await myMessages('tenant')

    booking.startsAt = new Date(council.now() + 22 * hour).toISOString()
    await myMessages('tenant')

    expect((await remindersOf(booking)).map((sent) => sent.personalisation.startsAt)).toEqual([firstTime, booking.startsAt])
  })

  test('wait until the booking is a day away', async () => {
    const booking = bookingFor('tenant', council.now() + 25 * hour)
    await myMessages('tenant')
    expect(await remindersOf(booking)).toEqual([])

    council.moveClockOn(2 * hour)

    expect(await remindersOf(booking)).toHaveLength(1)
  })

  test.each([
    ['a booking that has started', -hour, {}],
    ['a cancelled booking', 2 * hour, { status: 'cancelled' as const }],
    ['a booking without a reminder', 2 * hour, { reminder: 'none' as const }],
    ['a collection not yet paid for', 2 * hour, { kind: 'bulky_waste' as const, place: null, status: 'awaiting_payment' as const }],
  ])('never go for %s', async (_, startsIn, changes) => {
    const booking = bookingFor('tenant', council.now() + startsIn, changes)

    await myMessages('tenant')

    expect(await remindersOf(booking)).toEqual([])
  })

  test('never go to someone who did not choose alerts about bookings', async () => {
    const booking = bookingFor('renter', council.now() + 2 * hour)

    await myMessages('renter')

    expect(await remindersOf(booking)).toEqual([])
    expect(await myMessages('renter')).toEqual([])
  })

  test('start again from nothing when the council is reset', async () => {
    const booking = bookingFor('tenant', council.now() + 2 * hour)
    await myMessages('tenant')
    expect(await remindersOf(booking)).toHaveLength(1)
    expect(council.state.reminded.size).toBeGreaterThan(0)

    await send('POST', '/__reference/reset')

    expect(council.state.notifications).toEqual([])
    expect(council.state.reminded.size).toBe(0)
  })
})
