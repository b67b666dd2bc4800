import { queryOptions, useQuery } from '@tanstack/react-query'
import type { GatewayClient } from '#src/gateway/client'
import { unwrap } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'

export const myMessagesKey = ['messages'] as const

/** What the council has sent the person by email and text, newest first. */
export const myMessagesQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: myMessagesKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('listMyMessages', { signal })).messages,
    meta: { readableOffline: true },
  })

export function useMyMessages() {
  return useQuery(myMessagesQuery(useGateway()))
}
