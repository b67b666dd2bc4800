import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { CSRF_HEADER, IDEMPOTENCY_HEADER } from '#src/gateway/client'
import { gatewayServer } from '#test/gateway-server'
import { largestRequestBytes } from '../gateway-route'
import { createGatewayHandlers } from '../handlers'
import { createReferenceCouncil, SESSION_COOKIE, SESSION_LIFETIME_MS } from '../reference-council'
import { createNodeGateway } from './node-gateway'
import { gatewayDataContentSecurityPolicy, gatewayPageContentSecurityPolicy } from './security-headers'

const council = createReferenceCouncil()
let server: Server
let origin = ''

beforeAll(async () => {
  // MSW would answer these requests inside this process; here they must go over real HTTP.
  gatewayServer.close()
  const gateway = createNodeGateway(createGatewayHandlers(council, { basePath: '/api', latency: [0, 0], referenceControls: true }))
  server = createServer((request, response) => {
    gateway(request, response, () => {
      response.writeHead(200, { 'Content-Type': 'text/plain' })
      response.end('app')
    }).catch((error: unknown) => {
      response.writeHead(500, { 'Content-Type': 'text/plain' })
      response.end(`The gateway failed: ${String(error)}`)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterEach(() => council.reset())

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  gatewayServer.listen({ onUnhandledRequest: 'error' })
})

function get(path: string, cookie?: string) {
  return fetch(origin + path, { headers: cookie ? { Cookie: cookie } : {}, redirect: 'manual' })
}

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(origin + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
    redirect: 'manual',
  })
}

function signInForm(person: string, returnTo: string) {
  return fetch(`${origin}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
    body: new URLSearchParams({ person, returnTo }).toString(),
    redirect: 'manual',
  })
}

/** Signs in through the form and gives back the cookie a browser would send, with the session's CSRF token. */
async function signIn(person = 'tenant') {
  const response = await signInForm(person, '/')
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0] ?? ''
  const session = (await (await get('/api/session', cookie)).json()) as { csrfToken: string }
  return { cookie, csrfToken: session.csrfToken }
}

describe('sign-in over HTTP', () => {
  test('GET /api/auth/sign-in shows a page listing the four demo people, returning to the page asked for', async () => {
    const response = await get('/api/auth/sign-in?returnTo=/your-details')
    const page = await response.text()

    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(page.match(/<li class="person">/g)).toHaveLength(4)
    for (const name of ['Precious Okafor', 'Tomasz Nowak', 'Margaret Ellis', 'Amira Haddad']) expect(page).toContain(`Sign in as ${name}`)
    expect(page).toContain('action="/api/auth/sign-in"')
    expect(page).toContain('name="returnTo" value="/your-details"')
  })

  test('posting the form redirects with 303 to the page asked for and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const response = await signInForm('tenant', '/your-details')

    expect(response.status).toBe(303)
    expect(response.headers.get('Location')).toBe('/your-details')
    const cookies = response.headers.getSetCookie()
    expect(cookies).toHaveLength(1)
    const attributes = (cookies[0] ?? '').split(';').map((part) => part.trim())
    expect(attributes[0]).toMatch(new RegExp(`^${SESSION_COOKIE}=[0-9a-f-]{36}$`))
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/', `Max-Age=${SESSION_LIFETIME_MS / 1000}`]))
    expect(attributes).not.toContain('Secure')
  })

  test('the cookie from the form signs the person in', async () => {
    const response = await signInForm('tenant', '/your-details')
    const cookie = response.headers.getSetCookie()[0]?.split(';')[0] ?? ''

    const session = await (await get('/api/session', cookie)).json()

    expect(session).toMatchObject({
      signedIn: true,
      person: { id: 'tenant', name: 'Precious Okafor', role: 'resident' },
      csrfToken: expect.any(String),
    })
    expect(await (await get('/api/session')).json()).toEqual({ signedIn: false })
  })

  test('the form never redirects to another site', async () => {
    for (const returnTo of ['//evil.example', 'https://evil.example', '\\evil']) {
      expect((await signInForm('tenant', returnTo)).headers.get('Location')).toBe('/')
    }
  })

  test('the form refuses someone who is not a demo person, without a session', async () => {
    const response = await signInForm('mayor', '/')

    expect(response.status).toBe(400)
    expect(response.headers.getSetCookie()).toEqual([])
    expect(council.state.sessions.size).toBe(0)
  })

  test('POST /api/auth/sign-out clears the cookie and ends the session', async () => {
    const { cookie, csrfToken } = await signIn()

    const response = await post('/api/auth/sign-out', {}, { Cookie: cookie, [CSRF_HEADER]: csrfToken, [IDEMPOTENCY_HEADER]: 'sign-out-1' })

    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ signedOut: true })
    const cleared = (response.headers.getSetCookie()[0] ?? '').split(';').map((part) => part.trim())
    expect(cleared).toEqual(expect.arrayContaining([`${SESSION_COOKIE}=`, 'Max-Age=0', 'Path=/', 'HttpOnly']))
    expect(await (await get('/api/session', cookie)).json()).toEqual({ signedIn: false })
    expect((await get('/api/me/profile', cookie)).status).toBe(401)
  })
})

describe('routing', () => {
  test.each(['/', '/your-details', '/assets/app.js', '/apiary'])('%s is not the gateway and falls through to the app', async (path) => {
    const response = await get(path)

    expect(response.status).toBe(200)
    expect(await response.text()).toBe('app')
  })

  test('an unknown /api path is a 404 problem', async () => {
    const response = await get('/api/no-such-thing')

    expect(response.status).toBe(404)
    expect(response.headers.get('Content-Type')).toBe('application/problem+json')
    expect(await response.json()).toEqual({ title: 'There is no such gateway route', status: 404 })
  })

  test('a JSON request body reaches the handler', async () => {
    const response = await post('/api/addresses/lookup', { postcode: 'se21 8jb' }, { [IDEMPOTENCY_HEADER]: 'lookup-1' })

    expect(response.status).toBe(200)
    expect(((await response.json()) as { addresses: unknown[] }).addresses).toHaveLength(4)
  })

  test('a signed-in call with the cookie reaches the person’s data', async () => {
    const { cookie } = await signIn('renter')

    const response = await get('/api/me/parking/penalty-charges', cookie)

    const { penaltyCharges } = (await response.json()) as { penaltyCharges: unknown[] }
    expect(penaltyCharges[0]).toMatchObject({ reference: 'SM40219876', discountedAmount: 8000 })
  })
})

describe('a lost response', () => {
  test('with dropAfterActing 1 the write is done but the connection drops; a replay with the same key gets the stored answer', async () => {
    const { cookie, csrfToken } = await signIn()
    const headers = { Cookie: cookie, [CSRF_HEADER]: csrfToken, [IDEMPOTENCY_HEADER]: 'dropped-1' }
    expect((await post('/api/__reference/faults', { dropAfterActing: 1 })).status).toBe(200)
    const feedback = { page: '/bins', satisfaction: null, comments: 'The signal went' }

    await expect(post('/api/feedback', feedback, headers)).rejects.toThrow()

    expect(await (await get('/api/__reference/applied')).json()).toEqual({ 'dropped-1': 1 })
    const stored = (await (await get('/api/__reference/feedback')).json()) as { reference: string }[]
    expect(stored).toHaveLength(1)

    const replay = await post('/api/feedback', feedback, headers)

    expect(replay.status).toBe(200)
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true')
    expect(await replay.json()).toEqual({ reference: stored[0]?.reference })
    expect(await (await get('/api/__reference/applied')).json()).toEqual({ 'dropped-1': 1 })
  })
})

describe('caching', () => {
  test('every API answer says Cache-Control: no-store', async () => {
    const { cookie, csrfToken } = await signIn()
    const answers = [
      await get('/api/session'),
      await get('/api/session', cookie),
      await get('/api/services'),
      await get('/api/me/profile'),
      await get('/api/me/summary', cookie),
      await get('/api/openapi.json'),
      await get('/api/no-such-thing'),
      await get('/api/auth/sign-in'),
      await signInForm('owner', '/'),
      await post(
        '/api/feedback',
        { page: '/', satisfaction: null, comments: '' },
        { Cookie: cookie, [CSRF_HEADER]: csrfToken, [IDEMPOTENCY_HEADER]: 'cache-1' },
      ),
      await post('/api/feedback', { page: '/', satisfaction: null, comments: '' }, { Cookie: cookie, [IDEMPOTENCY_HEADER]: 'cache-2' }),
      await post('/api/__reference/faults', { garbage: 'lots' }),
    ]

    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 401, 200, 200, 404, 200, 303, 200, 403, 400])
    for (const answer of answers) expect(answer.headers.get('Cache-Control'), answer.url).toBe('no-store')
  })
})

/** The answer to a request whose body is still being sent, as far as it has got: `body` gives the answer's text. */
interface EarlyAnswer {
  response: IncomingMessage
  text: () => Promise<string>
}

/**
 * Starts a POST and writes `bytes` of body in 64 KB chunks without ever ending it, the way a slow or
 * hostile caller would. It gives the answer as soon as one comes, however much of the body is written.
 */
function postWithoutEnding(path: string, bytes: number, headers: Record<string, string | number>) {
  const outgoing = httpRequest(origin + path, { method: 'POST', headers })
  const answered = new Promise<EarlyAnswer>((resolve, reject) => {
    outgoing.on('response', (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      const ended = new Promise<string>((done) => response.on('end', () => done(Buffer.concat(chunks).toString('utf8'))))
      resolve({ response, text: () => ended })
    })
    // The server closes the connection once it has answered; a write after that may fail, which is expected.
    outgoing.on('error', (error) => reject(error))
  })
  void (async () => {
    const chunk = Buffer.alloc(64 * 1024, 'a')
    for (let written = 0; written < bytes && !outgoing.destroyed; written += chunk.length) {
      if (!outgoing.write(chunk))
        await Promise.race([new Promise((resolve) => outgoing.once('drain', resolve)), answered.catch(() => undefined)])
      if (outgoing.writableEnded || outgoing.destroyed) break
    }
  })()
  return { answered, stop: () => outgoing.destroy() }
}

describe('request bodies', () => {
  test('a Content-Length over the limit is refused with 413 before the body is read', async () => {
    const sending = postWithoutEnding('/api/auth/sign-in', 64 * 1024, {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Content-Length': largestRequestBytes + 1,
    })
    try {
      const { response, text } = await sending.answered

      expect(response.statusCode).toBe(413)
      expect(response.headers['content-type']).toBe('application/problem+json')
      expect(response.headers.connection).toBe('close')
      expect(JSON.parse(await text())).toEqual({ title: 'The request is too large for the gateway', status: 413 })
      expect(council.state.sessions.size).toBe(0)
    } finally {
      sending.stop()
    }
  })

  test('a streamed body with no Content-Length is refused with 413 once it passes the limit, without waiting for its end', async () => {
    const sending = postWithoutEnding('/api/auth/sign-in', largestRequestBytes + 256 * 1024, {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Transfer-Encoding': 'chunked',
    })
    try {
      const { response, text } = await sending.answered

      expect(response.statusCode).toBe(413)
      expect(response.headers.connection).toBe('close')
      expect(JSON.parse(await text())).toEqual({ title: 'The request is too large for the gateway', status: 413 })
      expect(council.state.sessions.size).toBe(0)
    } finally {
      sending.stop()
    }
  })

  test('a streamed body under the limit reaches the handler whole', async () => {
    const body = JSON.stringify({ postcode: 'se21 8jb' })
    const answer = await new Promise<{ status: number | undefined; text: string }>((resolve, reject) => {
      const outgoing = httpRequest(origin + '/api/addresses/lookup', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', [IDEMPOTENCY_HEADER]: 'streamed-1' },
      })
      outgoing.on('response', (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode, text: Buffer.concat(chunks).toString('utf8') }))
      })
      outgoing.on('error', reject)
      outgoing.write(body.slice(0, 5))
      outgoing.end(body.slice(5))
    })

    expect(answer.status).toBe(200)
    expect((JSON.parse(answer.text) as { addresses: unknown[] }).addresses).toHaveLength(4)
  })
})

describe('security headers', () => {
  const everyAnswer = {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'same-origin',
    'permissions-policy': expect.stringContaining('geolocation=(self)'),
  }

  test('JSON answers, problems and redirects carry them, with a policy that loads nothing and allows no frame', async () => {
    const answers = [
      await get('/api/session'),
      await get('/api/me/profile'),
      await get('/api/no-such-thing'),
      await signInForm('owner', '/'),
    ]

    expect(answers.map((answer) => answer.status)).toEqual([200, 401, 404, 303])
    for (const answer of answers) {
      expect(Object.fromEntries(answer.headers), answer.url).toMatchObject({
        ...everyAnswer,
        'content-security-policy': gatewayDataContentSecurityPolicy,
      })
    }
  })

  test('the demo sign-in page may use its inline styles but runs no script and shows in no frame', async () => {
    const response = await get('/api/auth/sign-in?returnTo=/')

    expect(Object.fromEntries(response.headers)).toMatchObject({
      ...everyAnswer,
      'content-security-policy': gatewayPageContentSecurityPolicy,
    })
    expect(gatewayPageContentSecurityPolicy).toContain("frame-ancestors 'none'")
    expect(gatewayPageContentSecurityPolicy).not.toMatch(/script-src/)
  })

  test('a page that sets its own policy keeps it', async () => {
    const ownPolicy = "default-src 'none'; frame-ancestors 'none'"
    const gateway = createNodeGateway([
      http.get(
        '*/api/own-policy',
        () => new HttpResponse('<p>Hello</p>', { headers: { 'Content-Type': 'text/html', 'Content-Security-Policy': ownPolicy } }),
      ),
    ])
    const own = createServer((request, response) => void gateway(request, response, () => response.end()))
    await new Promise<void>((resolve) => own.listen(0, '127.0.0.1', resolve))
    try {
      const response = await fetch(`http://127.0.0.1:${(own.address() as AddressInfo).port}/api/own-policy`)

      expect(response.headers.get('Content-Security-Policy')).toBe(ownPolicy)
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
    } finally {
      own.closeAllConnections()
      await new Promise((resolve) => own.close(resolve))
    }
  })
})
