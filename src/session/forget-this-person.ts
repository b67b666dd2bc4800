import type { QueryClient } from '@tanstack/react-query'
import { forgetEverythingStored } from '#src/device/forget-the-person'
import type { GatewayClient } from '#src/gateway/client'

/**
 * Leaves nothing of the person in this browser: cached answers, the CSRF token, anything in
 * session storage, drafts in IndexedDB. Their language choice goes too, so the next person starts from the council's default.
 */
export async function forgetThisPerson(queryClient: QueryClient, gateway: GatewayClient) {
  queryClient.clear()
  gateway.forgetSession()
  await forgetEverythingStored()
}
