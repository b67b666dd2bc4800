import type { HttpHandler } from 'msw'
import { claimReference } from '#src/gateway/contract/benefits'
import { gatewayRoute, ok, refuse, type GatewayOptions } from '../gateway-route'
import type { ReferenceCouncil } from '../reference-council'

/** Housing Benefit and Council Tax Reduction claims, looked up only among the caller's own. */
export function benefitHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  return [
    gatewayRoute(council, options, 'listBenefitClaims', ({ person }) => ok({ claims: person.benefitClaims })),
    gatewayRoute(council, options, 'getBenefitClaim', ({ person, params }) => {
      // A reference longer than any real one is not looked for.
      const reference = claimReference.safeParse(params.reference)
      const claim = reference.success ? person.benefitClaims.find((candidate) => candidate.reference === reference.data) : undefined
      return claim ? ok(claim) : refuse(404, 'This person has no such claim')
    }),
  ]
}
