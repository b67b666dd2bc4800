import type { EndpointName, ResponseOf } from './endpoints'

/**
 * When the gateway will end the session, by this device's clock. The gateway slides the session with every
 * call that reaches it, so the time left runs from the last answer, for as long as the latest session answer
 * said. Its `expiresAt` is by the gateway's clock, which may differ from the device's: the answer's Date header
 * says by how much. Calls from other tabs or the service worker slide it too, unseen here, so this is never late.
 */
export function createSessionClock() {
  let lifetimeMs: number | null = null
  let endsAt: number | null = null
  const listeners = new Set<() => void>()

  function endAt(next: number | null) {
    if (next === endsAt) return
    endsAt = next
    for (const listener of listeners) listener()
  }

  return {
    endsAt: (): number | null => endsAt,
    onChange(listener: () => void): () => void {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    toldSession(session: ResponseOf<'getSession'>, response: Response, receivedAt: number) {
      if (!session.signedIn) {
        lifetimeMs = null
        endAt(null)
        return
      }
      lifetimeMs = Date.parse(session.expiresAt) - (gatewayTime(response) ?? receivedAt)
      endAt(receivedAt + lifetimeMs)
    },
    heard(name: EndpointName, response: Response, receivedAt: number) {
      if (response.status === 401 || (name === 'signOut' && response.ok)) {
        lifetimeMs = null
        endAt(null)
        return
      }
      // A session answer sets the clock itself, once it is read.
      if (name === 'getSession' || lifetimeMs === null) return
      if (reachedTheSession(response.status)) endAt(receivedAt + lifetimeMs)
    },
  }
}

/**
 * Too many requests and server failures may be answered before the gateway looks at the session, so they
 * are not counted as sliding it: counting them could leave the warning too late.
 */
function reachedTheSession(status: number) {
  return status < 500 && status !== 429
}

/** The Date header is in whole seconds, rounded down: the gateway's clock may be up to a second later. */
function gatewayTime(response: Response): number | null {
  const date = Date.parse(response.headers.get('Date') ?? '')
  return Number.isNaN(date) ? null : date + 1000
}
