import { describe, expect, test } from 'vitest'
import type { NewPenaltyChargeChallenge } from '#src/gateway/contract/penalty-charges'
import { council, signInAs } from '#test/gateway-server'
import { SESSION_COOKIE } from '../reference-council'
import type { GatewayFailure } from '#src/gateway/errors'
import { clientFor, dataOf, failureOf, send, uploadDocument } from './gateway-calls'

const kindOf = (result: Parameters<typeof failureOf>[0]) => (failureOf(result) as GatewayFailure).kind

const signOut = () => {
  document.cookie = `${SESSION_COOKIE}=; Max-Age=0; Path=/`
}

const lookUp = (pcnNumber: string, vehicleRegistration: string) =>
  clientFor().call('findPenaltyCharge', { body: { pcnNumber, vehicleRegistration } })

const aChallenge = (overrides: Partial<NewPenaltyChargeChallenge> = {}): NewPenaltyChargeChallenge => ({
  ground: 'no_contravention',
  statement: 'The bay was not suspended when I parked: the sign went up later that morning.',
  evidenceIds: [],
  ...overrides,
})

const challenge = (reference: string, body: NewPenaltyChargeChallenge) =>
  clientFor().call('challengePenaltyCharge', { params: { reference }, body, idempotencyKey: crypto.randomUUID() })

function aPhoto() {
  const bytes = new Uint8Array(2000).fill(0x11)
  bytes.set([0xff, 0xd8, 0xff, 0xe0])
  return bytes
}

describe('finding a penalty charge without signing in', () => {
  test('finds one by its number and registration, typed any way, with its photos and a link to pay it', async () => {
    signOut()
    const found = dataOf(await lookUp('sm 4021 9876', 'lk19xrt'))
    expect(found.penaltyCharge).toMatchObject({
      reference: 'SM40219876',
      vehicleRegistration: 'LK19 XRT',
      contravention: { code: '21' },
      amountDueNow: 8000,
      status: 'unpaid',
    })
    expect(found.penaltyCharge.photos).toHaveLength(3)
    expect(found.paymentLinkToken).toEqual(expect.any(String))
    // A second look gives the same link, so the gateway keeps one per charge.
    expect(dataOf(await lookUp('SM40219876', 'LK19 XRT')).paymentLinkToken).toBe(found.paymentLinkToken)
  })

  test('gives the same plain answer for a wrong number and for a wrong registration', async () => {
    signOut()
    const answerTo = async (pcnNumber: string, vehicleRegistration: string) => {
      const answer = await send('POST', '/penalty-charges/lookup', { body: { pcnNumber, vehicleRegistration } })
      return { status: answer.status, body: (await answer.json()) as unknown }
    }
    const wrongNumber = await answerTo('SM40219877', 'LK19 XRT')
    expect(wrongNumber).toEqual({
      status: 404,
      body: { status: 404, title: 'We could not find a penalty charge with that number and registration' },
    })
    expect(await answerTo('SM40219876', 'LK19 XRS')).toEqual(wrongNumber)
  })

  test.each([
    ['a PCN number of the wrong shape', '4021987', 'LK19 XRT', 'pcnNumber'],
    ['a registration no plate has', 'SM40219876', 'LK19 XRTT', 'vehicleRegistration'],
  ])('refuses %s with 422', async (_, pcnNumber, registration, field) => {
    signOut()
    expect(failureOf(await lookUp(pcnNumber, registration))).toMatchObject({ kind: 'invalid', details: { errors: [{ field }] } })
  })

  test('a paid or challenged one is found, and has nothing to pay', async () => {
    signOut()
    expect(dataOf(await lookUp('SM40187342', 'LK19 XRT'))).toMatchObject({ penaltyCharge: { status: 'paid' }, paymentLinkToken: null })
    expect(dataOf(await lookUp('SM40233415', 'LK19 XRT'))).toMatchObject({
      penaltyCharge: { status: 'challenged', amountDueNow: 8000, challenge: { status: 'being_considered' } },
      paymentLinkToken: null,
    })
  })

  test('after the discount window the full amount is due, and the link pays only that', async () => {
    signOut()
    const found = dataOf(await lookUp('SM40164220', 'WR68 KTF'))
    expect(found.penaltyCharge).toMatchObject({ amount: 11000, discountedAmount: 5500, amountDueNow: 11000 })
    const token = found.paymentLinkToken ?? ''
    expect(kindOf(await clientFor().call('startLinkPayment', { params: { token }, body: { amount: 5500 } }))).toBe('invalid')
    expect(dataOf(await clientFor().call('startLinkPayment', { params: { token }, body: { amount: 11000 } }))).toMatchObject({
      amount: 11000,
      owedId: 'pcn-SM40164220',
    })
  })

  test('inside the window the discounted amount is due, and a day after it the full one', async () => {
    signOut()
    expect(dataOf(await lookUp('SM40219876', 'LK19 XRT')).penaltyCharge.amountDueNow).toBe(8000)
    council.moveClockOn(7 * 24 * 60 * 60 * 1000)
    expect(dataOf(await lookUp('SM40219876', 'LK19 XRT')).penaltyCharge.amountDueNow).toBe(16000)
  })

  test('serves the photos as images that no cache keeps', async () => {
    signOut()
    const [photo] = dataOf(await lookUp('SM40219876', 'LK19 XRT')).penaltyCharge.photos
    const answer = await fetch(photo?.address ?? '')
    expect(answer.headers.get('Content-Type')).toContain('image/svg+xml')
    expect(answer.headers.get('Cache-Control')).toBe('no-store')
    expect(await answer.text()).toContain('LK19 XRT')
    expect((await fetch('/api/penalty-charge-photos/not-a-photo')).status).toBe(404)
  })
})

describe("a signed-in person's penalty charges", () => {
  test("shows one of their own, and answers 404 for another person's", async () => {
    signInAs('renter')
    expect(dataOf(await clientFor().call('getPenaltyCharge', { params: { reference: 'SM40219876' } })).reference).toBe('SM40219876')
    expect(kindOf(await clientFor().call('getPenaltyCharge', { params: { reference: 'SM40164220' } }))).toBe('not-found')
    expect(kindOf(await challenge('SM40164220', aChallenge()))).toBe('not-found')
  })

  test('a challenge with a photo is received, the payment goes on hold, and the photo is listed for it', async () => {
    signInAs('renter')
    const documentId = await uploadDocument('permit-on-dashboard.jpg', 'image/jpeg', aPhoto())
    const received = dataOf(await challenge('SM40219876', aChallenge({ evidenceIds: [documentId] })))
    expect(received).toMatchObject({ reference: expect.stringMatching(/^PCC-/), status: 'received', documents: 1 })
    const charge = dataOf(await clientFor().call('getPenaltyCharge', { params: { reference: 'SM40219876' } }))
    expect(charge).toMatchObject({ status: 'challenged', amountDueNow: 8000, challenge: { reference: received.reference } })
    const listed = dataOf(await clientFor().call('listMyEvidence')).documents.find((document) => document.documentId === documentId)
    expect(listed?.purpose).toEqual({ for: 'penalty-charge-challenge', reference: 'SM40219876' })
    expect(
      kindOf(await clientFor().call('startPayment', { body: { owedId: 'pcn-SM40219876', amount: 8000, returnPath: '/payments/return' } })),
    ).toBe('conflict')
  })

  test.each(['SM40187342', 'SM40233415'])('%s, paid or already challenged, cannot be challenged or paid', async (reference) => {
    signInAs('renter')
    expect(kindOf(await challenge(reference, aChallenge()))).toBe('conflict')
    expect(
      kindOf(
        await clientFor().call('startPayment', { body: { owedId: `pcn-${reference}`, amount: 8000, returnPath: '/payments/return' } }),
      ),
    ).toBe('conflict')
  })

  test.each([
    ['a statement of only spaces', aChallenge({ statement: '   \u200b ' }), 'statement'],
    ['a statement too long', aChallenge({ statement: 'x'.repeat(2001) }), 'statement'],
    ['a ground the law does not have', { ...aChallenge(), ground: 'bad_luck' as NewPenaltyChargeChallenge['ground'] }, 'ground'],
    ['a document that is not theirs', aChallenge({ evidenceIds: ['EVD-not-theirs'] }), 'evidenceIds'],
  ])('refuses %s with 422', async (_, body, field) => {
    signInAs('renter')
    expect(failureOf(await challenge('SM40219876', body))).toMatchObject({ kind: 'invalid', details: { errors: [{ field }] } })
    expect(council.state.people.renter.penaltyCharges[0]?.status).toBe('unpaid')
  })
})
