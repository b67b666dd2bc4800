import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { GatewayClient } from '#src/gateway/client'
import type { Language } from '#src/gateway/contract/common'
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

/**
 * A signed-in person sees their preferred language, unless they chose another on this device. A language chosen
 * on this device is saved as their preference too, so the council's letters and texts follow it.
 */
export function useProfileLanguage() {
  const { i18n } = useTranslation()
  const session = useSession()
  const signedIn = session.data?.signedIn === true
  const profile = useProfile(signedIn)
  const saved = profile.data
  const save = useChangeProfile()
  // Once for each language chosen, so a save that fails offline is not tried again and again; the next visit tries.
  const triedToSave = useRef<string | null>(null)
  const shown = i18n.language
  useEffect(() => {
    if (!saved) return
    const chosenHere = languageChosenOnThisDevice()
    if (!chosenHere) {
      if (saved.language !== shown) void i18n.changeLanguage(saved.language)
      return
    }
    if (chosenHere !== shown || saved.language === shown || triedToSave.current === shown) return
    triedToSave.current = shown
    save.mutate({ email: saved.email, phone: saved.phone, language: shown as Language, alerts: saved.alerts })
  }, [saved, shown, i18n, save])
}
