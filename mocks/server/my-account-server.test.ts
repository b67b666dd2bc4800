import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { gatewayServer } from '#test/gateway-server'
import { createReferenceCouncil } from '../reference-council'
import { createMyAccountServer, settingsFromEnvironment } from './my-account-server'
import { appContentSecurityPolicy } from './security-headers'

/** A stand-in for dist/: a page, a hashed script with its compressed copies as the build writes them, and a service worker. */
const dist = mkdtempSync(join(tmpdir(), 'my-account-dist-'))
const page = '<!doctype html><title>My Account</title><div id="root"></div><script type="module" src="/assets/index-abc123.js"></script>'
const script = `export const greeting = ${JSON.stringify('Hello from Southmere. '.repeat(200))}\n`
const servers: Server[] = []

beforeAll(() => {
  // MSW would answer these requests inside this process; here they must go over real HTTP.
  gatewayServer.close()
  mkdirSync(join(dist, 'assets'))
  writeFileSync(join(dist, 'index.html'), page)
  writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("install", () => {})\n')
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), script)
  writeFileSync(join(dist, 'assets', 'index-abc123.js.br'), brotliCompressSync(script))
  writeFileSync(join(dist, 'assets', 'index-abc123.js.gz'), gzipSync(script))
})

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
  rmSync(dist, { recursive: true, force: true })
  gatewayServer.listen({ onUnhandledRequest: 'error' })
})

/** Starts the server as `npm start` would with this environment, and gives back its address. */
async function startWith(environment: NodeJS.ProcessEnv) {
  const server = createMyAccountServer(createReferenceCouncil(), dist, { ...settingsFromEnvironment(environment), latency: [0, 0] })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

interface RawAnswer {
  status: number
  headers: IncomingHttpHeaders
  /** The bytes as sent, before any decoding. */
  body: Buffer
}

/** Node's own client, which, unlike fetch, leaves a compressed body as it came. */
function ask(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<RawAnswer>((resolve, reject) => {
    const outgoing = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
    })
    outgoing.on('error', reject)
    outgoing.end(options.body)
  })
}

const securityHeaders = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'permissions-policy': expect.stringContaining('camera=(self)'),
}

describe('settings from the environment', () => {
  test('the test controls and trusting a proxy are off unless each is asked for with "on"', () => {
    expect(settingsFromEnvironment({})).toMatchObject({
      referenceControls: false,
      trustForwardedProto: false,
      port: 4173,
      host: 'localhost',
    })
    expect(settingsFromEnvironment({ REFERENCE_CONTROLS: 'true', TRUST_PROXY: '1' })).toMatchObject({
      referenceControls: false,
      trustForwardedProto: false,
    })
    expect(settingsFromEnvironment({ REFERENCE_CONTROLS: 'on', TRUST_PROXY: 'on' })).toMatchObject({
      referenceControls: true,
      trustForwardedProto: true,
    })
  })
})

describe('the test controls', () => {
  test('without REFERENCE_CONTROLS nobody can reach them', async () => {
    const site = await startWith({})

    expect((await ask(`${site}/api/__reference/applied`)).status).toBe(404)
    expect((await ask(`${site}/api/__reference/expire-sessions`, { method: 'POST' })).status).toBe(404)
    expect(
      (
        await ask(`${site}/api/__reference/faults`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{"errorRate":1}',
        })
      ).status,
    ).toBe(404)
    expect((await ask(`${site}/api/services`)).status).toBe(200)
  })

  test('REFERENCE_CONTROLS=on serves them', async () => {
    const site = await startWith({ REFERENCE_CONTROLS: 'on' })

    const applied = await ask(`${site}/api/__reference/applied`)

    expect(applied.status).toBe(200)
    expect(JSON.parse(applied.body.toString('utf8'))).toEqual({})
  })
})

describe('behind a proxy', () => {
  async function cookieAfterSigningIn(site: string) {
    const answer = await ask(`${site}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-Proto': 'https' },
      body: new URLSearchParams({ person: 'owner', returnTo: '/' }).toString(),
    })
    expect(answer.status).toBe(303)
    return answer.headers['set-cookie']?.[0] ?? ''
  }

  test('TRUST_PROXY=on takes X-Forwarded-Proto: https, so the session cookie is Secure', async () => {
    expect(await cookieAfterSigningIn(await startWith({ TRUST_PROXY: 'on' }))).toMatch(/; Secure$/)
  })

  test('without TRUST_PROXY anyone could send that header, so it changes nothing', async () => {
    expect(await cookieAfterSigningIn(await startWith({}))).not.toMatch(/Secure/)
  })
})

describe('the app’s files', () => {
  test('every page of the app carries the policy and the other headers, and is checked every time', async () => {
    const site = await startWith({})

    for (const path of ['/', '/report', '/your-details']) {
      const answer = await ask(site + path)

      expect(answer.status, path).toBe(200)
      expect(answer.body.toString('utf8')).toBe(page)
      expect(answer.headers, path).toMatchObject({
        ...securityHeaders,
        'content-security-policy': appContentSecurityPolicy(),
        'cache-control': 'no-cache',
      })
    }
  })

  test('a gateway on another site is one the pages may call', async () => {
    const site = await startWith({ VITE_GATEWAY_URL: 'https://gateway.southmere.example/api' })

    expect((await ask(`${site}/`)).headers['content-security-policy']).toContain("connect-src 'self' https://gateway.southmere.example;")
  })

  test('a hashed script goes as brotli to a browser that takes it, kept for a year', async () => {
    const site = await startWith({})

    const answer = await ask(`${site}/assets/index-abc123.js`, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } })

    expect(answer.status).toBe(200)
    expect(answer.headers).toMatchObject({
      ...securityHeaders,
      'content-encoding': 'br',
      'content-type': 'text/javascript',
      vary: 'Accept-Encoding',
      'cache-control': 'public, max-age=31536000, immutable',
    })
    expect(answer.body.length).toBeLessThan(script.length / 10)
    expect(brotliDecompressSync(answer.body).toString('utf8')).toBe(script)
  })

  test('as gzip to a browser that takes only gzip, and as it is to one that takes neither', async () => {
    const site = await startWith({})

    const gzipped = await ask(`${site}/assets/index-abc123.js`, { headers: { 'Accept-Encoding': 'gzip' } })
    const plain = await ask(`${site}/assets/index-abc123.js`)

    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzipped.body).toString('utf8')).toBe(script)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString('utf8')).toBe(script)
  })

  test('the service worker is checked every time, so an update is found', async () => {
    const site = await startWith({})

    expect((await ask(`${site}/sw.js`)).headers).toMatchObject({ ...securityHeaders, 'cache-control': 'no-cache' })
  })

  test('a file the browser already has (304) and one that is missing (404) carry the headers too', async () => {
    const site = await startWith({})
    const first = await ask(`${site}/sw.js`)

    const unchanged = await ask(`${site}/sw.js`, { headers: { 'If-None-Match': String(first.headers.etag) } })
    const missing = await ask(`${site}/assets/no-such-file.js`)

    expect(unchanged.status).toBe(304)
    expect(unchanged.headers).toMatchObject({ ...securityHeaders, 'content-security-policy': appContentSecurityPolicy() })
    expect(missing.status).toBe(404)
    expect(missing.headers).toMatchObject({ ...securityHeaders, 'content-security-policy': appContentSecurityPolicy() })
  })
})

describe('the gateway’s answers', () => {
  test('JSON, the demo sign-in page and a refusal all carry the headers, and a policy allowing no frame', async () => {
    const site = await startWith({})

    const answers = [
      await ask(`${site}/api/session`),
      await ask(`${site}/api/auth/sign-in?returnTo=/`),
      await ask(`${site}/api/no-such-thing`),
    ]

    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 404])
    for (const answer of answers) {
      expect(answer.headers).toMatchObject({
        ...securityHeaders,
        'content-security-policy': expect.stringContaining("frame-ancestors 'none'"),
      })
    }
  })
})
