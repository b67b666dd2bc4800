import type { HttpHandler } from 'msw'
import { gatewayRoute, ok, type GatewayOptions } from '../gateway-route'
import type { ReferenceCouncil } from '../reference-council'

const MOST_MESSAGES = 200

export function messageHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  return [
    gatewayRoute(council, options, 'listMyMessages', ({ person }) => {
      const messages = council.state.notifications
        .filter((sent) => sent.personId === person.id)
        .reverse()
        .slice(0, MOST_MESSAGES)
        .map(({ personId: _, ...message }) => message)
      return ok({ messages })
    }),
  ]
}
