import { describe, expect, test, vi } from 'vitest'
import { CSRF_HEADER, IDEMPOTENCY_HEADER } from '#src/gateway/client'
import { csrfProblemType } from '#src/gateway/contract/common'
import { directGateway } from '#test/gateway-server'
import { largestRequestBytes, toMswPath } from './gateway-route'
import { SESSION_COOKIE, SESSION_LIFETIME_MS, SHARED_DEVICE_SESSION_LIFETIME_MS } from './reference-council'

const json = (value: unknown) => ({ body: JSON.stringify(value), headers: { 'Content-Type': 'application/json' } })

function cookieAttributes(response: Response | undefined) {
  const cookies = response?.headers.getSetCookie() ?? []
  expect(cookies).toHaveLength(1)
  return (cookies[0] ?? '').split(';').map((part) => part.trim())
}

describe('routing', () => {
  test('a route answers only directly below the base path', async () => {
    const gateway = directGateway()
    const { id } = gateway.council.startSession('tenant')

    expect((await gateway.ask('GET', '/api/me/profile', { sessionId: id }))?.status).toBe(200)
    for (const path of [
      '/api/x/api/me/profile',
      '/elsewhere/api/me/profile',
      '/api/me/profile/more',
      '/apiary/me/profile',
      '/me/profile',
    ]) {
      expect(await gateway.ask('GET', path, { sessionId: id }), path).toBeUndefined()
    }
  })

  test('the sign-in page and the reference controls are only where they belong too', async () => {
    const gateway = directGateway({ referenceControls: true })

    expect((await gateway.ask('GET', '/api/auth/sign-in'))?.status).toBe(200)
    expect(await gateway.ask('GET', '/evil/api/auth/sign-in')).toBeUndefined()
    expect(await gateway.ask('POST', '/somewhere/api/__reference/reset')).toBeUndefined()
  })

  test('path parameters are one whole segment', async () => {
    const gateway = directGateway()

    expect((await gateway.ask('GET', '/api/services/missed-bin'))?.status).toBe(200)
    expect(await gateway.ask('GET', '/api/services/missed-bin/extra')).toBeUndefined()
  })

  test('a base path on another site matches that site only', () => {
    const route = toMswPath('https://gateway.example.gov.uk/myaccount', '/services/{serviceCode}')
    const match = (url: string) => route({ request: new Request(url), cookies: {} })

    expect(match('https://gateway.example.gov.uk/myaccount/services/pothole?x=1')).toEqual({
      matches: true,
      params: { serviceCode: 'pothole' },
    })
    expect(match('https://evil.example/myaccount/services/pothole')).toBe(false)
    expect(match('https://gateway.example.gov.uk/x/myaccount/services/pothole')).toBe(false)
  })

  test('a path parameter is decoded, and one that cannot be is no route rather than a failure', async () => {
    const gateway = directGateway()

    expect(await (await gateway.ask('GET', '/api/services/missed%2Dbin'))?.json()).toMatchObject({ serviceCode: 'missed-bin' })
    expect(await gateway.ask('GET', '/api/services/%E0%A4%A')).toBeUndefined()
  })
})

describe('the reference controls', () => {
  const controls: [string, string][] = [
    ['POST', '/api/__reference/faults'],
    ['POST', '/api/__reference/expire-sessions'],
    ['POST', '/api/__reference/reset'],
    ['GET', '/api/__reference/applied'],
    ['GET', '/api/__reference/feedback'],
  ]

  test.each(controls)('%s %s is not served unless they are turned on', async (method, path) => {
    const gateway = directGateway()
    const { id } = gateway.council.startSession('tenant')

    expect(await gateway.ask(method, path, method === 'POST' ? json({}) : {})).toBeUndefined()
    expect(gateway.council.sessionFor(id)).not.toBeNull()
  })

  test.each(controls)('%s %s is served when they are turned on', async (method, path) => {
    const gateway = directGateway({ referenceControls: true })

    expect((await gateway.ask(method, path, method === 'POST' ? json({}) : {}))?.status).toBe(200)
  })

  test('the contract is served either way', async () => {
    for (const referenceControls of [false, true]) {
      const answer = await directGateway({ referenceControls }).ask('GET', '/api/openapi.json')
      expect(await answer?.json()).toMatchObject({ openapi: '3.1.0' })
    }
  })
})

describe('the session cookie', () => {
  test('is given again, with its whole lifetime, on every answer while the session lasts, because the session slides', async () => {
    const gateway = directGateway()
    const session = gateway.council.startSession('tenant')

    for (const [method, path, body] of [
      ['GET', '/api/session', undefined],
      ['GET', '/api/me/summary', undefined],
      ['POST', '/api/feedback', { page: '/', satisfaction: null, comments: 'Fine' }],
    ] as const) {
      const answer = await gateway.ask(method, path, {
        sessionId: session.id,
        ...(body ? json(body) : {}),
        headers: { 'Content-Type': 'application/json', [CSRF_HEADER]: session.csrfToken, [IDEMPOTENCY_HEADER]: 'cookie-1' },
      })
      expect(answer?.status, path).toBe(200)
      expect(cookieAttributes(answer)).toEqual([
        `${SESSION_COOKIE}=${session.id}`,
        'Path=/',
        'HttpOnly',
        'SameSite=Lax',
        `Max-Age=${SESSION_LIFETIME_MS / 1000}`,
      ])
    }
  })

  test('lasts the shorter lifetime of a session on a shared computer', async () => {
    const gateway = directGateway()
    const session = gateway.council.startSession('tenant', Date.now(), true)

    expect(cookieAttributes(await gateway.ask('GET', '/api/me/summary', { sessionId: session.id }))).toContain(
      `Max-Age=${SHARED_DEVICE_SESSION_LIFETIME_MS / 1000}`,
    )
  })

  test('is not given without a live session, and signing out only clears it', async () => {
    const gateway = directGateway()
    const session = gateway.council.startSession('tenant')

    expect((await gateway.ask('GET', '/api/session'))?.headers.getSetCookie()).toEqual([])
    expect((await gateway.ask('GET', '/api/session', { sessionId: 'not-a-session' }))?.headers.getSetCookie()).toEqual([])
    const signedOut = await gateway.ask('POST', '/api/auth/sign-out', {
      sessionId: session.id,
      ...json({}),
      headers: { 'Content-Type': 'application/json', [CSRF_HEADER]: session.csrfToken, [IDEMPOTENCY_HEADER]: 'out-1' },
    })
    expect(cookieAttributes(signedOut)).toEqual(expect.arrayContaining([`${SESSION_COOKIE}=`, 'Max-Age=0']))
  })

  test('is Secure over https', async () => {
    const gateway = directGateway({}, 'https://myaccount.example')
    const session = gateway.council.startSession('tenant')

    expect(cookieAttributes(await gateway.ask('GET', '/api/session', { sessionId: session.id }))).toContain('Secure')
  })

  test('is Secure behind a proxy that says it took https, only when the proxy is trusted', async () => {
    const forwarded = { headers: { 'X-Forwarded-Proto': 'https' } }
    const trusting = directGateway({ trustForwardedProto: true })
    const notTrusting = directGateway()

    const trusted = await trusting.ask('GET', '/api/session', { ...forwarded, sessionId: trusting.council.startSession('tenant').id })
    const untrusted = await notTrusting.ask('GET', '/api/session', {
      ...forwarded,
      sessionId: notTrusting.council.startSession('tenant').id,
    })
    const plainHttp = await trusting.ask('GET', '/api/session', { sessionId: trusting.council.startSession('tenant').id })

    expect(cookieAttributes(trusted)).toContain('Secure')
    expect(cookieAttributes(untrusted)).not.toContain('Secure')
    expect(cookieAttributes(plainHttp)).not.toContain('Secure')
  })
})

describe('what the gateway refuses before acting', () => {
  test('a write with a session but without its CSRF token is a 403 with the CSRF problem type', async () => {
    const gateway = directGateway()
    const session = gateway.council.startSession('tenant')

    const answer = await gateway.ask('POST', '/api/feedback', {
      sessionId: session.id,
      ...json({ page: '/', satisfaction: null, comments: 'Hi' }),
      headers: { 'Content-Type': 'application/json', [IDEMPOTENCY_HEADER]: 'csrf-1' },
    })

    expect(answer?.status).toBe(403)
    expect(answer?.headers.get('Content-Type')).toBe('application/problem+json')
    expect(await answer?.json()).toMatchObject({ type: csrfProblemType, status: 403 })
    expect(gateway.council.state.feedback).toEqual([])
  })

  test(`a body said to be over ${largestRequestBytes} bytes is refused with 413 before it is read`, async () => {
    const gateway = directGateway()

    const answer = await gateway.ask('POST', '/api/feedback', {
      body: '{}',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(largestRequestBytes + 1), [IDEMPOTENCY_HEADER]: 'big-1' },
    })

    expect(answer?.status).toBe(413)
    expect(answer?.headers.get('Content-Type')).toBe('application/problem+json')
    expect(await answer?.json()).toMatchObject({ status: 413, title: expect.any(String) })
  })

  test('a body over the limit that does not say its length is refused with 413 too', async () => {
    const gateway = directGateway()
    const comments = 'x'.repeat(largestRequestBytes)

    const answer = await gateway.ask('POST', '/api/feedback', {
      ...json({ page: '/', satisfaction: null, comments }),
      headers: { 'Content-Type': 'application/json', [IDEMPOTENCY_HEADER]: 'big-2' },
    })

    expect(answer?.status).toBe(413)
    expect(gateway.council.state.feedback).toEqual([])
  })
})

describe('the same Idempotency-Key at once', () => {
  test('requests sent together under one key are acted on once, and each is answered as the first was', async () => {
    const gateway = directGateway()
    const session = gateway.council.startSession('tenant')
    const feedback = { page: '/', satisfaction: null, comments: 'Sent from a shaky connection' }

    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        gateway.ask('POST', '/api/feedback', {
          sessionId: session.id,
          ...json(feedback),
          headers: { 'Content-Type': 'application/json', [CSRF_HEADER]: session.csrfToken, [IDEMPOTENCY_HEADER]: 'together-1' },
        }),
      ),
    )

    expect(answers.map((answer) => answer?.status)).toEqual(Array(8).fill(200))
    const bodies = await Promise.all(answers.map((answer) => answer?.json()))
    expect(new Set(bodies.map((body) => JSON.stringify(body))).size).toBe(1)
    expect(answers.filter((answer) => answer?.headers.get('Idempotent-Replayed') === 'true')).toHaveLength(7)
    expect(gateway.council.state.feedback).toHaveLength(1)
    expect(gateway.council.state.applied.get('together-1')).toBe(1)
    expect(gateway.council.state.acting.size).toBe(0)
  })
})

describe('faults', () => {
  test('errorStatus sets the status that errorRate answers with', async () => {
    const gateway = directGateway()
    Object.assign(gateway.council.state.faults, { errorRate: 1, errorStatus: 502 })

    const answer = await gateway.ask('GET', '/api/services')

    expect(answer?.status).toBe(502)
    expect(await answer?.json()).toMatchObject({ status: 502 })
  })

  test('tooManyRequests answers the next calls 429 with Retry-After, then lets calls through', async () => {
    const gateway = directGateway()
    Object.assign(gateway.council.state.faults, { tooManyRequests: 1, retryAfterSeconds: 7 })

    const limited = await gateway.ask('POST', '/api/feedback', {
      ...json({ page: '/', satisfaction: null, comments: 'Hi' }),
      headers: { 'Content-Type': 'application/json', [IDEMPOTENCY_HEADER]: 'limited-1' },
    })
    const next = await gateway.ask('GET', '/api/services')

    expect(limited?.status).toBe(429)
    expect(limited?.headers.get('Retry-After')).toBe('7')
    expect(limited?.headers.get('Content-Type')).toBe('application/problem+json')
    expect(gateway.council.state.feedback).toEqual([])
    expect(next?.status).toBe(200)
  })

  test('malformed answers the next call 200 with a body that is not JSON, then answers properly', async () => {
    const gateway = directGateway()
    gateway.council.state.faults.malformed = 1

    const broken = await gateway.ask('GET', '/api/services')
    const next = await gateway.ask('GET', '/api/services')

    expect(broken?.status).toBe(200)
    await expect(broken?.json()).rejects.toThrow()
    expect(await next?.json()).toMatchObject({ services: expect.any(Array) })
  })

  test('unanswered holds the next call, without acting, until the council is reset', async () => {
    const gateway = directGateway()
    gateway.council.state.faults.unanswered = 1
    let settled = false

    const held = gateway.ask('POST', '/api/feedback', {
      ...json({ page: '/', satisfaction: null, comments: 'Hello?' }),
      headers: { 'Content-Type': 'application/json', [IDEMPOTENCY_HEADER]: 'held-1' },
    })
    void held.finally(() => {
      settled = true
    })
    await vi.waitFor(() => expect(gateway.council.heldCallCount()).toBe(1))

    expect(settled).toBe(false)
    expect(gateway.council.state.faults.unanswered).toBe(0)
    expect((await gateway.ask('GET', '/api/services'))?.status).toBe(200)
    expect(gateway.council.state.feedback).toEqual([])

    gateway.council.reset()

    expect((await held)?.type).toBe('error')
    expect(gateway.council.heldCallCount()).toBe(0)
  })

  test('with a path, faults apply only to calls below it', async () => {
    const gateway = directGateway()
    const { id } = gateway.council.startSession('tenant')
    Object.assign(gateway.council.state.faults, { garbage: 1, path: '/me/summary' })

    const elsewhere = await gateway.ask('GET', '/api/services')
    const there = await gateway.ask('GET', '/api/me/summary', { sessionId: id })

    expect(await elsewhere?.json()).toMatchObject({ services: expect.any(Array) })
    expect(await there?.json()).toEqual({ unexpected: 'shape' })
    expect(gateway.council.state.faults.garbage).toBe(0)
  })

  test('never apply to the contract, the reference controls or the sign-in page', async () => {
    const gateway = directGateway({ referenceControls: true })
    Object.assign(gateway.council.state.faults, { errorRate: 1, garbage: 5, malformed: 5, tooManyRequests: 5 })

    expect(await (await gateway.ask('GET', '/api/openapi.json'))?.json()).toMatchObject({ openapi: '3.1.0' })
    expect((await gateway.ask('GET', '/api/__reference/applied'))?.status).toBe(200)
    expect((await gateway.ask('GET', '/api/auth/sign-in'))?.headers.get('Content-Type')).toContain('text/html')
    expect(gateway.council.state.faults).toMatchObject({ garbage: 5, malformed: 5, tooManyRequests: 5 })
  })
})
