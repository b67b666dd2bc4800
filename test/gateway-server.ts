import { getResponse } from 'msw'
import { setupServer } from 'msw/node'
import type { GatewayOptions } from '#mocks/gateway-route'
import { createGatewayHandlers } from '#mocks/handlers'
import type { PersonaId } from '#mocks/personas'
import { createReferenceCouncil, SESSION_COOKIE } from '#mocks/reference-council'

/** One reference council for the whole test file, reset after every test. */
export const council = createReferenceCouncil()
export const gatewayServer = setupServer(...createGatewayHandlers(council, { basePath: '/api', latency: [0, 0], referenceControls: true }))

export function resetGateway() {
  gatewayServer.resetHandlers()
  council.reset()
}

/** Signs in as a demo person the way the gateway's sign-in page would, by giving the browser its session cookie. */
export function signInAs(personId: PersonaId) {
  const session = council.startSession(personId)
  document.cookie = `${SESSION_COOKIE}=${session.id}; Path=/`
  return session
}

interface DirectRequest {
  body?: BodyInit
  headers?: Record<string, string>
  /** Sent as the session cookie. */
  sessionId?: string
}

/**
 * A reference gateway of its own, asked directly rather than through fetch, to see exactly how it
 * answers: `undefined` is no route at all, which the servers answer with 404. Its site is not the
 * test page's, so no cookie of the page's is sent with it.
 */
export function directGateway(options: Partial<GatewayOptions> = {}, site = 'http://gateway.test') {
  const reference = createReferenceCouncil()
  const handlers = createGatewayHandlers(reference, { basePath: '/api', latency: [0, 0], ...options })
  return {
    council: reference,
    site,
    ask(method: string, path: string, request: DirectRequest = {}): Promise<Response | undefined> {
      const headers = new Headers(request.headers)
      if (request.sessionId !== undefined) headers.set('Cookie', `${SESSION_COOKIE}=${request.sessionId}`)
      return getResponse(handlers, new Request(new URL(path, site), { method, headers, body: request.body }))
    },
  }
}
