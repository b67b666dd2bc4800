import { queryOptions, useQuery } from '@tanstack/react-query'
import type { GatewayClient } from '#src/gateway/client'
import { unwrap } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'

export const accountSummaryQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: ['account-summary'],
    queryFn: async ({ signal }) => unwrap(await gateway.call('getAccountSummary', { signal })),
  })

export function useAccountSummary() {
  return useQuery(accountSummaryQuery(useGateway()))
}
