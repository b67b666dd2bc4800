import { queryOptions, useQuery } from '@tanstack/react-query'
import type { GatewayClient } from '#src/gateway/client'
import { unwrap } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'
import { myLetterKey } from '#src/session/account-queries'

/** One letter with its body: readable offline, as a bill is something a resident looks back at anywhere. */
export const letterQuery = (gateway: GatewayClient, id: string) =>
  queryOptions({
    queryKey: myLetterKey(id),
    queryFn: async ({ signal }) => unwrap(await gateway.call('getLetter', { params: { id }, signal })),
    meta: { readableOffline: true },
  })

export function useLetter(id: string) {
  return useQuery(letterQuery(useGateway(), id))
}
