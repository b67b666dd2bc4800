import { beforeEach, describe, expect, test, vi } from 'vitest'
import { createGatewayClient, CSRF_HEADER, IDEMPOTENCY_HEADER, type GatewayClientOptions } from '#src/gateway/client'
import { endpoints, type Access, type EndpointName } from '#src/gateway/endpoints'
import { csrfProblemType, type ProblemDetails } from '#src/gateway/contract/common'
import type { ProfileChange } from '#src/gateway/contract/session'
import { council, signInAs } from '#test/gateway-server'
import { safeReturnPath } from './handlers/sign-in'
import type { PersonaId } from './personas'
import { noFaults, SESSION_COOKIE, SESSION_LIFETIME_MS } from './reference-council'

const feedback = { page: '/bins', satisfaction: 'very_satisfied', comments: 'Quick and clear' } as const

function clientFor(options: Partial<GatewayClientOptions> = {}) {
  return createGatewayClient({ baseUrl: '/api', backoffMs: 0, timeoutMs: 1000, ...options })
}

function send(method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}) {
  return fetch(`/api${path}`, {
    method,
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', ...options.headers },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
}

function postFeedback(body: unknown, idempotencyKey?: string, csrfToken?: string) {
  return send('POST', '/feedback', {
    body,
    headers: { ...(idempotencyKey ? { [IDEMPOTENCY_HEADER]: idempotencyKey } : {}), ...(csrfToken ? { [CSRF_HEADER]: csrfToken } : {}) },
  })
}

function setFaults(faults: Record<string, unknown>) {
  return send('POST', '/__reference/faults', { body: faults })
}

function failureOf<T>(result: { ok: true; data: T } | { ok: false; failure: unknown }) {
  if (result.ok) throw new Error(`Expected a failure, got ${JSON.stringify(result.data)}`)
  return result.failure
}

function useCookie(sessionId: string) {
  document.cookie = `${SESSION_COOKIE}=${sessionId}; Path=/`
}

describe('GET /session', () => {
  test('says signed out when there is no session cookie', async () => {
    expect(await clientFor().call('getSession')).toEqual({ ok: true, data: { signedIn: false } })
  })

  test('says signed out for a session id the gateway does not know', async () => {
    useCookie('not-a-session')

    expect(await clientFor().call('getSession')).toEqual({ ok: true, data: { signedIn: false } })
  })

  test('names the person signed in, with the CSRF token and when the session ends', async () => {
    const session = signInAs('tenant')
    const before = Date.now()

    const result = await clientFor().call('getSession')

    expect(result).toEqual({
      ok: true,
      data: {
        signedIn: true,
        person: { id: 'tenant', name: 'Precious Okafor', role: 'resident', tenant: true },
        csrfToken: session.csrfToken,
        expiresAt: expect.any(String),
        sharedDevice: false,
      },
    })
    const expiresAt = result.ok && result.data.signedIn ? Date.parse(result.data.expiresAt) : 0
    expect(expiresAt).toBeGreaterThanOrEqual(before + SESSION_LIFETIME_MS - 1000)
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + SESSION_LIFETIME_MS)
  })

  test('says when the person is staff', async () => {
    signInAs('staff')

    expect(await clientFor().call('getSession')).toMatchObject({ ok: true, data: { person: { id: 'staff', role: 'staff' } } })
  })
})

describe('signed-in endpoints', () => {
  const signedIn = Object.entries(endpoints).filter(([, endpoint]) => endpoint.access !== 'anyone')

  test.each(signedIn)('%s answers 401 problem details without a session', async (_, endpoint) => {
    const body = endpoint.method === 'GET' ? undefined : {}

    const response = await send(endpoint.method, endpoint.path.replace(/\{\w+\}/g, 'bulky_waste'), {
      body,
      headers: { [IDEMPOTENCY_HEADER]: 'no-session' },
    })

    expect(response.status).toBe(401)
    expect(response.headers.get('Content-Type')).toContain('application/problem+json')
    expect(await response.json()).toMatchObject({ status: 401, title: expect.any(String) })
  })

  test('open endpoints answer without a session', async () => {
    expect((await send('GET', '/services')).status).toBe(200)
    expect((await send('GET', '/services/missed-bin')).status).toBe(200)
  })

  test('a signed-in endpoint answers once the person signs in', async () => {
    signInAs('tenant')

    expect(await clientFor().call('getProfile')).toMatchObject({ ok: true, data: { name: 'Precious Okafor' } })
  })
})

describe("each demo person's account summary", () => {
  test('the tenant owes £186.42 rent, gets benefits, pays what Council Tax Reduction leaves and has a repair booked', async () => {
    signInAs('tenant')

    const result = await clientFor().call('getAccountSummary')

    expect(result).toEqual({
      ok: true,
      data: {
        rent: { owed: 18642, weeklyRent: 14862 },
        councilTax: {
          balance: 18828,
          nextInstalment: { dueOn: expect.any(String), amount: 4707 },
          overdue: 4707,
          payingByDirectDebit: false,
        },
        parking: {
          activePermits: 0,
          permitsToRenew: [{ reference: 'RP-86514', zone: 'Zone A (Coldharbour)', validTo: expect.any(String) }],
          permitsToPay: [],
          penaltyChargesToPay: [],
        },
        nextBooking: { reference: 'BK-70311', description: 'Repair: kitchen tap leaking', startsAt: expect.any(String) },
        openRequests: 1,
        benefits: {
          claims: 2,
          assessing: 0,
          awards: [
            { kind: 'housing_benefit', weekly: 9350 },
            { kind: 'council_tax_reduction', weekly: 2214 },
          ],
        },
      },
    })
  })

  test('the renter has a permit and one unpaid penalty charge at its discounted amount', async () => {
    signInAs('renter')
    const client = clientFor()

    const summary = await client.call('getAccountSummary')
    const charges = await client.call('listPenaltyCharges')

    expect(summary).toMatchObject({
      ok: true,
      data: {
        rent: null,
        councilTax: { balance: 49156, nextInstalment: { amount: 16385 } },
        parking: { activePermits: 1, penaltyChargesToPay: [{ reference: 'SM40219876', amount: 8000 }] },
        nextBooking: { reference: 'BK-70302', description: 'Face-to-face appointment about housing' },
        openRequests: 0,
        benefits: null,
      },
    })
    expect(summary.ok && summary.data.parking?.penaltyChargesToPay).toHaveLength(1)
    expect(charges).toMatchObject({
      ok: true,
      data: {
        penaltyCharges: [
          { reference: 'SM40219876', status: 'unpaid', amount: 16000, discountedAmount: 8000, amountDueNow: 8000 },
          { reference: 'SM40187342', status: 'paid' },
          { reference: 'SM40233415', status: 'challenged', challenge: { status: 'being_considered' } },
        ],
      },
    })
  })

  test("the owner's next booking is the bulky waste collection", async () => {
    signInAs('owner')

    const result = await clientFor().call('getAccountSummary')

    expect(result).toMatchObject({
      ok: true,
      data: {
        rent: null,
        councilTax: { balance: 122890, nextInstalment: { amount: 24578 } },
        parking: {
          activePermits: 0,
          penaltyChargesToPay: [
            { reference: 'SM40251190', amount: 6500 },
            { reference: 'SM40164220', amount: 11000 },
          ],
        },
        nextBooking: { reference: 'BK-70288', description: expect.stringMatching(/^Bulky waste collection/) },
        openRequests: 1,
        benefits: null,
      },
    })
  })

  test('the staff member has nothing of their own', async () => {
    signInAs('staff')

    expect(await clientFor().call('getAccountSummary')).toEqual({
      ok: true,
      data: { rent: null, councilTax: null, parking: null, nextBooking: null, openRequests: 0, benefits: null },
    })
  })

  test("a person's accounts are their own: the renter, who is not a council tenant, may not ask for a tenancy", async () => {
    signInAs('renter')

    expect(await clientFor().call('getTenancy')).toEqual({ ok: false, failure: { kind: 'forbidden' } })
  })
})

describe('who may make each call', () => {
  /** Written out in full, so a change to who may make a call is a change here too. */
  const whoMay: Record<EndpointName, Access> = {
    getSession: 'anyone',
    signOut: 'anyone',
    getProfile: 'signed-in',
    changeProfile: 'signed-in',
    getAccountSummary: 'signed-in',
    sendFeedback: 'anyone',
    findAddresses: 'anyone',
    listServices: 'anyone',
    getServiceDefinition: 'anyone',
    findNearbyRequests: 'anyone',
    uploadPhoto: 'resident',
    startEvidenceUpload: 'resident',
    sendEvidencePart: 'resident',
    finishEvidenceUpload: 'resident',
    sendEvidence: 'resident',
    listMyEvidence: 'resident',
    reportProblem: 'resident',
    getMyRequest: 'resident',
    commentOnRequest: 'resident',
    reopenRequest: 'resident',
    followRequest: 'resident',
    listMyRequests: 'resident',
    listMyMessages: 'signed-in',
    listMyBookings: 'resident',
    getBooking: 'resident',
    getBookingOptions: 'resident',
    listSlots: 'resident',
    listPlaceSlots: 'resident',
    moveBooking: 'resident',
    cancelBooking: 'resident',
    changeReminder: 'resident',
    bookAppointment: 'resident',
    holdSlot: 'resident',
    releaseHold: 'resident',
    listAmountsOwed: 'resident',
    startPayment: 'resident',
    getPayment: 'resident',
    emailReceipt: 'resident',
    sendReceipt: 'resident',
    findOwedForCaller: 'staff',
    sendPaymentLink: 'staff',
    getPaymentLink: 'anyone',
    startLinkPayment: 'anyone',
    getLinkPayment: 'anyone',
    listMyPayments: 'resident',
    getTenancy: 'tenant',
    getRentAccount: 'tenant',
    getRentDirectDebit: 'tenant',
    setUpRentDirectDebit: 'tenant',
    cancelRentDirectDebit: 'tenant',
    tellUsOfHouseholdChange: 'tenant',
    tellUsOfAChange: 'resident',
    getCouncilTaxAccount: 'resident',
    applyForSinglePersonDiscount: 'resident',
    getCouncilTaxDirectDebit: 'resident',
    setUpCouncilTaxDirectDebit: 'resident',
    cancelCouncilTaxDirectDebit: 'resident',
    listBenefitClaims: 'resident',
    getBenefitClaim: 'resident',
    listMyLetters: 'resident',
    getLetter: 'resident',
    listParkingPermits: 'resident',
    getResidentPermitEligibility: 'resident',
    lookUpVehicle: 'resident',
    listResidentPermits: 'resident',
    getResidentPermit: 'resident',
    applyForResidentPermit: 'resident',
    renewResidentPermit: 'resident',
    changePermitVehicle: 'resident',
    listPenaltyCharges: 'resident',
    getPenaltyCharge: 'resident',
    findPenaltyCharge: 'anyone',
    challengePenaltyCharge: 'resident',
    getVisitorPermits: 'resident',
    bookVisitorPermit: 'resident',
    cancelVisitorPermit: 'resident',
    findCaller: 'staff',
    startCallerVerification: 'staff',
    verifyCaller: 'staff',
    sendFinishLink: 'staff',
    endCall: 'staff',
    listMyAccountActivity: 'resident',
  }
  /** Who is calling, and whether each kind of call is for them: a status to expect, or null for "let through". */
  const callers: { caller: PersonaId | null; expected: Record<Access, 401 | 403 | null> }[] = [
    { caller: null, expected: { anyone: null, 'signed-in': 401, resident: 401, tenant: 401, staff: 401 } },
    { caller: 'tenant', expected: { anyone: null, 'signed-in': null, resident: null, tenant: null, staff: 403 } },
    { caller: 'renter', expected: { anyone: null, 'signed-in': null, resident: null, tenant: 403, staff: 403 } },
    { caller: 'owner', expected: { anyone: null, 'signed-in': null, resident: null, tenant: 403, staff: 403 } },
    { caller: 'staff', expected: { anyone: null, 'signed-in': null, resident: 403, tenant: 403, staff: null } },
  ]
  const cases = Object.entries(whoMay).flatMap(([name, access]) =>
    callers.map(({ caller, expected }) => ({ name: name as EndpointName, access, caller, status: expected[access] })),
  )

  test.each(Object.entries(whoMay))('%s is for %s', (name, access) => {
    expect(endpoints[name as EndpointName].access).toBe(access)
  })

  test.each(cases)('$name ($access) called by $caller: $status', async ({ name, caller, status }) => {
    const endpoint = endpoints[name]
    // With the CSRF token, so a 403 can only be about who is calling.
    const csrfToken = caller ? signInAs(caller).csrfToken : null
    const headers: Record<string, string> = { [IDEMPOTENCY_HEADER]: `who-may-${name}` }
    if (csrfToken) headers[CSRF_HEADER] = csrfToken

    const response = await send(endpoint.method, endpoint.path.replace(/\{\w+\}/g, 'not-there'), {
      body: endpoint.method === 'GET' ? undefined : {},
      headers,
    })

    if (status === null) {
      expect([401, 403]).not.toContain(response.status)
    } else {
      expect(response.status).toBe(status)
      expect(response.headers.get('Content-Type')).toContain('application/problem+json')
      const problem = (await response.json()) as ProblemDetails
      expect(problem).toMatchObject({ status, title: expect.any(String) })
      expect(problem.type).not.toBe(csrfProblemType)
    }
  })
})

describe('Idempotency-Key', () => {
  let csrfToken = ''
  beforeEach(() => {
    csrfToken = signInAs('owner').csrfToken
  })

  test('a replay with the same key and body returns the first answer, marked as replayed, and acts once', async () => {
    const first = await postFeedback(feedback, 'key-1', csrfToken)
    const replay = await postFeedback(feedback, 'key-1', csrfToken)

    expect(first.status).toBe(200)
    expect(first.headers.get('Idempotent-Replayed')).toBeNull()
    const { reference } = (await first.json()) as { reference: string }
    expect(reference).toMatch(/^FB-\d+$/)
    expect(replay.status).toBe(200)
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true')
    expect(await replay.json()).toEqual({ reference })
    expect(council.state.applied.get('key-1')).toBe(1)
    expect(council.state.feedback).toEqual([{ ...feedback, reference, personId: 'owner' }])
  })

  test('the same body in a different property order is the same request', async () => {
    await postFeedback(feedback, 'key-2', csrfToken)
    const replay = await postFeedback(
      { comments: feedback.comments, satisfaction: feedback.satisfaction, page: feedback.page },
      'key-2',
      csrfToken,
    )

    expect(replay.headers.get('Idempotent-Replayed')).toBe('true')
    expect(council.state.feedback).toHaveLength(1)
  })

  test('through the client, the same key gives the same reference', async () => {
    const client = clientFor()

    const first = await client.call('sendFeedback', { body: feedback, idempotencyKey: 'key-3' })
    const second = await client.call('sendFeedback', { body: feedback, idempotencyKey: 'key-3' })

    expect(first).toMatchObject({ ok: true, data: { reference: expect.any(String) } })
    expect(second).toEqual(first)
    expect(council.state.feedback).toHaveLength(1)
  })

  test('different keys are different requests', async () => {
    await postFeedback(feedback, 'key-4', csrfToken)
    await postFeedback(feedback, 'key-5', csrfToken)

    expect(council.state.feedback).toHaveLength(2)
    expect(council.state.feedback[0]?.reference).not.toBe(council.state.feedback[1]?.reference)
  })

  test('the same key with a different body is refused with 422', async () => {
    await postFeedback(feedback, 'key-6', csrfToken)
    const other = await postFeedback({ ...feedback, comments: 'Something else' }, 'key-6', csrfToken)

    expect(other.status).toBe(422)
    expect(await other.json()).toMatchObject({ status: 422, title: expect.stringContaining(IDEMPOTENCY_HEADER) })
    expect(council.state.feedback).toHaveLength(1)
    expect(council.state.applied.get('key-6')).toBe(1)
  })

  test('a refusal is not kept against its key, so a corrected request can use the same key', async () => {
    const lookup = (postcode: string) =>
      send('POST', '/addresses/lookup', { body: { postcode }, headers: { [IDEMPOTENCY_HEADER]: 'lookup-1', [CSRF_HEADER]: csrfToken } })
    const refused = await lookup('nowhere')
    const corrected = await lookup('SE5 9QT')

    expect(refused.status).toBe(422)
    expect(refused.headers.get('Content-Type')).toContain('application/problem+json')
    expect(corrected.status).toBe(200)
    expect(corrected.headers.get('Idempotent-Replayed')).toBeNull()
    expect(council.state.applied.get('lookup-1')).toBe(1)
  })

  test('a POST without a key is refused with 400 and not acted on', async () => {
    const response = await postFeedback(feedback, undefined, csrfToken)

    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ status: 400, title: expect.stringContaining(IDEMPOTENCY_HEADER) })
    expect(council.state.feedback).toEqual([])
  })

  test('a body that is not JSON is refused with 400', async () => {
    const response = await fetch('/api/feedback', {
      method: 'POST',
      headers: { [IDEMPOTENCY_HEADER]: 'key-7', [CSRF_HEADER]: csrfToken },
      body: 'page=/bins',
    })

    expect(response.status).toBe(400)
    expect(council.state.feedback).toEqual([])
  })

  test('a body that breaks the schema is refused with 422 naming the field', async () => {
    const response = await postFeedback({ ...feedback, satisfaction: 'ecstatic' }, 'key-8', csrfToken)

    expect(response.status).toBe(422)
    expect(((await response.json()) as ProblemDetails).errors).toContainEqual(expect.objectContaining({ field: 'satisfaction' }))
    expect(council.state.feedback).toEqual([])
  })

  test("a key is the person's own: someone else using it is a new request, not a replay of the first person's answer", async () => {
    await postFeedback(feedback, 'shared-key', csrfToken)
    const renter = signInAs('renter')

    const theirs = await postFeedback(feedback, 'shared-key', renter.csrfToken)

    expect(theirs.status).toBe(200)
    expect(theirs.headers.get('Idempotent-Replayed')).toBeNull()
    expect(council.state.feedback.map((stored) => stored.personId)).toEqual(['owner', 'renter'])
    expect(new Set(council.state.feedback.map((stored) => stored.reference)).size).toBe(2)
  })

  test("callers who are not signed in never get each other's answers: each call without a session is acted on", async () => {
    document.cookie = `${SESSION_COOKIE}=; Max-Age=0; Path=/`

    const first = await postFeedback(feedback, 'anonymous-key')
    const second = await postFeedback(feedback, 'anonymous-key')

    expect(second.status).toBe(200)
    expect(second.headers.get('Idempotent-Replayed')).toBeNull()
    expect(await second.json()).not.toEqual(await first.json())
    expect(council.state.feedback).toHaveLength(2)
    expect(council.state.applied.get('anonymous-key')).toBe(2)
  })

  test('the same key on another report is refused with 422, and the second report gets no comment', async () => {
    const comment = { text: 'Still there this morning', photoIds: [] }
    const commentOn = (reference: string) =>
      send('POST', `/me/requests/${reference}/comments`, {
        body: comment,
        headers: { [IDEMPOTENCY_HEADER]: 'comment-1', [CSRF_HEADER]: csrfToken },
      })
    const [first, second] = council.state.people.owner.requests
    if (!first || !second) throw new Error('The owner has fewer than two reports')
    const commentsBefore = second.comments.length

    expect((await commentOn(first.reference)).status).toBe(200)
    const other = await commentOn(second.reference)

    expect(other.status).toBe(422)
    expect(other.headers.get('Idempotent-Replayed')).toBeNull()
    expect(await other.json()).toMatchObject({ status: 422, title: expect.stringContaining(IDEMPOTENCY_HEADER) })
    expect(second.comments).toHaveLength(commentsBefore)
    expect(council.state.applied.get('comment-1')).toBe(1)
  })

  test('the same key and body for following another report is refused with 422, not answered with the first report', async () => {
    const [first, second] = council.state.othersReports
    if (!first || !second) throw new Error('Fewer than two reports by others')
    const follow = (reference: string) =>
      send('POST', `/requests/${reference}/follow`, { body: {}, headers: { [IDEMPOTENCY_HEADER]: 'follow-1', [CSRF_HEADER]: csrfToken } })

    expect((await follow(first.request.reference)).status).toBe(200)
    const other = await follow(second.request.reference)

    expect(other.status).toBe(422)
    expect(council.state.people.owner.requests.filter((request) => request.followed).map((request) => request.reference)).toEqual([
      first.request.reference,
    ])
  })

  test("a payment link's key belongs to that link: it never brings back a payment made through another link", async () => {
    council.state.paymentLinks.set('victims-link', {
      personId: 'renter',
      owedId: 'pcn-SM40219876',
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
      sentBy: 'staff',
    })
    document.cookie = `${SESSION_COOKIE}=; Max-Age=0; Path=/`
    const payThrough = (token: string) =>
      send('POST', `/payment-links/${token}/payments`, { body: { amount: 8000 }, headers: { [IDEMPOTENCY_HEADER]: 'link-key' } })

    const victims = await payThrough('victims-link')
    const replayedElsewhere = await payThrough('someone-elses-link')
    const replayedOnTheSameLink = await payThrough('victims-link')

    expect(victims.status).toBe(200)
    const payment = (await victims.json()) as { paymentId: string }
    expect(replayedElsewhere.status).toBe(409)
    expect(JSON.stringify(await replayedElsewhere.json())).not.toContain(payment.paymentId)
    expect(replayedOnTheSameLink.headers.get('Idempotent-Replayed')).toBe('true')
    expect(await replayedOnTheSameLink.json()).toMatchObject({ paymentId: payment.paymentId })
  })
})

describe('faults', () => {
  test('errorRate 1 answers every call with 503 problem details, before acting', async () => {
    await setFaults({ errorRate: 1 })

    const response = await send('GET', '/services')
    const write = await clientFor().call('sendFeedback', { body: feedback })

    expect(response.status).toBe(503)
    expect(response.headers.get('Content-Type')).toContain('application/problem+json')
    expect(await response.json()).toMatchObject({ status: 503, title: expect.any(String) })
    expect(write).toEqual({ ok: false, failure: { kind: 'unavailable', status: 503 } })
    expect(council.state.feedback).toEqual([])
  })

  test('dropAfterActing 1 acts on the write, then loses the answer; a retry with the same key gets the stored answer without acting again', async () => {
    signInAs('owner')
    await setFaults({ dropAfterActing: 1 })
    const client = clientFor({ retries: 0 })

    const lost = await client.call('sendFeedback', { body: feedback, idempotencyKey: 'lost-1' })

    expect(lost).toEqual({ ok: false, failure: { kind: 'offline' } })
    expect(council.state.feedback).toHaveLength(1)
    expect(council.state.applied.get('lost-1')).toBe(1)

    const retried = await client.call('sendFeedback', { body: feedback, idempotencyKey: 'lost-1' })

    expect(retried).toEqual({ ok: true, data: { reference: council.state.feedback[0]?.reference } })
    expect(council.state.applied.get('lost-1')).toBe(1)
    expect(council.state.feedback).toHaveLength(1)
  })

  test("dropAfterActing is recovered by the client's own retry, acting once", async () => {
    signInAs('owner')
    await setFaults({ dropAfterActing: 1 })

    const result = await clientFor().call('sendFeedback', { body: feedback, idempotencyKey: 'lost-2' })

    expect(result).toEqual({ ok: true, data: { reference: council.state.feedback[0]?.reference } })
    expect(council.state.applied.get('lost-2')).toBe(1)
  })

  test('dropAfterActing leaves reads alone and waits for a write', async () => {
    await setFaults({ dropAfterActing: 1 })

    expect(await clientFor({ retries: 0 }).call('listServices')).toMatchObject({ ok: true })
    expect(council.state.faults.dropAfterActing).toBe(1)
  })

  test('garbage 1 breaks the contract of the next answer only', async () => {
    await setFaults({ garbage: 1 })
    const client = clientFor()

    const broken = await client.call('listServices')
    const next = await client.call('listServices')

    expect(broken).toEqual({ ok: false, failure: { kind: 'broken-contract', detail: expect.stringMatching(/^listServices: /) } })
    expect(next).toMatchObject({ ok: true, data: { services: expect.any(Array) } })
  })

  test('malformed 1 answers the next call with a body that is not JSON, which the client calls a broken contract', async () => {
    await setFaults({ malformed: 1 })
    const client = clientFor()

    expect(await client.call('listServices')).toEqual({
      ok: false,
      failure: { kind: 'broken-contract', detail: 'listServices: the answer was not JSON' },
    })
    expect(await client.call('listServices')).toMatchObject({ ok: true })
  })

  test('tooManyRequests answers 429 with the Retry-After it is given', async () => {
    await setFaults({ tooManyRequests: 1, retryAfterSeconds: 120, errorStatus: 500 })

    expect(await clientFor({ retries: 0 }).call('listServices')).toEqual({
      ok: false,
      failure: { kind: 'too-many-requests', retryAfterSeconds: 120 },
    })
  })

  test('unanswered 1 leaves the next call without an answer until the client gives up on it', async () => {
    await setFaults({ unanswered: 1 })

    expect(await clientFor({ retries: 0, timeoutMs: 200 }).call('listServices')).toEqual({ ok: false, failure: { kind: 'timeout' } })
    expect(council.heldCallCount()).toBe(1)
  })

  test('POST /__reference/reset lets go of calls held unanswered', async () => {
    await setFaults({ unanswered: 1 })
    const held = send('GET', '/services')
    await vi.waitFor(() => expect(council.heldCallCount()).toBe(1))

    expect((await send('POST', '/__reference/reset')).status).toBe(200)

    await expect(held).rejects.toThrow()
    expect(council.heldCallCount()).toBe(0)
  })

  test('expireAllSessions signs everyone out', async () => {
    signInAs('tenant')
    const client = clientFor()
    expect(await client.call('getProfile')).toMatchObject({ ok: true })

    council.expireAllSessions()

    expect(await client.call('getProfile')).toEqual({ ok: false, failure: { kind: 'signed-out' } })
    expect(await client.call('getSession')).toEqual({ ok: true, data: { signedIn: false } })
  })

  test('POST /__reference/expire-sessions signs everyone out', async () => {
    signInAs('tenant')

    expect((await send('POST', '/__reference/expire-sessions')).status).toBe(200)

    expect(await clientFor().call('getProfile')).toEqual({ ok: false, failure: { kind: 'signed-out' } })
  })
})

describe('sessions', () => {
  test('end SESSION_LIFETIME_MS after they start', () => {
    const startedAt = Date.parse('2026-03-02T09:00:00Z')
    const session = council.startSession('tenant', startedAt)

    expect(council.sessionFor(session.id, startedAt + SESSION_LIFETIME_MS)).toBeNull()
    expect(council.sessionFor(session.id, startedAt)).toBeNull()
  })

  test('last SESSION_LIFETIME_MS from the last time they were used', () => {
    const startedAt = Date.parse('2026-03-02T09:00:00Z')
    const session = council.startSession('tenant', startedAt)

    expect(council.sessionFor(session.id, startedAt + SESSION_LIFETIME_MS - 1)).toMatchObject({ id: session.id, personId: 'tenant' })
    expect(council.sessionFor(session.id, startedAt + SESSION_LIFETIME_MS + 60_000)).toMatchObject({ id: session.id })
    expect(council.sessionFor(session.id, startedAt + 3 * SESSION_LIFETIME_MS)).toBeNull()
  })

  test('without a session id there is no session', () => {
    expect(council.sessionFor(undefined)).toBeNull()
  })

  test('the gateway treats a session that has run out as signed out', async () => {
    const session = council.startSession('tenant', Date.now() - SESSION_LIFETIME_MS)
    useCookie(session.id)
    const client = clientFor()

    expect(await client.call('getProfile')).toEqual({ ok: false, failure: { kind: 'signed-out' } })
    expect(await client.call('getSession')).toEqual({ ok: true, data: { signedIn: false } })
  })

  test('POST /auth/sign-out ends the session', async () => {
    const session = signInAs('tenant')
    const client = clientFor()

    expect(await client.call('signOut')).toEqual({ ok: true, data: { signedOut: true } })
    expect(council.state.sessions.has(session.id)).toBe(false)
    expect(await client.call('getSession')).toEqual({ ok: true, data: { signedIn: false } })
  })
})

describe('PATCH /me/profile', () => {
  const change: ProfileChange = {
    email: 'precious.okafor@example.com',
    phone: '07700 900123',
    language: 'en',
    alerts: { channels: ['text'], topics: ['requests'] },
  }

  /** Signs in as the tenant and sends the change, which need not be valid. */
  async function changeProfile(body: ProfileChange | Record<string, unknown>) {
    signInAs('tenant')
    return clientFor().call('changeProfile', { body: body as ProfileChange })
  }

  test('refuses an email address in the wrong format', async () => {
    const failure = failureOf(await changeProfile({ ...change, email: 'precious.example.com' }))

    expect(failure).toMatchObject({ kind: 'invalid', fieldErrors: { email: expect.any(String) } })
    expect(failure).toMatchObject({ details: { status: 422, errors: [{ field: 'email', code: 'email.format' }] } })
  })

  test('refuses a phone number that is not a UK one', async () => {
    const failure = failureOf(await changeProfile({ ...change, phone: '12345' }))

    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field: 'phone', code: 'phone.format' }] } })
  })

  test('refuses text alerts without a phone number', async () => {
    const failure = failureOf(await changeProfile({ ...change, phone: null, alerts: { channels: ['text'], topics: [] } }))

    expect(failure).toMatchObject({
      kind: 'invalid',
      fieldErrors: { phone: expect.any(String) },
      details: { errors: [{ field: 'phone', code: 'phone.requiredForAlerts' }] },
    })
  })

  test('refuses email alerts without an email address', async () => {
    const failure = failureOf(await changeProfile({ ...change, email: null, alerts: { channels: ['email'], topics: [] } }))

    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field: 'email', code: 'email.requiredForAlerts' }] } })
  })

  test('refuses a change that breaks the schema, naming the field', async () => {
    const failure = failureOf(await changeProfile({ ...change, language: 'fr' }))

    expect(failure).toMatchObject({ kind: 'invalid', fieldErrors: { language: expect.any(String) } })
  })

  test('a refused change leaves the profile as it was', async () => {
    const before = structuredClone(council.state.people.tenant.profile)

    await changeProfile({ ...change, email: 'nope', phone: '07700 900999' })

    expect(council.state.people.tenant.profile).toEqual(before)
  })

  test('applies a good change and returns the whole profile, keeping the name and address', async () => {
    const result = await changeProfile({
      email: ' p.okafor@example.com ',
      phone: ' 07700 900999 ',
      language: 'cy',
      alerts: { channels: ['email', 'text'], topics: ['payments'] },
    })

    const expected = {
      name: 'Precious Okafor',
      email: 'p.okafor@example.com',
      phone: '07700 900999',
      address: council.state.people.tenant.profile.address,
      language: 'cy',
      alerts: { channels: ['email', 'text'], topics: ['payments'] },
    }
    expect(result).toEqual({ ok: true, data: expected })
    expect(await clientFor().call('getProfile')).toEqual({ ok: true, data: expected })
  })

  test('takes a blank email address or phone number as none', async () => {
    const result = await changeProfile({ email: '  ', phone: '', language: 'en', alerts: { channels: [], topics: [] } })

    expect(result).toMatchObject({ ok: true, data: { email: null, phone: null } })
    expect(council.state.people.tenant.profile).toMatchObject({ email: null, phone: null })
  })

  test('refuses email alerts with a blank email address as missing, not as badly formatted', async () => {
    const failure = failureOf(await changeProfile({ ...change, email: ' ', alerts: { channels: ['email'], topics: [] } }))

    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field: 'email', code: 'email.requiredForAlerts' }] } })
  })

  test('refuses a change without the CSRF token with 403', async () => {
    signInAs('tenant')
    const before = structuredClone(council.state.people.tenant.profile)

    const response = await send('PATCH', '/me/profile', { body: { ...change, phone: '07700 900999' } })

    expect(response.status).toBe(403)
    expect(council.state.people.tenant.profile).toEqual(before)
  })

  test('accepts a change with the CSRF token sent by hand', async () => {
    const session = signInAs('tenant')

    const response = await send('PATCH', '/me/profile', {
      body: { ...change, phone: '07700 900999' },
      headers: { [CSRF_HEADER]: session.csrfToken },
    })

    expect(response.status).toBe(200)
    expect(council.state.people.tenant.profile.phone).toBe('07700 900999')
  })
})

describe('sign-in', () => {
  test.each(['//evil.example', 'https://evil.example', '\\evil', '/\\evil.example', 'your-details', '', null, undefined])(
    'safeReturnPath refuses %j and returns to the home page',
    (value) => {
      expect(safeReturnPath(value)).toBe('/')
    },
  )

  test.each(['/your-details', '/', '/requests/SR-1048213?tab=timeline'])('safeReturnPath keeps %j', (value) => {
    expect(safeReturnPath(value)).toBe(value)
  })

  test('the sign-in page offers every demo person and only a safe path to return to', async () => {
    const response = await fetch('/api/auth/sign-in?returnTo=https://evil.example')
    const page = await response.text()

    expect(response.headers.get('Content-Type')).toContain('text/html')
    for (const name of ['Precious Okafor', 'Tomasz Nowak', 'Margaret Ellis', 'Amira Haddad']) expect(page).toContain(`Sign in as ${name}`)
    expect(page).not.toContain('evil.example')
    expect(page).toContain('name="returnTo" value="/"')
  })

  test('the sign-in page escapes the path it returns to', async () => {
    const page = await (await fetch(`/api/auth/sign-in?returnTo=${encodeURIComponent('/"><script>alert(1)</script>')}`)).text()

    expect(page).not.toContain('<script>')
    expect(page).toContain('&#34;&#62;&#60;script&#62;')
  })
})

describe('POST /addresses/lookup', () => {
  test('normalises the postcode and returns its addresses, each with a 12-digit UPRN', async () => {
    const result = await clientFor().call('findAddresses', { body: { postcode: ' se5 9qt ' } })

    expect(result.ok).toBe(true)
    const addresses = result.ok ? result.data.addresses : []
    expect(addresses).toHaveLength(4)
    for (const address of addresses) {
      expect(address.uprn).toMatch(/^\d{12}$/)
      expect(address.postcode).toBe('SE5 9QT')
    }
  })

  test('finds a postcode typed without its space', async () => {
    expect(await clientFor().call('findAddresses', { body: { postcode: 'se240ln' } })).toMatchObject({
      ok: true,
      data: { addresses: { length: 3 } },
    })
  })

  test('gives an empty list for a real postcode outside the gazetteer', async () => {
    expect(await clientFor().call('findAddresses', { body: { postcode: 'SW1A 1AA' } })).toEqual({ ok: true, data: { addresses: [] } })
  })

  test('refuses a postcode that is not one with 422 on the postcode field', async () => {
    const failure = failureOf(await clientFor().call('findAddresses', { body: { postcode: 'not a postcode' } }))

    expect(failure).toMatchObject({
      kind: 'invalid',
      fieldErrors: { postcode: expect.any(String) },
      details: { errors: [{ field: 'postcode', code: 'postcode.format' }] },
    })
  })
})

describe('the reference controls', () => {
  test.each([
    ['an error rate above 1', { errorRate: 2 }],
    ['a negative count', { garbage: -1 }],
    ['a part count', { dropAfterActing: 1.5 }],
    ['too much latency', { extraLatencyMs: 120_000 }],
    ['a string', { errorRate: 'half' }],
    ['an error status that is not a failure of the council system', { errorRate: 1, errorStatus: 404 }],
    ['a Retry-After over an hour', { tooManyRequests: 1, retryAfterSeconds: 3601 }],
    ['a path that is not one', { garbage: 1, path: 'me/summary' }],
    ['a fault it does not know', { garbage: 1, slowness: 'very' }],
  ])('POST /__reference/faults refuses %s with 400 and changes nothing', async (_, faults) => {
    const response = await setFaults(faults)

    expect(response.status).toBe(400)
    expect(council.state.faults).toEqual(noFaults())
  })

  test('POST /__reference/faults refuses a body that is not JSON', async () => {
    const response = await fetch('/api/__reference/faults', { method: 'POST', body: 'garbage=1' })

    expect(response.status).toBe(400)
    expect(council.state.faults.garbage).toBe(0)
  })

  test('POST /__reference/faults changes only the faults it is given, and answers with them all', async () => {
    await setFaults({ extraLatencyMs: 5 })
    const response = await setFaults({ garbage: 2 })

    expect(await response.json()).toEqual({ ...noFaults(), extraLatencyMs: 5, garbage: 2 })
    expect(council.state.faults).toEqual({ ...noFaults(), extraLatencyMs: 5, garbage: 2 })
  })

  test('GET /__reference/applied and /__reference/feedback show what was acted on', async () => {
    await postFeedback(feedback, 'seen-1')

    expect(await (await send('GET', '/__reference/applied')).json()).toEqual({ 'seen-1': 1 })
    expect(await (await send('GET', '/__reference/feedback')).json()).toEqual([
      { ...feedback, reference: expect.any(String), personId: null },
    ])
  })

  test('POST /__reference/reset puts the council back as it was', async () => {
    await postFeedback(feedback, 'reset-1')
    await setFaults({ garbage: 3 })

    expect((await send('POST', '/__reference/reset')).status).toBe(200)

    expect(council.state.feedback).toEqual([])
    expect(council.state.applied.size).toBe(0)
    expect(council.state.faults.garbage).toBe(0)
  })

  test('GET /openapi.json serves the contract', async () => {
    const document = (await (await send('GET', '/openapi.json')).json()) as { openapi: string; servers: unknown }

    expect(document).toMatchObject({ openapi: '3.1.0', servers: [{ url: '/api' }] })
  })
})
