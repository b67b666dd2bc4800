import { describe, expect, test } from 'vitest'
import type { BodyOf } from '#src/gateway/endpoints'
import { council, signInAs } from '#test/gateway-server'
import { clientFor, dataOf, failureOf, send } from './gateway-calls'

const missedBin: BodyOf<'reportProblem'> = {
  serviceCode: 'missed-bin',
  answers: { bin_type: '2' },
  location: { kind: 'address', uprn: '100021390009', text: '9 Kestrel Avenue, Southmere' },
  details: '',
  photoIds: [],
}

async function findMargaret(search: BodyOf<'findCaller'> = { by: 'reference', reference: 'CT-60298154' }) {
  const found = dataOf(await clientFor().call('findCaller', { body: search }))
  if (found.found !== 'one') throw new Error(`Expected one match, got ${found.found}`)
  return found.matchId
}

async function verifyMargaret() {
  const session = signInAs('staff')
  const matchId = await findMargaret()
  const verified = dataOf(
    await clientFor().call('verifyCaller', {
      body: {
        matchId,
        answers: [
          { questionId: 'dateOfBirth', answer: '1949-02-27' },
          { questionId: 'firstLineOfAddress', answer: '9 kestrel avenue' },
        ],
      },
    }),
  )
  return Object.assign(verified, { session })
}

describe('finding a caller', () => {
  test.each<[string, BodyOf<'findCaller'>]>([
    ['a council tax account reference', { by: 'reference', reference: 'ct-60298154' }],
    ['a report reference', { by: 'reference', reference: 'SR-1047760' }],
    ['a name and postcode', { by: 'name-and-postcode', name: 'margaret ellis', postcode: 'se218jb' }],
    ['a name and date of birth', { by: 'name-and-date-of-birth', name: 'Margaret Ellis', dateOfBirth: '1949-02-27' }],
  ])('finds one match by %s, and says nothing else of the person', async (_, search) => {
    signInAs('staff')

    const found = dataOf(await clientFor().call('findCaller', { body: search }))

    expect(Object.keys(found).sort()).toEqual(['found', 'matchId'])
    expect(JSON.stringify(found)).not.toMatch(/Margaret|Ellis|Kestrel|owner/)
  })

  test('says there is no match for a name with the wrong date of birth', async () => {
    signInAs('staff')

    const found = dataOf(
      await clientFor().call('findCaller', { body: { by: 'name-and-date-of-birth', name: 'Margaret Ellis', dateOfBirth: '1950-01-01' } }),
    )

    expect(found).toEqual({ found: 'none' })
  })

  test('records every search, found or not', async () => {
    signInAs('staff')
    await clientFor().call('findCaller', { body: { by: 'reference', reference: 'NOT-THERE' } })

    expect(council.state.audit.at(-1)).toMatchObject({ staffId: 'staff', about: null })
  })

  test('refuses a resident with 403', async () => {
    signInAs('owner')

    expect(failureOf(await clientFor().call('findCaller', { body: { by: 'reference', reference: 'CT-60298154' } }))).toEqual({
      kind: 'forbidden',
    })
  })

  test('refuses a name longer than the contract allows with 422', async () => {
    signInAs('staff')

    const failure = failureOf(
      await clientFor().call('findCaller', { body: { by: 'name-and-postcode', name: 'a'.repeat(101), postcode: 'SE21 8JB' } }),
    )

    expect(failure).toMatchObject({ kind: 'invalid' })
  })
})

describe('verifying a caller', () => {
  test('asks for the date of birth and first line of address, or other questions when found by date of birth', async () => {
    signInAs('staff')
    const byReference = await findMargaret()
    expect(dataOf(await clientFor().call('startCallerVerification', { params: { matchId: byReference }, body: {} }))).toEqual({
      questions: [{ id: 'dateOfBirth' }, { id: 'firstLineOfAddress' }],
      triesLeft: 3,
    })

    signInAs('staff')
    const byBirth = await findMargaret({ by: 'name-and-date-of-birth', name: 'Margaret Ellis', dateOfBirth: '1949-02-27' })
    expect(dataOf(await clientFor().call('startCallerVerification', { params: { matchId: byBirth }, body: {} })).questions).toEqual([
      { id: 'firstLineOfAddress' },
      { id: 'postcode' },
    ])
  })

  test('answers 404 for a match found on another call', async () => {
    signInAs('staff')
    const matchId = await findMargaret()
    signInAs('staff')

    expect(failureOf(await clientFor().call('startCallerVerification', { params: { matchId }, body: {} }))).toEqual({ kind: 'not-found' })
  })

  test('right answers start helping the caller, and the session says whose account it is', async () => {
    const { session: _, ...verified } = await verifyMargaret()

    expect(verified).toEqual({
      verified: true,
      assisting: { personId: 'owner', name: 'Margaret Ellis', tenant: false, channel: 'telephone' },
    })
    expect(dataOf(await clientFor().call('getSession'))).toMatchObject({
      person: { id: 'staff', role: 'staff' },
      assisting: { personId: 'owner', name: 'Margaret Ellis' },
    })
  })

  test('three wrong tries lock the match for the call, even with the right answers after', async () => {
    signInAs('staff')
    const matchId = await findMargaret()
    const wrong = { matchId, answers: [{ questionId: 'dateOfBirth' as const, answer: '1950-01-01' }] }
    expect(dataOf(await clientFor().call('verifyCaller', { body: wrong }))).toEqual({ verified: false, triesLeft: 2 })
    dataOf(await clientFor().call('verifyCaller', { body: wrong }))
    expect(dataOf(await clientFor().call('verifyCaller', { body: wrong }))).toEqual({ verified: false, triesLeft: 0 })

    const right = {
      matchId,
      answers: [
        { questionId: 'dateOfBirth' as const, answer: '1949-02-27' },
        { questionId: 'firstLineOfAddress' as const, answer: '9 Kestrel Avenue' },
      ],
    }
    expect(dataOf(await clientFor().call('verifyCaller', { body: right }))).toEqual({ verified: false, triesLeft: 0 })
    expect(dataOf(await clientFor().call('getSession'))).toMatchObject({ assisting: null })
  })

  test('refuses more answers than the contract allows with 422', async () => {
    signInAs('staff')
    const matchId = await findMargaret()
    const answers = Array.from({ length: 6 }, () => ({ questionId: 'postcode' as const, answer: 'SE21 8JB' }))

    expect(failureOf(await clientFor().call('verifyCaller', { body: { matchId, answers } }))).toMatchObject({ kind: 'invalid' })
  })
})

describe('acting for a caller', () => {
  test('staff cannot act for anyone before verifying them', async () => {
    signInAs('staff')
    await findMargaret()

    expect(failureOf(await clientFor().call('reportProblem', { body: missedBin }))).toEqual({ kind: 'forbidden' })
    expect(failureOf(await clientFor().call('sendFinishLink', { body: { task: 'report-a-problem', channel: 'email' } }))).toEqual({
      kind: 'forbidden',
    })
  })

  test("once verified, a report is the caller's, says who made it, and is in the caller's activity", async () => {
    await verifyMargaret()

    const { reference } = dataOf(await clientFor().call('reportProblem', { body: missedBin }))

    const report = council.state.people.owner.requests.find((request) => request.reference === reference)
    expect(report?.madeBy).toEqual({ staffId: 'staff', channel: 'telephone' })
    expect(council.state.people.staff.requests).toEqual([])
    signInAs('owner')
    const { activity } = dataOf(await clientFor().call('listMyAccountActivity'))
    expect(activity.map((entry) => entry.kind)).toEqual(['problemReported', 'callerVerified', 'lookedUp'])
    expect(activity[0]).toMatchObject({ item: reference, by: 'contact-centre', channel: 'telephone' })
  })

  test("a resident's activity never has another person's", async () => {
    await verifyMargaret()
    signInAs('renter')

    expect(dataOf(await clientFor().call('listMyAccountActivity')).activity).toEqual([])
  })

  test('a card payment is refused while helping a caller: staff send a payment link instead', async () => {
    const { session } = await verifyMargaret()

    const response = await send('POST', '/payments', { session, body: { owedId: 'council-tax', amount: 100 } })

    expect(response.status).toBe(403)
    expect(await response.json()).toMatchObject({ type: 'urn:my-account:problem:card-payment-while-assisting' })
  })

  test("a finish link goes to the caller's own address, shown masked", async () => {
    await verifyMargaret()

    const sent = dataOf(await clientFor().call('sendFinishLink', { body: { task: 'book-an-appointment', channel: 'email' } }))

    expect(sent).toEqual({ sentTo: 'm•••@example.com' })
    expect(council.state.emailsSent.at(-1)).toMatchObject({ to: 'margaret.ellis@example.com', link: '/bookings/face-to-face' })
  })

  test('a finish link by text to a caller with no mobile number is refused on that field', async () => {
    await verifyMargaret()

    const failure = failureOf(await clientFor().call('sendFinishLink', { body: { task: 'report-a-problem', channel: 'text' } }))

    expect(failure).toMatchObject({ kind: 'invalid', fieldErrors: { channel: expect.any(String) } })
  })

  test('staff calls still act as the member of staff while helping a caller', async () => {
    await verifyMargaret()

    expect(dataOf(await clientFor().call('findCaller', { body: { by: 'reference', reference: 'TEN-004417' } }))).toMatchObject({
      found: 'one',
    })
    expect(council.state.audit.at(-1)).toMatchObject({ staffId: 'staff', about: 'tenant' })
  })

  test('ending the call stops acting for the caller', async () => {
    await verifyMargaret()

    dataOf(await clientFor().call('endCall', { body: {} }))

    expect(dataOf(await clientFor().call('getSession'))).toMatchObject({ signedIn: true, assisting: null })
    expect(failureOf(await clientFor().call('reportProblem', { body: missedBin }))).toEqual({ kind: 'forbidden' })
  })
})
