import { delay, http, HttpResponse } from 'msw'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import {
  CORRELATION_HEADER,
  createGatewayClient,
  CSRF_HEADER,
  IDEMPOTENCY_HEADER,
  parseRetryAfter,
  type GatewayClientOptions,
} from './client'
import { slotTaken, slotTakenProblemType } from './contract/bookings'
import { csrfProblemType, type ProblemDetails } from './contract/common'
import type { ProfileChange } from './contract/session'

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const feedback = { page: '/your-details', satisfaction: 'satisfied', comments: 'Easy to use' } as const
const profileChange: ProfileChange = {
  email: 'precious@example.com',
  phone: null,
  language: 'en',
  alerts: { channels: ['email'], topics: [] },
}
const services = { services: [] }

function clientFor(options: Partial<GatewayClientOptions> = {}) {
  return createGatewayClient({ baseUrl: '/api', backoffMs: 0, timeoutMs: 100, ...options })
}

function problemAnswer(problem: ProblemDetails, headers: Record<string, string> = {}) {
  return HttpResponse.json(problem, { status: problem.status, headers: { 'Content-Type': 'application/problem+json', ...headers } })
}

/** Answers each attempt in turn with the next of `answers` (the last one over and over), and keeps the requests. */
function sequence(answers: (() => Response | Promise<Response>)[]) {
  const requests: Request[] = []
  const resolver = ({ request }: { request: Request }) => {
    requests.push(request.clone())
    const answer = answers[Math.min(requests.length, answers.length) - 1]
    if (!answer) throw new Error('sequence needs at least one answer')
    return answer()
  }
  return { requests, resolver }
}

/** Records the requests that reach a path, then lets the reference gateway answer them. */
function watch(method: 'get' | 'post' | 'patch', path: string) {
  const requests: Request[] = []
  gatewayServer.use(
    http[method](`*/api${path}`, ({ request }) => {
      requests.push(request.clone())
    }),
  )
  return requests
}

const unavailable = () => problemAnswer({ title: 'Down', status: 503 })
const servicesOk = () => HttpResponse.json(services)

describe('where the gateway is', () => {
  test('calls the path below the base URL it is given, relative to the page', async () => {
    const { requests, resolver } = sequence([servicesOk])
    gatewayServer.use(http.get('*/council-gateway/v2/services', resolver))

    const result = await clientFor({ baseUrl: '/council-gateway/v2/' }).call('listServices')

    expect(result).toEqual({ ok: true, data: services })
    expect(requests.map((request) => request.url)).toEqual([`${location.origin}/council-gateway/v2/services`])
  })

  test('calls an absolute base URL on another origin', async () => {
    const { requests, resolver } = sequence([servicesOk])
    gatewayServer.use(http.get('https://gateway.southmere.example.gov.uk/myaccount/services', resolver))

    const result = await clientFor({ baseUrl: 'https://gateway.southmere.example.gov.uk/myaccount' }).call('listServices')

    expect(result).toEqual({ ok: true, data: services })
    expect(requests).toHaveLength(1)
  })

  test('fills in path parameters, encoded', async () => {
    const requests = watch('get', '/services/:serviceCode')

    const result = await clientFor().call('getServiceDefinition', { params: { serviceCode: 'missed bin/2' } })

    expect(result).toEqual({ ok: false, failure: { kind: 'not-found' } })
    expect(new URL(requests[0]?.url ?? '').pathname).toBe('/api/services/missed%20bin%2F2')
  })

  test('reports a missing path parameter as a broken contract without calling the gateway', async () => {
    const requests = watch('get', '/services/:serviceCode')

    const result = await clientFor().call('getServiceDefinition')

    expect(result).toEqual({ ok: false, failure: { kind: 'broken-contract', detail: expect.stringContaining('serviceCode') } })
    expect(requests).toHaveLength(0)
  })

  test('uses the fetch it is given', async () => {
    const calls: string[] = []
    const client = clientFor({
      fetch: async (input) => {
        calls.push(String(input))
        return Response.json(services)
      },
    })

    expect(await client.call('listServices')).toEqual({ ok: true, data: services })
    expect(calls).toEqual([`${location.origin}/api/services`])
  })
})

describe('what every call carries', () => {
  test('sends cookies with credentials: include, so the session reaches the gateway', async () => {
    const requests = watch('get', '/session')
    signInAs('tenant')

    const result = await clientFor().call('getSession')

    expect(requests[0]?.credentials).toBe('include')
    expect(result).toMatchObject({ ok: true, data: { signedIn: true, person: { id: 'tenant' } } })
  })

  test('asks for JSON', async () => {
    const requests = watch('get', '/services')

    await clientFor().call('listServices')

    expect(requests[0]?.headers.get('Accept')).toBe('application/json')
  })

  test('sends a correlation id, the same on every retry of one call and a new one for the next call', async () => {
    const { requests, resolver } = sequence([unavailable, unavailable, servicesOk])
    gatewayServer.use(http.get('*/api/services', resolver))
    const client = clientFor()

    await client.call('listServices')
    await client.call('listServices')

    const ids = requests.map((request) => request.headers.get(CORRELATION_HEADER))
    expect(ids).toHaveLength(4)
    expect(ids[0]).toMatch(uuid)
    expect(ids[1]).toBe(ids[0])
    expect(ids[2]).toBe(ids[0])
    expect(ids[3]).toMatch(uuid)
    expect(ids[3]).not.toBe(ids[0])
  })

  test('makes ids with the newId it is given', async () => {
    const requests = watch('get', '/services')
    let count = 0

    await clientFor({ newId: () => `id-${++count}` }).call('listServices')

    expect(requests[0]?.headers.get(CORRELATION_HEADER)).toBe('id-1')
  })

  test('sends no Idempotency-Key, CSRF token or body on a read', async () => {
    const requests = watch('get', '/me/profile')
    signInAs('tenant')

    await clientFor().call('getProfile')

    expect(requests[0]?.headers.get(IDEMPOTENCY_HEADER)).toBeNull()
    expect(requests[0]?.headers.get(CSRF_HEADER)).toBeNull()
    expect(requests[0]?.body).toBeNull()
  })
})

describe('writes', () => {
  test('send the CSRF token from GET /session, which the gateway requires of a signed-in write', async () => {
    const session = signInAs('tenant')
    const requests = watch('post', '/feedback')

    const result = await clientFor().call('sendFeedback', { body: feedback })

    expect(result).toMatchObject({ ok: true, data: { reference: expect.any(String) } })
    expect(requests[0]?.headers.get(CSRF_HEADER)).toBe(session.csrfToken)
    expect(council.state.feedback).toMatchObject([{ ...feedback, personId: 'tenant' }])
  })

  test('without the CSRF token the gateway refuses a signed-in write with 403', async () => {
    signInAs('tenant')

    const response = await fetch('/api/feedback', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', [IDEMPOTENCY_HEADER]: 'no-csrf' },
      body: JSON.stringify(feedback),
    })

    expect(response.status).toBe(403)
    expect(council.state.feedback).toEqual([])
  })

  test('a write with a token from an earlier session asks for the new session, and goes with its token', async () => {
    signInAs('tenant')
    const client = clientFor()
    await client.call('getSession')
    council.expireAllSessions()
    const newSession = signInAs('tenant')
    const requests = watch('post', '/feedback')

    const result = await client.call('sendFeedback', { body: feedback })

    expect(result).toMatchObject({ ok: true, data: { reference: expect.any(String) } })
    expect(requests.map((request) => request.headers.get(CSRF_HEADER))).toEqual([expect.any(String), newSession.csrfToken])
    expect(requests[0]?.headers.get(CSRF_HEADER)).not.toBe(newSession.csrfToken)
    expect(new Set(requests.map((request) => request.headers.get(IDEMPOTENCY_HEADER))).size).toBe(1)
    expect(council.state.feedback).toHaveLength(1)
  })

  test('a 403 for a stale CSRF token is tried once more with a fresh token, and never twice', async () => {
    signInAs('tenant')
    const stale = () => problemAnswer({ type: csrfProblemType, title: 'The request did not carry the right CSRF token', status: 403 })
    const { requests, resolver } = sequence([stale])
    gatewayServer.use(http.post('*/api/feedback', resolver))
    const sessionRequests = watch('get', '/session')

    const result = await clientFor().call('sendFeedback', { body: feedback })

    expect(result).toEqual({ ok: false, failure: { kind: 'forbidden' } })
    expect(requests).toHaveLength(2)
    expect(sessionRequests).toHaveLength(2)
  })

  test('a 403 on a write sent with no token is tried again with the token of the session now', async () => {
    const session = signInAs('tenant')
    // The session is asked for while the gateway still thinks nobody is signed in: the write first goes with no token.
    let sessionAnswers = 0
    gatewayServer.use(http.get('*/api/session', () => (++sessionAnswers === 1 ? HttpResponse.json({ signedIn: false }) : undefined)))
    const requests = watch('post', '/feedback')

    const result = await clientFor().call('sendFeedback', { body: feedback })

    expect(result).toMatchObject({ ok: true })
    expect(requests.map((request) => request.headers.get(CSRF_HEADER))).toEqual([null, session.csrfToken])
    expect(council.state.feedback).toMatchObject([{ personId: 'tenant' }])
  })

  test('a 403 that is not about the token is final, with no second try', async () => {
    const session = signInAs('tenant')
    const { requests, resolver } = sequence([() => problemAnswer({ title: 'Only contact-centre staff can do this', status: 403 })])
    gatewayServer.use(http.post('*/api/feedback', resolver))

    const result = await clientFor().call('sendFeedback', { body: feedback })

    expect(result).toEqual({ ok: false, failure: { kind: 'forbidden' } })
    expect(requests.map((request) => request.headers.get(CSRF_HEADER))).toEqual([session.csrfToken])
  })

  test('a write is not sent without a token when the session cannot be asked for, and the reason is given', async () => {
    signInAs('tenant')
    gatewayServer.use(http.get('*/api/session', () => HttpResponse.error()))
    const requests = watch('post', '/feedback')

    const result = await clientFor({ retries: 0 }).call('sendFeedback', { body: feedback })

    expect(result).toEqual({ ok: false, failure: { kind: 'offline' } })
    expect(requests).toHaveLength(0)
  })

  test('a write whose retry comes after the token was refreshed goes with the fresh token', async () => {
    signInAs('tenant')
    const client = clientFor()
    await client.call('getSession')
    council.expireAllSessions()
    const newSession = signInAs('tenant')
    // The first try is lost; by the retry, another call has asked for the new session.
    const { requests, resolver } = sequence([
      async () => {
        await client.call('getSession')
        return HttpResponse.error()
      },
      () => HttpResponse.json({ reference: 'FB-2' }),
    ])
    gatewayServer.use(http.post('*/api/feedback', resolver))

    const result = await client.call('sendFeedback', { body: feedback })

    expect(result).toEqual({ ok: true, data: { reference: 'FB-2' } })
    expect(requests[1]?.headers.get(CSRF_HEADER)).toBe(newSession.csrfToken)
  })

  test('ask GET /session for the token once, then reuse it', async () => {
    signInAs('tenant')
    const sessionRequests = watch('get', '/session')
    const client = clientFor()

    await client.call('sendFeedback', { body: feedback })
    await client.call('sendFeedback', { body: feedback })

    expect(sessionRequests).toHaveLength(1)
    expect(council.state.feedback).toHaveLength(2)
  })

  test('forget the token after a signed-out answer, and after forgetSession, and ask again', async () => {
    signInAs('tenant')
    const sessionRequests = watch('get', '/session')
    const client = clientFor()
    await client.call('sendFeedback', { body: feedback })

    council.expireAllSessions()
    expect(await client.call('getProfile')).toEqual({ ok: false, failure: { kind: 'signed-out' } })
    const newSession = signInAs('tenant')
    const feedbackRequests = watch('post', '/feedback')
    expect(await client.call('sendFeedback', { body: feedback })).toMatchObject({ ok: true })
    expect(feedbackRequests[0]?.headers.get(CSRF_HEADER)).toBe(newSession.csrfToken)

    client.forgetSession()
    await client.call('sendFeedback', { body: feedback })
    expect(sessionRequests).toHaveLength(3)
  })

  test('send the body as JSON', async () => {
    const requests = watch('post', '/feedback')

    await clientFor().call('sendFeedback', { body: feedback })

    expect(requests[0]?.headers.get('Content-Type')).toBe('application/json')
    expect(await requests[0]?.json()).toEqual(feedback)
  })

  test('every POST carries a new Idempotency-Key', async () => {
    const requests = watch('post', '/feedback')
    const client = clientFor()

    await client.call('sendFeedback', { body: feedback })
    await client.call('sendFeedback', { body: feedback })

    const keys = requests.map((request) => request.headers.get(IDEMPOTENCY_HEADER))
    expect(keys[0]).toMatch(uuid)
    expect(keys[1]).toMatch(uuid)
    expect(keys[1]).not.toBe(keys[0])
    expect(council.state.feedback).toHaveLength(2)
  })

  test("a POST uses the caller's Idempotency-Key when given", async () => {
    const requests = watch('post', '/feedback')

    await clientFor().call('sendFeedback', { body: feedback, idempotencyKey: 'outbox-item-7' })

    expect(requests[0]?.headers.get(IDEMPOTENCY_HEADER)).toBe('outbox-item-7')
    expect(council.state.applied.get('outbox-item-7')).toBe(1)
  })

  test('a POST sends the same Idempotency-Key on every retry', async () => {
    const { requests, resolver } = sequence([unavailable, () => HttpResponse.error(), () => HttpResponse.json({ reference: 'FB-1' })])
    gatewayServer.use(http.post('*/api/feedback', resolver))

    const result = await clientFor().call('sendFeedback', { body: feedback })

    expect(result).toEqual({ ok: true, data: { reference: 'FB-1' } })
    const keys = requests.map((request) => request.headers.get(IDEMPOTENCY_HEADER))
    expect(keys).toHaveLength(3)
    expect(keys[0]).toMatch(uuid)
    expect(new Set(keys).size).toBe(1)
  })

  test('a PATCH carries no Idempotency-Key', async () => {
    signInAs('tenant')
    const requests = watch('patch', '/me/profile')

    const result = await clientFor().call('changeProfile', { body: profileChange })

    expect(result).toMatchObject({ ok: true, data: { email: 'precious@example.com' } })
    expect(requests[0]?.headers.get(IDEMPOTENCY_HEADER)).toBeNull()
  })
})

describe('when the network lets us down', () => {
  test('no answer within timeoutMs is a timeout', async () => {
    gatewayServer.use(
      http.get('*/api/services', async () => {
        await delay(500)
        return servicesOk()
      }),
    )

    const result = await clientFor({ timeoutMs: 20, retries: 0 }).call('listServices')

    expect(result).toEqual({ ok: false, failure: { kind: 'timeout' } })
  })

  test('an answer whose body stops arriving is a timeout too', async () => {
    gatewayServer.use(
      http.get('*/api/services', () => {
        const stalled = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"services":'))
          },
        })
        return new HttpResponse(stalled, { headers: { 'Content-Type': 'application/json' } })
      }),
    )

    const result = await clientFor({ timeoutMs: 30, retries: 0 }).call('listServices')

    expect(result).toEqual({ ok: false, failure: { kind: 'timeout' } })
  })

  test('a network error is offline', async () => {
    gatewayServer.use(http.get('*/api/services', () => HttpResponse.error()))

    expect(await clientFor().call('listServices')).toEqual({ ok: false, failure: { kind: 'offline' } })
  })

  test('a connection that breaks halfway through the body is offline, not a broken contract', async () => {
    gatewayServer.use(
      http.get('*/api/services', () => {
        const broken = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"services":'))
            controller.error(new TypeError('terminated'))
          },
        })
        return new HttpResponse(broken, { headers: { 'Content-Type': 'application/json' } })
      }),
    )

    expect(await clientFor({ retries: 0 }).call('listServices')).toEqual({ ok: false, failure: { kind: 'offline' } })
  })

  test('timeouts and network errors are retried, and a later answer is used', async () => {
    const { requests, resolver } = sequence([
      async () => {
        await delay(300)
        return servicesOk()
      },
      () => HttpResponse.error(),
      servicesOk,
    ])
    gatewayServer.use(http.get('*/api/services', resolver))

    const result = await clientFor({ timeoutMs: 30 }).call('listServices')

    expect(result).toEqual({ ok: true, data: services })
    expect(requests).toHaveLength(3)
  })

  test('stops at once when the caller aborts', async () => {
    const { requests, resolver } = sequence([
      async () => {
        await delay(300)
        return servicesOk()
      },
    ])
    gatewayServer.use(http.get('*/api/services', resolver))
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 10)

    const result = await clientFor({ timeoutMs: 1000 }).call('listServices', { signal: controller.signal })

    expect(result).toEqual({ ok: false, failure: { kind: 'offline' } })
    expect(requests).toHaveLength(1)
  })

  test('gives up after a single try when the caller has already aborted', async () => {
    const calls: string[] = []
    const controller = new AbortController()
    controller.abort()
    const client = clientFor({
      timeoutMs: 1000,
      fetch: async (input, init) => {
        calls.push(String(input))
        if (init?.signal?.aborted) throw new DOMException('Aborted', 'AbortError')
        return Response.json(services)
      },
    })

    const result = await client.call('listServices', { signal: controller.signal })

    expect(result).toEqual({ ok: false, failure: { kind: 'offline' } })
    expect(calls).toHaveLength(1)
  })
})

describe('when the browser knows it is offline', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  const browserOffline = () => vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)

  test('a read fails at once as offline, with nothing sent and no retries waited for', async () => {
    browserOffline()
    const calls: string[] = []
    const client = clientFor({
      backoffMs: 60_000,
      longestRetryAfterMs: 120_000,
      fetch: (input) => {
        calls.push(String(input))
        return Promise.reject(new TypeError('Failed to fetch'))
      },
    })

    expect(await client.call('listServices')).toEqual({ ok: false, failure: { kind: 'offline' } })
    expect(calls).toEqual([])
  })

  test('a write fails at once as offline, without asking for the session first', async () => {
    signInAs('tenant')
    browserOffline()
    const calls: string[] = []
    const client = clientFor({
      backoffMs: 60_000,
      longestRetryAfterMs: 120_000,
      fetch: (input) => {
        calls.push(String(input))
        return Promise.reject(new TypeError('Failed to fetch'))
      },
    })

    expect(await client.call('sendFeedback', { body: feedback, idempotencyKey: 'offline-1' })).toEqual({
      ok: false,
      failure: { kind: 'offline' },
    })
    expect(calls).toEqual([])
  })

  test('stops retrying as soon as the browser says the connection has gone', async () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true)
    const calls: string[] = []
    const client = clientFor({
      backoffMs: 60_000,
      longestRetryAfterMs: 120_000,
      fetch: (input) => {
        calls.push(String(input))
        online.mockReturnValue(false)
        return Promise.reject(new TypeError('Failed to fetch'))
      },
    })

    expect(await client.call('listServices')).toEqual({ ok: false, failure: { kind: 'offline' } })
    expect(calls).toHaveLength(1)
  })
})

describe('what each status means', () => {
  test('401 is signed-out', async () => {
    expect(await clientFor().call('getProfile')).toEqual({ ok: false, failure: { kind: 'signed-out' } })
  })

  test('403 is forbidden', async () => {
    gatewayServer.use(http.get('*/api/me/profile', () => problemAnswer({ title: 'Staff only', status: 403 })))

    expect(await clientFor().call('getProfile')).toEqual({ ok: false, failure: { kind: 'forbidden' } })
  })

  test('404 is not-found', async () => {
    const result = await clientFor().call('getServiceDefinition', { params: { serviceCode: 'no-such-service' } })

    expect(result).toEqual({ ok: false, failure: { kind: 'not-found' } })
  })

  test('409 is a conflict, with its problem details', async () => {
    const details = { title: 'That slot has just been taken', status: 409, detail: 'Choose another slot' }
    gatewayServer.use(http.post('*/api/feedback', () => problemAnswer(details)))

    expect(await clientFor().call('sendFeedback', { body: feedback })).toEqual({ ok: false, failure: { kind: 'conflict', details } })
  })

  test("409 keeps the problem's extension members, such as the free slots offered instead", async () => {
    const alternatives = [
      {
        id: 'face_to_face-2030-01-07T10:00:00.000Z',
        kind: 'face_to_face',
        startsAt: '2030-01-07T10:00:00.000Z',
        endsAt: '2030-01-07T11:00:00.000Z',
        placeId: 'civic-centre',
        available: true,
      },
    ]
    const details = { type: slotTakenProblemType, title: 'That time has just been taken', status: 409, alternatives }
    gatewayServer.use(http.post('*/api/me/bookings/holds', () => problemAnswer(details)))
    signInAs('renter')

    const result = await clientFor().call('holdSlot', { body: { kind: 'face_to_face', slotId: 'face_to_face-2030-01-07T09:00:00.000Z' } })

    expect(result).toEqual({ ok: false, failure: { kind: 'conflict', details } })
    expect(slotTaken.parse(result.ok ? null : (result.failure as { details: unknown }).details).alternatives).toEqual(alternatives)
  })

  test('409 without problem details is a conflict with none', async () => {
    gatewayServer.use(http.post('*/api/feedback', () => new HttpResponse('Conflict', { status: 409 })))

    expect(await clientFor().call('sendFeedback', { body: feedback })).toEqual({ ok: false, failure: { kind: 'conflict', details: null } })
  })

  test('422 with problem details is invalid, with the first message for each field', async () => {
    const details: ProblemDetails = {
      title: 'Some details need changing',
      status: 422,
      errors: [
        { field: 'email', code: 'email.format', message: 'Enter an email address in the correct format' },
        { field: 'email', code: 'email.requiredForAlerts', message: 'Enter an email address to get alerts by email' },
        { field: 'phone', code: 'phone.format', message: 'Enter a UK phone number' },
      ],
    }
    gatewayServer.use(http.patch('*/api/me/profile', () => problemAnswer(details)))

    const result = await clientFor().call('changeProfile', { body: profileChange })

    expect(result).toEqual({
      ok: false,
      failure: {
        kind: 'invalid',
        details,
        fieldErrors: { email: 'Enter an email address in the correct format', phone: 'Enter a UK phone number' },
      },
    })
  })

  test('422 from the reference gateway names the invalid field', async () => {
    signInAs('tenant')

    const result = await clientFor().call('changeProfile', { body: { ...profileChange, email: 'not an email' } })

    expect(result).toMatchObject({
      ok: false,
      failure: { kind: 'invalid', fieldErrors: { email: expect.stringContaining('email address') } },
    })
  })

  test.each([
    [
      'a body that is not JSON',
      () => new HttpResponse('<h1>Unprocessable</h1>', { status: 422, headers: { 'Content-Type': 'text/html' } }),
    ],
    ['JSON that is not problem details', () => HttpResponse.json({ message: 'bad' }, { status: 422 })],
  ])('422 with %s is a broken contract', async (_, answer) => {
    gatewayServer.use(http.post('*/api/feedback', answer))

    const result = await clientFor().call('sendFeedback', { body: feedback })

    expect(result).toEqual({ ok: false, failure: { kind: 'broken-contract', detail: expect.stringContaining('sendFeedback') } })
  })

  test('a status the contract does not have is a broken contract, and is not retried', async () => {
    const { requests, resolver } = sequence([() => new HttpResponse(null, { status: 418 })])
    gatewayServer.use(http.get('*/api/services', resolver))

    const result = await clientFor().call('listServices')

    expect(result).toEqual({ ok: false, failure: { kind: 'broken-contract', detail: 'listServices: unexpected status 418' } })
    expect(requests).toHaveLength(1)
  })

  test.each([500, 502, 503, 504])('%i is unavailable, after the retries', async (status) => {
    const { requests, resolver } = sequence([() => problemAnswer({ title: 'Down', status })])
    gatewayServer.use(http.get('*/api/services', resolver))

    const result = await clientFor().call('listServices')

    expect(result).toEqual({ ok: false, failure: { kind: 'unavailable', status } })
    expect(requests).toHaveLength(3)
  })
})

describe('429 Too Many Requests', () => {
  const tooMany = (retryAfter?: string) => () =>
    problemAnswer({ title: 'Too many requests', status: 429 }, retryAfter === undefined ? {} : { 'Retry-After': retryAfter })

  test('with Retry-After in seconds, says how long to wait', async () => {
    gatewayServer.use(http.get('*/api/services', tooMany('120')))

    expect(await clientFor().call('listServices')).toEqual({ ok: false, failure: { kind: 'too-many-requests', retryAfterSeconds: 120 } })
  })

  test('with Retry-After as an HTTP date, says how long to wait', async () => {
    gatewayServer.use(http.get('*/api/services', () => tooMany(new Date(Date.now() + 120_000).toUTCString())()))

    const result = await clientFor().call('listServices')

    expect(result).toMatchObject({ ok: false, failure: { kind: 'too-many-requests' } })
    const seconds = !result.ok && result.failure.kind === 'too-many-requests' ? result.failure.retryAfterSeconds : null
    expect(seconds).toBeGreaterThanOrEqual(118)
    expect(seconds).toBeLessThanOrEqual(120)
  })

  test('waits out a short Retry-After, then tries again', async () => {
    const { requests, resolver } = sequence([tooMany('1'), servicesOk])
    gatewayServer.use(http.get('*/api/services', resolver))
    const started = Date.now()

    const result = await clientFor().call('listServices')

    expect(result).toEqual({ ok: true, data: services })
    expect(requests).toHaveLength(2)
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
  })

  test('does not wait out a Retry-After longer than longestRetryAfterMs, and says so at once', async () => {
    const { requests, resolver } = sequence([tooMany('2'), servicesOk])
    gatewayServer.use(http.get('*/api/services', resolver))
    const started = Date.now()

    const result = await clientFor({ longestRetryAfterMs: 1000 }).call('listServices')

    expect(result).toEqual({ ok: false, failure: { kind: 'too-many-requests', retryAfterSeconds: 2 } })
    expect(requests).toHaveLength(1)
    expect(Date.now() - started).toBeLessThan(900)
  })

  test('without Retry-After, backs off and retries like any other busy answer', async () => {
    const { requests, resolver } = sequence([tooMany(), tooMany(), tooMany()])
    gatewayServer.use(http.get('*/api/services', resolver))

    const result = await clientFor().call('listServices')

    expect(result).toEqual({ ok: false, failure: { kind: 'too-many-requests', retryAfterSeconds: null } })
    expect(requests).toHaveLength(3)
  })
})

describe('retries', () => {
  test('a GET that fails with 500 and then succeeds gives the data', async () => {
    const { requests, resolver } = sequence([() => problemAnswer({ title: 'Oops', status: 500 }), servicesOk])
    gatewayServer.use(http.get('*/api/services', resolver))

    expect(await clientFor().call('listServices')).toEqual({ ok: true, data: services })
    expect(requests).toHaveLength(2)
  })

  test('a GET is tried once plus `retries` more times', async () => {
    const { requests, resolver } = sequence([unavailable])
    gatewayServer.use(http.get('*/api/services', resolver))

    await clientFor({ retries: 4 }).call('listServices')

    expect(requests).toHaveLength(5)
  })

  test('a POST is retried, because it carries an Idempotency-Key', async () => {
    const { requests, resolver } = sequence([unavailable])
    gatewayServer.use(http.post('*/api/feedback', resolver))

    const result = await clientFor().call('sendFeedback', { body: feedback })

    expect(result).toEqual({ ok: false, failure: { kind: 'unavailable', status: 503 } })
    expect(requests).toHaveLength(3)
  })

  test.each([
    ['503', unavailable],
    ['a network error', () => HttpResponse.error()],
  ])('a PATCH is never retried, even after %s', async (_, answer) => {
    signInAs('tenant')
    const { requests, resolver } = sequence([answer, () => HttpResponse.json({})])
    gatewayServer.use(http.patch('*/api/me/profile', resolver))

    const result = await clientFor().call('changeProfile', { body: profileChange })

    expect(result).toMatchObject({ ok: false })
    expect(requests).toHaveLength(1)
  })

  test('a PATCH is never retried after a timeout', async () => {
    signInAs('tenant')
    const { requests, resolver } = sequence([
      async () => {
        await delay(300)
        return HttpResponse.json({})
      },
    ])
    gatewayServer.use(http.patch('*/api/me/profile', resolver))

    const result = await clientFor({ timeoutMs: 30 }).call('changeProfile', { body: profileChange })

    expect(result).toEqual({ ok: false, failure: { kind: 'timeout' } })
    expect(requests).toHaveLength(1)
  })

  test.each([
    ['404', () => problemAnswer({ title: 'Not found', status: 404 })],
    ['401', () => problemAnswer({ title: 'Sign in', status: 401 })],
    ['422', () => problemAnswer({ title: 'Invalid', status: 422, errors: [] })],
    ['a body that breaks the contract', () => HttpResponse.json({ services: 'none' })],
  ])('%s is final and not retried', async (_, answer) => {
    const { requests, resolver } = sequence([answer])
    gatewayServer.use(http.get('*/api/services', resolver))

    expect(await clientFor().call('listServices')).toMatchObject({ ok: false })
    expect(requests).toHaveLength(1)
  })

  test('back off between retries, longer each time', async () => {
    const times: number[] = []
    gatewayServer.use(
      http.get('*/api/services', () => {
        times.push(performance.now())
        return unavailable()
      }),
    )

    await clientFor({ backoffMs: 40 }).call('listServices')

    expect(times).toHaveLength(3)
    const [first = 0, second = 0, third = 0] = times
    // The waits are backoffMs × 2^n with ±25% jitter: at least 30 ms, then at least 60 ms.
    expect(second - first).toBeGreaterThanOrEqual(28)
    expect(third - second).toBeGreaterThanOrEqual(58)
  })

  test('do not wait for a backoff longer than longestRetryAfterMs', async () => {
    const { requests, resolver } = sequence([unavailable])
    gatewayServer.use(http.get('*/api/services', resolver))
    const started = Date.now()

    await clientFor({ backoffMs: 5000, longestRetryAfterMs: 1000 }).call('listServices')

    expect(requests).toHaveLength(1)
    expect(Date.now() - started).toBeLessThan(900)
  })
})

describe('answers that break the contract', () => {
  test('a body that is not JSON is a broken contract naming the endpoint', async () => {
    gatewayServer.use(
      http.get('*/api/services', () => new HttpResponse('<html>Login</html>', { headers: { 'Content-Type': 'text/html' } })),
    )

    expect(await clientFor().call('listServices')).toEqual({
      ok: false,
      failure: { kind: 'broken-contract', detail: 'listServices: the answer was not JSON' },
    })
  })

  test('a body that does not match the schema is a broken contract naming the endpoint and the field', async () => {
    gatewayServer.use(http.get('*/api/me/summary', () => HttpResponse.json({ rent: { owed: '£186.42', weeklyRent: 14862 } })))
    signInAs('tenant')

    const result = await clientFor().call('getAccountSummary')

    expect(result).toMatchObject({ ok: false, failure: { kind: 'broken-contract' } })
    const detail = !result.ok && result.failure.kind === 'broken-contract' ? result.failure.detail : ''
    expect(detail).toMatch(/^getAccountSummary: /)
    expect(detail).toContain('rent.owed')
  })

  test('a valid answer is given back parsed', async () => {
    signInAs('renter')

    const result = await clientFor().call('listPenaltyCharges')

    expect(result).toMatchObject({ ok: true })
    expect(result.ok && result.data.penaltyCharges[0]).toMatchObject({ reference: 'SM40219876', discountedAmount: 8000 })
  })
})

describe('never throws', () => {
  test.each([
    [
      'fetch throws at once',
      () =>
        clientFor({
          fetch: () => {
            throw new Error('boom')
          },
        }),
    ],
    ['fetch rejects', () => clientFor({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) })],
    [
      'the body cannot be read',
      () =>
        clientFor({
          fetch: async () =>
            ({ ok: true, status: 200, headers: new Headers(), text: () => Promise.reject(new Error('gone')) }) as unknown as Response,
        }),
    ],
  ])('when %s, it resolves as offline', async (_, makeClient) => {
    await expect(makeClient().call('listServices')).resolves.toEqual({ ok: false, failure: { kind: 'offline' } })
  })

  test('for a write, when every call fails, it resolves with a failure', async () => {
    const client = clientFor({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) })

    await expect(client.call('sendFeedback', { body: feedback })).resolves.toEqual({ ok: false, failure: { kind: 'offline' } })
  })
})

describe('parseRetryAfter', () => {
  const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT')

  test.each([
    ['120', 120],
    ['0', 0],
    [' 30 ', 30],
  ])('reads %j as seconds', (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds)
  })

  test('reads an HTTP date as the seconds until then', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:30:00 GMT', now)).toBe(120)
  })

  test('rounds part of a second up', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:02 GMT', now + 500)).toBe(2)
  })

  test('reads the obsolete HTTP date forms too', () => {
    expect(parseRetryAfter('Wednesday, 21-Oct-26 07:29:00 GMT', now)).toBe(60)
    expect(parseRetryAfter('Wed Oct 21 07:29:00 2026', Date.parse('2026-10-21T07:28:00'))).toBe(60)
  })

  test('a date in the past means now', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:00:00 GMT', now)).toBe(0)
  })

  test.each([null, '', 'soon', '-5', '1.5', '2026-10-21'])('%j is no answer', (value) => {
    expect(parseRetryAfter(value, now)).toBeNull()
  })
})
