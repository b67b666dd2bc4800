import { delay, http, HttpResponse, type HttpCustomPredicate, type HttpHandler } from 'msw'
import { z } from 'zod'
import { csrfProblemType, type ProblemDetails } from '#src/gateway/contract/common'
import { CSRF_HEADER, IDEMPOTENCY_HEADER } from '#src/gateway/client'
import { endpoints, pathParameters, type Access, type EndpointName, type ResponseOf } from '#src/gateway/endpoints'
import type { Persona } from './personas'
import { sendDueReminders } from './reminders'
import { recordAssistedWrite } from './assisted-calls'
import { cardPaymentWhileAssistingProblemType } from '#src/gateway/contract/contact-centre'
import { SESSION_COOKIE, sessionLifetimeMs, type GatewaySession, type ReferenceCouncil } from './reference-council'

export interface GatewayOptions {
  /** Where the gateway is mounted: `/api` for the servers, an absolute URL is fine too. */
  basePath: string
  /** Typical mobile round trip, in ms, as [fastest, slowest]. Tests use [0, 0]. */
  latency: [number, number]
  /** Serve `/__reference/*`, the controls tests use to make the gateway misbehave. Never on a real deployment. */
  referenceControls: boolean
  /** Behind a TLS-terminating proxy: take `X-Forwarded-Proto: https` as https, so the session cookie is Secure. */
  trustForwardedProto: boolean
}

export const defaultGatewayOptions: GatewayOptions = {
  basePath: '/api',
  latency: [0, 0],
  referenceControls: false,
  trustForwardedProto: false,
}

/** The largest request body the gateway reads. Photos are under 1 MB before base64. */
export const largestRequestBytes = 2 * 1024 * 1024

export type Answer<T> = { status: 200; body: T; headers?: Record<string, string> } | { status: number; details: ProblemDetails }

interface RouteContext<Name extends EndpointName> {
  body: Name extends EndpointName
    ? (typeof endpoints)[Name]['body'] extends z.ZodType
      ? z.output<(typeof endpoints)[Name]['body']>
      : undefined
    : never
  params: Record<string, string>
  /** The gateway has checked who may make the call before it acts: only a call open to anyone may have nobody. */
  session: (typeof endpoints)[Name]['access'] extends 'anyone' ? GatewaySession | null : GatewaySession
  person: (typeof endpoints)[Name]['access'] extends 'anyone' ? Persona | null : Persona
  request: Request
}

export function problemDetailsResponse(details: ProblemDetails, headers: Record<string, string> = {}) {
  return HttpResponse.json(details, { status: details.status, headers: { 'Content-Type': 'application/problem+json', ...headers } })
}

export function ok<T>(body: T, headers?: Record<string, string>): Answer<T> {
  return { status: 200, body, ...(headers ? { headers } : {}) }
}

export function refuse(status: number, title: string, errors?: ProblemDetails['errors']): Answer<never> {
  return { status, details: { title, status, ...(errors ? { errors } : {}) } }
}

const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** Which requests a handler answers, with the path parameters it found, as MSW asks for them. */
export type RoutePredicate = HttpCustomPredicate<Record<string, string>>

/**
 * Matches one route exactly below the base path, on any origin when the base path is relative.
 * A `*` prefix would also match `/anything/api/...`, so a path is never a prefix match.
 * Path parameters are written `{name}` or `:name`, and match one whole path segment; one that
 * cannot be decoded matches nothing, rather than failing the whole gateway.
 */
export function toMswPath(basePath: string, path: string): RoutePredicate {
  const base = escapeForPattern(basePath.replace(/\/$/, ''))
  const origin = /^https?:\/\//.test(basePath) ? base : `[a-z][a-z0-9+.-]*://[^/]+${base}`
  const route = path
    .split(/(\{\w+\}|:\w+)/)
    .map((part) => {
      const parameter = /^\{(\w+)\}$|^:(\w+)$/.exec(part)
      return parameter ? `(?<${parameter[1] ?? parameter[2]}>[^/]+)` : escapeForPattern(part)
    })
    .join('')
  const pattern = new RegExp(`^${origin}${route}/?$`)
  return ({ request }) => {
    const url = new URL(request.url)
    const found = pattern.exec(url.origin + url.pathname)
    if (!found) return false
    const params: Record<string, string> = {}
    for (const [name, value] of Object.entries(found.groups ?? {})) {
      try {
        params[name] = decodeURIComponent(value)
      } catch {
        return false
      }
    }
    return { matches: true, params }
  }
}

/** The path of a request below the base path, such as `/me/summary`. */
function pathBelowBase(request: Request, basePath: string) {
  const base = /^https?:\/\//.test(basePath) ? new URL(basePath).pathname : basePath
  return new URL(request.url).pathname.slice(base.replace(/\/$/, '').length)
}

/** Whether the browser reached the gateway over https, itself or through a proxy the gateway is told to trust. */
export function isHttps(request: Request, options: Pick<GatewayOptions, 'trustForwardedProto'>) {
  if (new URL(request.url).protocol === 'https:') return true
  if (!options.trustForwardedProto) return false
  return request.headers.get('X-Forwarded-Proto')?.split(',')[0]?.trim().toLowerCase() === 'https'
}

export function sessionCookie(
  request: Request,
  options: Pick<GatewayOptions, 'trustForwardedProto'>,
  value: string,
  maxAgeSeconds: number,
) {
  const secure = isHttps(request, options) ? '; Secure' : ''
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`
}

function sortedKeys(value: unknown) {
  return JSON.stringify(value, (_, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  )
}

/** Who may make a call, and the problem for anyone else. */
function accessRefusal(access: Access, person: Persona | null): ProblemDetails | null {
  if (access === 'anyone') return null
  if (!person) return { title: 'Sign in to continue', status: 401 }
  if (access === 'staff' && person.role !== 'staff') return { title: 'Only contact-centre staff can do this', status: 403 }
  if ((access === 'resident' || access === 'tenant') && person.role !== 'resident')
    return { title: 'This is for residents, not for staff', status: 403 }
  if (access === 'tenant' && !person.tenancy) return { title: 'This is only for council tenants', status: 403 }
  return null
}

/**
 * Whose replay store a key belongs to. A payment link's calls belong to the link; anything else to
 * the person signed in. A caller who is neither has no store at all: keys are not secret enough to
 * let one stranger's key bring back another stranger's answer.
 */
function replayScope(endpointPath: string, params: Record<string, string>, session: GatewaySession | null) {
  if (pathParameters(endpointPath).includes('token') && params.token) return `link:${params.token}`
  if (session) return `person:${session.personId}`
  return null
}

/**
 * One gateway route, with what every real gateway does in front of it: who may call it, sessions,
 * CSRF, validation, Idempotency-Key replay, and the latency and faults a test asks for.
 */
export function gatewayRoute<Name extends EndpointName>(
  council: ReferenceCouncil,
  options: GatewayOptions,
  name: Name,
  act: (context: RouteContext<Name>) => Answer<ResponseOf<Name>> | Promise<Answer<ResponseOf<Name>>>,
): HttpHandler {
  const endpoint = endpoints[name]
  const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'
  const isWrite = endpoint.method !== 'GET'

  return http[method](toMswPath(options.basePath, endpoint.path), async ({ request, params, cookies }) => {
    const { faults } = council.state
    const faulty = faults.path === null || pathBelowBase(request, options.basePath).startsWith(faults.path)
    const [fastest, slowest] = options.latency
    const wait = fastest + council.random() * (slowest - fastest) + (faulty ? faults.extraLatencyMs : 0)
    if (wait > 0) await delay(wait)

    if (faulty && faults.unanswered > 0) {
      faults.unanswered -= 1
      await council.holdUnanswered()
      return HttpResponse.error()
    }
    if (faulty && faults.errorRate > 0 && council.random() < faults.errorRate) {
      return problemDetailsResponse({ title: 'The council system is not answering', status: faults.errorStatus })
    }
    if (faulty && faults.tooManyRequests > 0) {
      faults.tooManyRequests -= 1
      return problemDetailsResponse({ title: 'Too many requests', status: 429 }, { 'Retry-After': String(faults.retryAfterSeconds) })
    }

    const session = council.sessionFor(cookies[SESSION_COOKIE])
    const signedIn = session ? council.state.people[session.personId] : null
    // Staff helping a verified caller act as the caller on everything but staff calls, and only for as long as the call lasts.
    const caller =
      signedIn?.role === 'staff' &&
      session?.assisting &&
      (endpoint.access === 'resident' || endpoint.access === 'tenant' || endpoint.access === 'signed-in')
        ? council.state.people[session.assisting.personId]
        : null
    const person = caller ?? signedIn
    const response = await respond()
    // The session slides with every call, so its cookie must too, or an active person is signed out when the first one runs out.
    // Added to the finished answer rather than given to HttpResponse: MSW would also keep a cookie it is given in its own
    // in-process jar, where it would outlive each Vitest test's reset and outrank the session cookie the next test sets.
    if (session && council.state.sessions.get(session.id) === session && response.type !== 'error' && !response.headers.has('Set-Cookie')) {
      response.headers.append('Set-Cookie', sessionCookie(request, options, session.id, sessionLifetimeMs(session) / 1000))
    }
    return response

    async function respond(): Promise<Response> {
      const refused = accessRefusal(endpoint.access, person)
      if (refused) return problemDetailsResponse(refused)
      if (isWrite && session && request.headers.get(CSRF_HEADER) !== session.csrfToken) {
        return problemDetailsResponse({ type: csrfProblemType, title: 'The request did not carry the right CSRF token', status: 403 })
      }
      if (caller && name === 'startPayment') {
        return problemDetailsResponse({
          type: cardPaymentWhileAssistingProblemType,
          title: 'Staff never take card details: send the caller a payment link',
          status: 403,
        })
      }

      let body: unknown = undefined
      if (endpoint.body) {
        const tooLarge = { title: 'The request is too large', status: 413 }
        if (Number(request.headers.get('Content-Length') ?? 0) > largestRequestBytes) return problemDetailsResponse(tooLarge)
        const bytes = await request.arrayBuffer()
        if (bytes.byteLength > largestRequestBytes) return problemDetailsResponse(tooLarge)
        let raw: unknown
        try {
          raw = JSON.parse(new TextDecoder().decode(bytes))
        } catch {
          return problemDetailsResponse({ title: 'The request body was not JSON', status: 400 })
        }
        const parsed = endpoint.body.safeParse(raw)
        if (!parsed.success) {
          return problemDetailsResponse({
            title: 'Some answers need changing',
            status: 422,
            errors: parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), code: issue.code, message: issue.message })),
          })
        }
        body = parsed.data
      }

      const idempotencyKey = request.headers.get(IDEMPOTENCY_HEADER)
      const { acting } = council.state
      let storeKey: string | null = null
      const print = sortedKeys({ method: endpoint.method, path: endpoint.path, params, body })
      if (endpoint.method === 'POST') {
        if (!idempotencyKey) return problemDetailsResponse({ title: `${IDEMPOTENCY_HEADER} is required on every POST`, status: 400 })
        const scope = replayScope(endpoint.path, params, session)
        storeKey = scope && `${scope}:${idempotencyKey}`
        // A retry sent while the first request is still being acted on waits for it, then is answered from what it did.
        while (storeKey && acting.has(storeKey)) await acting.get(storeKey)
        const stored = storeKey ? council.state.answers.get(storeKey) : undefined
        if (stored && stored.fingerprint !== print) {
          return problemDetailsResponse({
            title: `This ${IDEMPOTENCY_HEADER} was already used for a different request`,
            status: 422,
            errors: [],
          })
        }
        if (stored) {
          const replayed = { 'Idempotent-Replayed': 'true' }
          if (stored.status !== 200) return problemDetailsResponse(stored.body as ProblemDetails, replayed)
          return HttpResponse.json(stored.body as never, { status: stored.status, headers: replayed })
        }
      }

      let finishedActing = () => {}
      if (storeKey) {
        const key = storeKey
        acting.set(
          key,
          new Promise<void>((resolve) => {
            finishedActing = () => {
              acting.delete(key)
              resolve()
            }
          }),
        )
      }
      let answer: Answer<ResponseOf<Name>>
      let responseBody: unknown
      try {
        sendDueReminders(council)
        answer = await act({ body, params, session, person, request } as RouteContext<Name>)
        // Again after acting, so a booking made or moved to within a day is reminded at once.
        sendDueReminders(council)
        responseBody = 'body' in answer ? answer.body : answer.details
        if (caller && signedIn && isWrite && answer.status < 400) recordAssistedWrite(council, name, signedIn, caller, responseBody, body)

        // Only what the council acted on is kept against the key: a refused request changed nothing,
        // so the person can correct it and send it again under the same key.
        if (idempotencyKey && endpoint.method === 'POST' && answer.status < 400) {
          if (storeKey) council.state.answers.set(storeKey, { fingerprint: print, status: answer.status, body: responseBody })
          council.state.applied.set(idempotencyKey, (council.state.applied.get(idempotencyKey) ?? 0) + 1)
        }
      } finally {
        finishedActing()
      }
      if (faulty && isWrite && faults.dropAfterActing > 0) {
        faults.dropAfterActing -= 1
        return HttpResponse.error()
      }
      if (faulty && faults.garbage > 0) {
        faults.garbage -= 1
        return HttpResponse.json({ unexpected: 'shape' })
      }
      if (faulty && faults.malformed > 0) {
        faults.malformed -= 1
        return new HttpResponse('<html><body>Service Unavailable</body></html>', {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        })
      }
      if ('details' in answer) return problemDetailsResponse(answer.details)
      return HttpResponse.json(responseBody as never, { status: answer.status, headers: answer.headers })
    }
  })
}
