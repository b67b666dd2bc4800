import { queryOptions, useQuery } from '@tanstack/react-query'
import type { GatewayClient } from '#src/gateway/client'
import { unwrap } from '#src/gateway/errors'
import { isKioskDevice } from '#src/device/device-settings'
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

/**
 * The autocomplete token for a field holding something personal, or "off" on a shared or public
 * computer (said at sign-in) or a kiosk: there the browser would offer what one person typed to the next.
 */
export function usePersonalAutocomplete(): (token?: string) => string | undefined {
  const session = useSession()
  const shared = isKioskDevice() || (session.data?.signedIn === true && session.data.sharedDevice)
  return (token) => (shared ? 'off' : token)
}
