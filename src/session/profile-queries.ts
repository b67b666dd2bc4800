import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { GatewayClient } from '#src/gateway/client'
import type { ProfileChange } from '#src/gateway/contract/session'
import { unwrap } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'
import { languageChosenOnThisDevice } from '#src/device/device-settings'
import { useSession } from '#src/session/session-queries'

export const profileKey = ['profile'] as const

export const profileQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: profileKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('getProfile', { signal })),
    meta: { readableOffline: true },
  })

export function useProfile(enabled = true) {
  return useQuery({ ...profileQuery(useGateway()), enabled })
}

export function useChangeProfile() {
  const gateway = useGateway()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (change: ProfileChange) => gateway.call('changeProfile', { body: change }),
    onSuccess: (result) => {
      if (result.ok) queryClient.setQueryData(profileKey, result.data)
    },
  })
}

/** A signed-in person sees their preferred language, unless they chose another on this device. */
export function useProfileLanguage() {
  const { i18n } = useTranslation()
  const session = useSession()
  const signedIn = session.data?.signedIn === true
  const profile = useProfile(signedIn)
  const preferred = profile.data?.language
  useEffect(() => {
    if (!preferred || languageChosenOnThisDevice()) return
    if (preferred !== i18n.language) void i18n.changeLanguage(preferred)
  }, [preferred, i18n])
}
