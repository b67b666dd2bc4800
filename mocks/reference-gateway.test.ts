import { describe, expect, test } from 'vitest'
import { createGatewayClient, CSRF_HEADER, IDEMPOTENCY_HEADER, type GatewayClientOptions } from '#src/gateway/client'
import { endpoints } from '#src/gateway/endpoints'
import type { Problem } from '#src/gateway/contract/common'
import type { ProfileChange } from '#src/gateway/contract/session'
import { council, signInAs } from '#test/gateway-server'
import { safeReturnPath } from './handlers/sign-in'
import { SESSION_COOKIE, SESSION_LIFETIME_MS } from './reference-council'

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

function postFeedback(body: unknown, idempotencyKey?: string) {
  return send('POST', '/feedback', { body, headers: idempotencyKey ? { [IDEMPOTENCY_HEADER]: idempotencyKey } : {} })
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
      data: { signedIn: true, person: { id: 'tenant', name: 'Precious Okafor', role: 'resident', tenant: true }, csrfToken: session.csrfToken, expiresAt: expect.any(String) },
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
  const signedIn = Object.entries(endpoints).filter(([, endpoint]) => endpoint.signedIn)

  test.each(signedIn)('%s answers 401 problem details without a session', async (_, endpoint) => {
    const body = endpoint.method === 'GET' ? undefined : {}

    const response = await send(endpoint.method, endpoint.path.replace(/\{\w+\}/g, 'bulky_waste'), { body, headers: { [IDEMPOTENCY_HEADER]: 'no-session' } })

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
  test('the tenant owes £186.42 rent, gets benefits and has a repair booked', async () => {
    signInAs('tenant')

    const result = await clientFor().call('getAccountSummary')

    expect(result).toEqual({
      ok: true,
      data: {
        rent: { owed: 18642, weeklyRent: 14862 },
        councilTax: null,
        parking: null,
        nextBooking: { reference: 'BK-70311', description: 'Repair: kitchen tap leaking', startsAt: expect.any(String) },
        openRequests: 1,
        benefits: { claims: 2 },
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
        nextBooking: null,
        openRequests: 0,
        benefits: null,
      },
    })
    expect(summary.ok && summary.data.parking?.penaltyChargesToPay).toHaveLength(1)
    expect(charges).toMatchObject({ ok: true, data: { penaltyCharges: [{ reference: 'SM40219876', status: 'unpaid', amount: 16000, discountedAmount: 8000 }] } })
  })

  test("the owner's next booking is the bulky waste collection", async () => {
    signInAs('owner')

    const result = await clientFor().call('getAccountSummary')

    expect(result).toMatchObject({
      ok: true,
      data: {
        rent: null,
        councilTax: { balance: 122890, nextInstalment: { amount: 24578 } },
        parking: null,
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

  test("a person's accounts are their own: the renter has no tenancy", async () => {
    signInAs('renter')

    expect(await clientFor().call('getTenancy')).toEqual({ ok: false, failure: { kind: 'not-found' } })
  })
})

describe('Idempotency-Key', () => {
  test('a replay with the same key and body returns the first answer, marked as replayed, and acts once', async () => {
    const first = await postFeedback(feedback, 'key-1')
    const replay = await postFeedback(feedback, 'key-1')

    expect(first.status).toBe(200)
    expect(first.headers.get('Idempotent-Replayed')).toBeNull()
    const { reference } = (await first.json()) as { reference: string }
    expect(reference).toMatch(/^FB-\d+$/)
    expect(replay.status).toBe(200)
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true')
    expect(await replay.json()).toEqual({ reference })
    expect(council.state.applied.get('key-1')).toBe(1)
    expect(council.state.feedback).toEqual([{ ...feedback, reference, personId: null }])
  })

  test('the same body in a different property order is the same request', async () => {
    await postFeedback(feedback, 'key-2')
    const replay = await postFeedback({ comments: feedback.comments, satisfaction: feedback.satisfaction, page: feedback.page }, 'key-2')

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
    await postFeedback(feedback, 'key-4')
    await postFeedback(feedback, 'key-5')

    expect(council.state.feedback).toHaveLength(2)
    expect(council.state.feedback[0]?.reference).not.toBe(council.state.feedback[1]?.reference)
  })

  test('the same key with a different body is refused with 422', async () => {
    await postFeedback(feedback, 'key-6')
    const other = await postFeedback({ ...feedback, comments: 'Something else' }, 'key-6')

    expect(other.status).toBe(422)
    expect(await other.json()).toMatchObject({ status: 422, title: expect.stringContaining(IDEMPOTENCY_HEADER) })
    expect(council.state.feedback).toHaveLength(1)
    expect(council.state.applied.get('key-6')).toBe(1)
  })

  test('a refusal is not kept against its key, so a corrected request can use the same key', async () => {
    const lookup = (postcode: string) => send('POST', '/addresses/lookup', { body: { postcode }, headers: { [IDEMPOTENCY_HEADER]: 'lookup-1' } })
    const refused = await lookup('nowhere')
    const corrected = await lookup('SE5 9QT')

    expect(refused.status).toBe(422)
    expect(refused.headers.get('Content-Type')).toContain('application/problem+json')
    expect(corrected.status).toBe(200)
    expect(corrected.headers.get('Idempotent-Replayed')).toBeNull()
    expect(council.state.applied.get('lookup-1')).toBe(1)
  })

  test('a POST without a key is refused with 400 and not acted on', async () => {
    const response = await postFeedback(feedback)

    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ status: 400, title: expect.stringContaining(IDEMPOTENCY_HEADER) })
    expect(council.state.feedback).toEqual([])
  })

  test('a body that is not JSON is refused with 400', async () => {
    const response = await fetch('/api/feedback', { method: 'POST', headers: { [IDEMPOTENCY_HEADER]: 'key-7' }, body: 'page=/bins' })

    expect(response.status).toBe(400)
    expect(council.state.feedback).toEqual([])
  })

  test('a body that breaks the schema is refused with 422 naming the field', async () => {
    const response = await postFeedback({ ...feedback, satisfaction: 'ecstatic' }, 'key-8')

    expect(response.status).toBe(422)
    expect(((await response.json()) as Problem).errors).toContainEqual(expect.objectContaining({ field: 'satisfaction' }))
    expect(council.state.feedback).toEqual([])
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
  const change: ProfileChange = { email: 'precious.okafor@example.com', phone: '07700 900123', language: 'en', alerts: { channels: ['text'], topics: ['requests'] } }

  /** Signs in as the tenant and sends the change, which need not be valid. */
  async function changeProfile(body: ProfileChange | Record<string, unknown>) {
    signInAs('tenant')
    return clientFor().call('changeProfile', { body: body as ProfileChange })
  }

  test('refuses an email address in the wrong format', async () => {
    const failure = failureOf(await changeProfile({ ...change, email: 'precious.example.com' }))

    expect(failure).toMatchObject({ kind: 'invalid', fieldErrors: { email: expect.any(String) } })
    expect(failure).toMatchObject({ problem: { status: 422, errors: [{ field: 'email', code: 'email.format' }] } })
  })

  test('refuses a phone number that is not a UK one', async () => {
    const failure = failureOf(await changeProfile({ ...change, phone: '12345' }))

    expect(failure).toMatchObject({ kind: 'invalid', problem: { errors: [{ field: 'phone', code: 'phone.format' }] } })
  })

  test('refuses text alerts without a phone number', async () => {
    const failure = failureOf(await changeProfile({ ...change, phone: null, alerts: { channels: ['text'], topics: [] } }))

    expect(failure).toMatchObject({ kind: 'invalid', fieldErrors: { phone: expect.any(String) }, problem: { errors: [{ field: 'phone', code: 'phone.requiredForAlerts' }] } })
  })

  test('refuses email alerts without an email address', async () => {
    const failure = failureOf(await changeProfile({ ...change, email: null, alerts: { channels: ['email'], topics: [] } }))

    expect(failure).toMatchObject({ kind: 'invalid', problem: { errors: [{ field: 'email', code: 'email.requiredForAlerts' }] } })
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
    const result = await changeProfile({ email: ' p.okafor@example.com ', phone: ' 07700 900999 ', language: 'cy', alerts: { channels: ['email', 'text'], topics: ['payments'] } })

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

    expect(failure).toMatchObject({ kind: 'invalid', problem: { errors: [{ field: 'email', code: 'email.requiredForAlerts' }] } })
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

    const response = await send('PATCH', '/me/profile', { body: { ...change, phone: '07700 900999' }, headers: { [CSRF_HEADER]: session.csrfToken } })

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
    expect(await clientFor().call('findAddresses', { body: { postcode: 'se240ln' } })).toMatchObject({ ok: true, data: { addresses: { length: 3 } } })
  })

  test('gives an empty list for a real postcode outside the gazetteer', async () => {
    expect(await clientFor().call('findAddresses', { body: { postcode: 'SW1A 1AA' } })).toEqual({ ok: true, data: { addresses: [] } })
  })

  test('refuses a postcode that is not one with 422 on the postcode field', async () => {
    const failure = failureOf(await clientFor().call('findAddresses', { body: { postcode: 'not a postcode' } }))

    expect(failure).toMatchObject({ kind: 'invalid', fieldErrors: { postcode: expect.any(String) }, problem: { errors: [{ field: 'postcode', code: 'postcode.format' }] } })
  })
})

describe('the reference controls', () => {
  test.each([
    ['an error rate above 1', { errorRate: 2 }],
    ['a negative count', { garbage: -1 }],
    ['a part count', { dropAfterActing: 1.5 }],
    ['too much latency', { extraLatencyMs: 120_000 }],
    ['a string', { errorRate: 'half' }],
  ])('POST /__reference/faults refuses %s with 400 and changes nothing', async (_, faults) => {
    const response = await setFaults(faults)

    expect(response.status).toBe(400)
    expect(council.state.faults).toEqual({ errorRate: 0, extraLatencyMs: 0, dropAfterActing: 0, garbage: 0 })
  })

  test('POST /__reference/faults refuses a body that is not JSON', async () => {
    const response = await fetch('/api/__reference/faults', { method: 'POST', body: 'garbage=1' })

    expect(response.status).toBe(400)
    expect(council.state.faults.garbage).toBe(0)
  })

  test('POST /__reference/faults changes only the faults it is given, and answers with them all', async () => {
    await setFaults({ extraLatencyMs: 5 })
    const response = await setFaults({ garbage: 2 })

    expect(await response.json()).toEqual({ errorRate: 0, extraLatencyMs: 5, dropAfterActing: 0, garbage: 2 })
    expect(council.state.faults).toEqual({ errorRate: 0, extraLatencyMs: 5, dropAfterActing: 0, garbage: 2 })
  })

  test('GET /__reference/applied and /__reference/feedback show what was acted on', async () => {
    await postFeedback(feedback, 'seen-1')

    expect(await (await send('GET', '/__reference/applied')).json()).toEqual({ 'seen-1': 1 })
    expect(await (await send('GET', '/__reference/feedback')).json()).toEqual([{ ...feedback, reference: expect.any(String), personId: null }])
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
