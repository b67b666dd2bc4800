import { setupServer } from 'msw/node'
import { createGatewayHandlers } from '#mocks/handlers'
import type { PersonaId } from '#mocks/personas'
import { createReferenceCouncil, SESSION_COOKIE } from '#mocks/reference-council'

/** One reference council for the whole test file, reset after every test. */
export const council = createReferenceCouncil()
export const gatewayServer = setupServer(...createGatewayHandlers(council, { basePath: '/api', latency: [0, 0] }))

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
