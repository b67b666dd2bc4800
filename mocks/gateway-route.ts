import { delay, http, HttpResponse, type HttpHandler } from 'msw'
import { z } from 'zod'
import type { Problem } from '#src/gateway/contract/common'
import { CSRF_HEADER, IDEMPOTENCY_HEADER } from '#src/gateway/client'
import { endpoints, type EndpointName, type ResponseOf } from '#src/gateway/endpoints'
import type { Persona } from './personas'
import { SESSION_COOKIE, type GatewaySession, type ReferenceCouncil } from './reference-council'

export interface GatewayOptions {
  /** Where the gateway is mounted: `/api` for the servers, an absolute URL is fine too. */
  basePath: string
  /** Typical mobile round trip, in ms, as [fastest, slowest]. Tests use [0, 0]. */
  latency: [number, number]
}

export type Answer<T> = { status: 200; body: T; headers?: Record<string, string> } | { status: number; problem: Problem }

interface RouteContext<Name extends EndpointName> {
  body: Name extends EndpointName ? (typeof endpoints)[Name]['body'] extends z.ZodType ? z.output<(typeof endpoints)[Name]['body']> : undefined : never
  params: Record<string, string>
  session: GatewaySession | null
  person: Persona | null
  request: Request
}

export function problemResponse(problem: Problem, headers: Record<string, string> = {}) {
  return HttpResponse.json(problem, { status: problem.status, headers: { 'Content-Type': 'application/problem+json', ...headers } })
}

export function ok<T>(body: T, headers?: Record<string, string>): Answer<T> {
  return { status: 200, body, ...(headers ? { headers } : {}) }
}

export function refuse(status: number, title: string, errors?: Problem['errors']): Answer<never> {
  return { status, problem: { title, status, ...(errors ? { errors } : {}) } }
}

export function toMswPath(basePath: string, path: string) {
  const prefix = basePath.startsWith('http') ? basePath : `*${basePath}`
  return prefix + path.replace(/\{(\w+)\}/g, ':$1')
}

function fingerprint(value: unknown) {
  return JSON.stringify(value, (_, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  )
}

/**
 * One gateway route, with what every real gateway does in front of it: sessions, CSRF,
 * validation, Idempotency-Key replay, and the latency and faults a test asks for.
 */
export function gatewayRoute<Name extends EndpointName>(
  council: ReferenceCouncil,
  options: GatewayOptions,
  name: Name,
  act: (context: RouteContext<Name>) => Answer<ResponseOf<Name>> | Promise<Answer<ResponseOf<Name>>>,
): HttpHandler {
  const endpoint = endpoints[name]
  const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'patch'
  return http[method](toMswPath(options.basePath, endpoint.path), async ({ request, params, cookies }) => {
    const { faults } = council.state
    const [fastest, slowest] = options.latency
    const wait = fastest + council.random() * (slowest - fastest) + faults.extraLatencyMs
    if (wait > 0) await delay(wait)

    if (faults.errorRate > 0 && council.random() < faults.errorRate) {
      return problemResponse({ title: 'The council system is not answering', status: 503 })
    }

    const session = council.sessionFor(cookies[SESSION_COOKIE])
    if (endpoint.signedIn && !session) return problemResponse({ title: 'Sign in to continue', status: 401 })
    const isWrite = endpoint.method !== 'GET'
    if (isWrite && session && request.headers.get(CSRF_HEADER) !== session.csrfToken) {
      return problemResponse({ title: 'The request did not carry the right CSRF token', status: 403 })
    }

    let body: unknown = undefined
    if (endpoint.body) {
      let raw: unknown
      try {
        raw = await request.json()
      } catch {
        return problemResponse({ title: 'The request body was not JSON', status: 400 })
      }
      const parsed = endpoint.body.safeParse(raw)
      if (!parsed.success) {
        return problemResponse({
          title: 'Some answers need changing',
          status: 422,
          errors: parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), code: issue.code, message: issue.message })),
        })
      }
      body = parsed.data
    }

    const idempotencyKey = request.headers.get(IDEMPOTENCY_HEADER)
    let storeKey: string | null = null
    if (endpoint.method === 'POST') {
      if (!idempotencyKey) return problemResponse({ title: `${IDEMPOTENCY_HEADER} is required on every POST`, status: 400 })
      storeKey = `${session?.personId ?? 'anonymous'}:${idempotencyKey}`
      const stored = council.state.answers.get(storeKey)
      const print = fingerprint({ name, body })
      if (stored && stored.fingerprint !== print) {
        return problemResponse({ title: `This ${IDEMPOTENCY_HEADER} was already used for a different request`, status: 422, errors: [] })
      }
      if (stored) {
        const replayed = { 'Idempotent-Replayed': 'true' }
        if (stored.status !== 200) return problemResponse(stored.body as Problem, replayed)
        return HttpResponse.json(stored.body as never, { status: stored.status, headers: replayed })
      }
    }

    const person = session ? council.state.people[session.personId] : null
    const answer = await act({ body, params: params as Record<string, string>, session, person, request } as RouteContext<Name>)
    const responseBody = 'body' in answer ? answer.body : answer.problem

    // Only what the council acted on is kept against the key: a refused request changed nothing,
    // so the person can correct it and send it again under the same key.
    if (storeKey && idempotencyKey && answer.status < 400) {
      council.state.answers.set(storeKey, { fingerprint: fingerprint({ name, body }), status: answer.status, body: responseBody })
      council.state.applied.set(idempotencyKey, (council.state.applied.get(idempotencyKey) ?? 0) + 1)
    }
    if (isWrite && faults.dropAfterActing > 0) {
      faults.dropAfterActing -= 1
      return HttpResponse.error()
    }
    if (faults.garbage > 0) {
      faults.garbage -= 1
      return HttpResponse.json({ unexpected: 'shape' })
    }
    if ('problem' in answer) return problemResponse(answer.problem)
    return HttpResponse.json(responseBody as never, { status: answer.status, headers: answer.headers })
  })
}
