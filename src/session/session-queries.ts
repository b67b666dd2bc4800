import { queryOptions, useQuery } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
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

/** When the gateway will end the signed-in person's session unless they do something first, by this device's clock; null for nobody. */
export function useSessionEndsAt(): number | null {
  const gateway = useGateway()
  const signedIn = useSession().data?.signedIn === true
  const endsAt = useSyncExternalStore(gateway.onSessionEndsAtChange, gateway.sessionEndsAt, () => null)
  return signedIn ? endsAt : null
}

/** The caller a member of contact-centre staff is helping, once verified; null otherwise. */
export function useAssisting() {
  const session = useSession()
  return session.data?.signedIn && session.data.person.role === 'staff' ? (session.data.assisting ?? null) : null
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
