import { queryOptions, useQuery } from '@tanstack/react-query'
import type { GatewayClient } from '#src/gateway/client'
import { unwrap } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'

export const verificationKey = (matchId: string) => ['caller-verification', matchId] as const

/** The gateway's questions for this match. Asked once a page: a try used up is counted by the gateway, not here. */
export const verificationQuery = (gateway: GatewayClient, matchId: string) =>
  queryOptions({
    queryKey: verificationKey(matchId),
    queryFn: async ({ signal }) => unwrap(await gateway.call('startCallerVerification', { params: { matchId }, body: {}, signal })),
    staleTime: Infinity,
    retry: false,
  })

export function useCallerVerification(matchId: string) {
  return useQuery(verificationQuery(useGateway(), matchId))
}
