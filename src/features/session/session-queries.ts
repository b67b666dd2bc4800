import { queryOptions, useQuery } from '@tanstack/react-query'
import type { GatewayClient } from '#src/gateway/client'
import { unwrap } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'

export const sessionKey = ['session'] as const

export const sessionQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: sessionKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('getSession', { signal })),
    staleTime: 60_000,
  })

export function useSession() {
  return useQuery(sessionQuery(useGateway()))
}

export function useSignedInPersonId(): string | null {
  const session = useSession()
  return session.data?.signedIn ? session.data.person.id : null
}
