import { queryOptions, useQuery } from '@tanstack/react-query'
import type { GatewayClient } from '#src/gateway/client'
import { unwrap } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'

/** Housing Benefit and Council Tax Reduction claims: readable offline, as a resident checks what is paid anywhere. */
export const benefitClaimsKey = ['benefit-claims'] as const
export const benefitClaimKey = (reference: string) => [...benefitClaimsKey, reference] as const

export const benefitClaimsQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: benefitClaimsKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('listBenefitClaims', { signal })).claims,
    meta: { readableOffline: true },
  })

export function useBenefitClaims() {
  return useQuery(benefitClaimsQuery(useGateway()))
}

export const benefitClaimQuery = (gateway: GatewayClient, reference: string) =>
  queryOptions({
    queryKey: benefitClaimKey(reference),
    queryFn: async ({ signal }) => unwrap(await gateway.call('getBenefitClaim', { params: { reference }, signal })),
    meta: { readableOffline: true },
  })

export function useBenefitClaim(reference: string) {
  return useQuery(benefitClaimQuery(useGateway(), reference))
}
