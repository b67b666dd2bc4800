import type { HttpHandler } from 'msw'
import { letterId } from '#src/gateway/contract/letters'
import { gatewayRoute, ok, refuse, type GatewayOptions } from '../gateway-route'
import type { ReferenceCouncil } from '../reference-council'

/** Council tax and benefits letters, as sent to the caller: newest first, each one only to the person it was sent to. */
export function letterHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  return [
    gatewayRoute(council, options, 'listMyLetters', ({ person }) =>
      ok({
        letters: person.letters
          .map(({ body: _body, ...summary }) => summary)
          .sort((a, b) => b.sentOn.localeCompare(a.sentOn) || b.id.localeCompare(a.id)),
      }),
    ),
    gatewayRoute(council, options, 'getLetter', ({ person, params }) => {
      const id = letterId.safeParse(params.id)
      const letter = id.success ? person.letters.find((candidate) => candidate.id === id.data) : undefined
      return letter ? ok(letter) : refuse(404, 'This person has no such letter')
    }),
  ]
}
