import type { ProblemDetails } from './contract/common'
import type { BodyOf, EndpointName, ResponseOf } from './endpoints'
import type { GatewayFailure, GatewayResult } from './errors'
import { createSessionClock } from './session-clock'

export interface GatewayClientOptions {
  /** Where the council's gateway is, absolute or relative to the page. */
  baseUrl: string
  fetch?: typeof fetch
  timeoutMs?: number
  /** How many more times a safe or idempotent call is tried after a failure worth retrying. */
  retries?: number
  backoffMs?: number
  /** Longest Retry-After the client will wait out by itself before giving up and saying so. */
  longestRetryAfterMs?: number
  newId?: () => string
}

export interface CallOptions<Name extends EndpointName> {
  params?: Record<string, string>
  body?: BodyOf<Name>
  /** Kept by the caller (and the outbox) so a retry of the same submission is the same submission. */
  idempotencyKey?: string
  signal?: AbortSignal
}

export const IDEMPOTENCY_HEADER = 'Idempotency-Key'
export const CSRF_HEADER = 'X-CSRF-Token'
export const CORRELATION_HEADER = 'X-Correlation-Id'

type Attempt =
  /** `staleToken`: a 403 for a missing or out-of-date CSRF token, which a fresh token puts right. */
  { done: true; result: GatewayResult<unknown>; staleToken?: boolean } | { done: false; failure: GatewayFailure; waitMs: number | null }

const retryableKinds = new Set<GatewayFailure['kind']>(['offline', 'timeout', 'unavailable', 'too-many-requests'])

type AnswerChecks = typeof import('./answer-checks')
let loadingChecks: Promise<AnswerChecks> | null = null

/** Fetched once, on the first call; a fetch that fails is tried again on the next call rather than remembered. */
function answerChecks(): Promise<AnswerChecks> {
  loadingChecks ??= import('./answer-checks').catch((error: unknown) => {
    loadingChecks = null
    throw error
  })
  return loadingChecks
}

export function createGatewayClient(options: GatewayClientOptions) {
  const { timeoutMs = 15_000, retries = 2, backoffMs = 500, longestRetryAfterMs = 10_000, newId = () => crypto.randomUUID() } = options
  const send = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  let csrfToken: string | null = null
  const sessionClock = createSessionClock()
  // Fetched now, alongside whatever else the page is starting, so the first call need not wait for it.
  void answerChecks().catch(() => undefined)

  function urlFor(path: string, params: Record<string, string> = {}) {
    const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name]
      if (value === undefined) throw new Error(`Missing path parameter ${name} for ${path}`)
      return encodeURIComponent(value)
    })
    const base = options.baseUrl.replace(/\/$/, '')
    const origin = typeof location === 'undefined' ? 'http://localhost' : location.origin
    return new URL(base + filled, origin).toString()
  }

  /**
   * A write goes with the current session's CSRF token, asked for first if this client has none (a new tab, the
   * service worker). If the session cannot be asked for, the write does not go at all: without a token it would
   * only be refused. Signed out, it goes without one, for the calls open to anyone.
   */
  async function ensureCsrfToken(signal?: AbortSignal): Promise<GatewayFailure | null> {
    if (csrfToken) return null
    const result = await call('getSession', { signal })
    return result.ok ? null : result.failure
  }

  async function attempt(checks: AnswerChecks, name: EndpointName, init: RequestInit, url: string, signal?: AbortSignal): Promise<Attempt> {
    const controller = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, timeoutMs)
    const abortFromCaller = () => controller.abort()
    if (signal?.aborted) controller.abort()
    signal?.addEventListener('abort', abortFromCaller)
    let response: Response
    let text: string
    try {
      response = await send(url, { ...init, signal: controller.signal })
      // The timeout covers the whole answer: a signal that drops halfway through the body is no answer either.
      text = await untilAborted(response.text(), controller.signal)
      sessionClock.heard(name, response, Date.now())
    } catch {
      return { done: false, failure: { kind: timedOut ? 'timeout' : 'offline' }, waitMs: null }
    } finally {
      clearTimeout(timer)
      signal?.removeEventListener('abort', abortFromCaller)
    }

    if (response.ok) {
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch {
        return { done: true, result: { ok: false, failure: { kind: 'broken-contract', detail: `${name}: the answer was not JSON` } } }
      }
      const parsed = checks.endpoints[name].response.safeParse(json)
      if (!parsed.success) {
        return {
          done: true,
          result: { ok: false, failure: { kind: 'broken-contract', detail: `${name}: ${checks.prettifyError(parsed.error)}` } },
        }
      }
      if (name === 'getSession') sessionClock.toldSession(parsed.data as ResponseOf<'getSession'>, response, Date.now())
      return { done: true, result: { ok: true, data: parsed.data } }
    }

    const failure = failureFrom(checks, response, text, name)
    if (response.status === 403 && init.method !== 'GET') {
      const withoutToken = !new Headers(init.headers).has(CSRF_HEADER)
      return {
        done: true,
        result: { ok: false, failure },
        staleToken: withoutToken || readProblemDetails(checks, text)?.type === checks.csrfProblemType,
      }
    }
    if (failure.kind === 'too-many-requests') {
      const waitMs = failure.retryAfterSeconds === null ? null : failure.retryAfterSeconds * 1000
      return { done: false, failure, waitMs }
    }
    if (failure.kind === 'unavailable') return { done: false, failure, waitMs: null }
    return { done: true, result: { ok: false, failure } }
  }

  async function call<Name extends EndpointName>(
    name: Name,
    callOptions: CallOptions<Name> = {},
  ): Promise<GatewayResult<ResponseOf<Name>>> {
    let checks: AnswerChecks
    try {
      checks = await answerChecks()
    } catch {
      // Only a page that cannot fetch the app's own code gets here: no request could have gone either.
      return { ok: false, failure: { kind: 'offline' } }
    }
    const endpoint = checks.endpoints[name]
    let url: string
    try {
      url = urlFor(endpoint.path, callOptions.params)
    } catch (error) {
      return { ok: false, failure: { kind: 'broken-contract', detail: String(error) } }
    }
    // The browser knows it has no connection: say so now, rather than after every retry has failed too.
    if (browserIsOffline()) return { ok: false, failure: { kind: 'offline' } }
    const isWrite = endpoint.method !== 'GET'
    const correlationId = newId()
    const idempotencyKey = endpoint.method === 'POST' ? (callOptions.idempotencyKey ?? newId()) : null

    const requestInit = (): RequestInit => {
      const headers: Record<string, string> = { Accept: 'application/json', [CORRELATION_HEADER]: correlationId }
      if (isWrite) {
        if (csrfToken) headers[CSRF_HEADER] = csrfToken
        headers['Content-Type'] = 'application/json'
      }
      if (idempotencyKey) headers[IDEMPOTENCY_HEADER] = idempotencyKey
      return {
        method: endpoint.method,
        headers,
        credentials: 'include',
        body: isWrite ? JSON.stringify(callOptions.body ?? {}) : undefined,
      }
    }

    if (isWrite) {
      const noSession = await ensureCsrfToken(callOptions.signal)
      if (noSession) return { ok: false, failure: noSession }
    }
    let tried = await tryInTurn(checks, name, requestInit, url, callOptions.signal)
    if (tried.staleToken) {
      // The gateway acted on nothing: with the current session's token, the same request goes once more.
      csrfToken = null
      const noSession = await ensureCsrfToken(callOptions.signal)
      if (noSession) return { ok: false, failure: noSession }
      tried = await tryInTurn(checks, name, requestInit, url, callOptions.signal)
    }
    return tried.result as GatewayResult<ResponseOf<Name>>
  }

  /** One request, tried again while its failure is worth retrying and the endpoint is safe to repeat. */
  async function tryInTurn(
    checks: AnswerChecks,
    name: EndpointName,
    requestInit: () => RequestInit,
    url: string,
    signal?: AbortSignal,
  ): Promise<{ result: GatewayResult<unknown>; staleToken: boolean }> {
    const tries = checks.endpoints[name].retry ? retries + 1 : 1
    let lastFailure: GatewayFailure = { kind: 'offline' }
    for (let tryNumber = 0; tryNumber < tries; tryNumber++) {
      const outcome = await attempt(checks, name, requestInit(), url, signal)
      if (outcome.done) {
        if (outcome.result.ok && name === 'getSession') {
          const data = outcome.result.data as ResponseOf<'getSession'>
          csrfToken = data.signedIn ? data.csrfToken : null
        }
        if (!outcome.result.ok && outcome.result.failure.kind === 'signed-out') csrfToken = null
        return { result: outcome.result, staleToken: outcome.staleToken === true }
      }
      lastFailure = outcome.failure
      if (!retryableKinds.has(outcome.failure.kind) || signal?.aborted) break
      if (tryNumber === tries - 1 || browserIsOffline()) break
      const waitMs = outcome.waitMs ?? backoffMs * 2 ** tryNumber * (0.75 + Math.random() / 2)
      if (waitMs > longestRetryAfterMs) break
      await new Promise((resolve) => setTimeout(resolve, waitMs))
      if (browserIsOffline()) return { result: { ok: false, failure: { kind: 'offline' } }, staleToken: false }
    }
    return { result: { ok: false, failure: lastFailure }, staleToken: false }
  }

  return {
    call,
    /** Forget the CSRF token, so the next write asks the gateway for the current one. */
    forgetSession() {
      csrfToken = null
    },
    /** When, by this device's clock, the gateway will end the session unless another call reaches it first; null with no session. */
    sessionEndsAt: sessionClock.endsAt,
    onSessionEndsAtChange: sessionClock.onChange,
  }
}

export type GatewayClient = ReturnType<typeof createGatewayClient>

/** Only a browser that is sure it has no connection says so; `true` can still mean a connection that goes nowhere. */
function browserIsOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false
}

function failureFrom(checks: AnswerChecks, response: Response, text: string, name: string): GatewayFailure {
  switch (response.status) {
    case 401:
      return { kind: 'signed-out' }
    case 403:
      return { kind: 'forbidden' }
    case 404:
      return { kind: 'not-found' }
    case 409:
      return { kind: 'conflict', details: readProblemDetails(checks, text) }
    case 422: {
      const details = readProblemDetails(checks, text)
      if (!details) return { kind: 'broken-contract', detail: `${name}: a 422 without problem details` }
      const fieldErrors: Record<string, string> = {}
      for (const error of details.errors ?? []) fieldErrors[error.field] ??= error.message
      return { kind: 'invalid', details, fieldErrors }
    }
    case 429:
      return { kind: 'too-many-requests', retryAfterSeconds: parseRetryAfter(response.headers.get('Retry-After')) }
  }
  if (response.status >= 500) return { kind: 'unavailable', status: response.status }
  return { kind: 'broken-contract', detail: `${name}: unexpected status ${response.status}` }
}

/** Extension members (RFC 9457) are kept, such as the free slots a 409 for a slot taken offers instead; each has its own schema in the contract. */
function readProblemDetails(checks: AnswerChecks, text: string): ProblemDetails | null {
  try {
    const parsed = checks.problemDetails.loose().safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Settles with the promise, or rejects as soon as the signal aborts, whichever comes first. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    if (signal.aborted) onAbort()
    signal.addEventListener('abort', onAbort, { once: true })
    void promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

/** Retry-After is either a number of seconds or an HTTP date (RFC 9110). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null
  if (/^\d+$/.test(value.trim())) return Number(value.trim())
  // Every HTTP-date form starts with the day's name; Date.parse would also take "-5" or "1.5" as dates.
  if (!/^[A-Za-z]{3}/.test(value.trim())) return null
  const date = Date.parse(value)
  if (Number.isNaN(date)) return null
  return Math.max(0, Math.ceil((date - now) / 1000))
}
