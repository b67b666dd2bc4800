import { queryOptions, useQuery } from '@tanstack/react-query'
import type { GatewayClient } from '#src/gateway/client'
import { unwrap } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'

export const accountActivityKey = ['account-activity'] as const

export const accountActivityQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: accountActivityKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('listMyAccountActivity', { signal })),
  })

export function useAccountActivity() {
  return useQuery(accountActivityQuery(useGateway()))
}
