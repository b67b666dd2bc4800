import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { GatewayClient } from '#src/gateway/client'
import type { Language } from '#src/gateway/contract/common'
import type { ProfileChange } from '#src/gateway/contract/session'
import { unwrap } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'
import { languageChosenOnThisDevice } from '#src/device/device-settings'
import { useAssisting, useSession } from '#src/session/session-queries'

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
    // One change at a time, in the order made, so two quick changes never reach the gateway the wrong way round.
    scope: { id: 'profile' },
    mutationFn: async (change: ProfileChange) => gateway.call('changeProfile', { body: change }),
    onSuccess: (result) => {
      if (result.ok) queryClient.setQueryData(profileKey, result.data)
    },
  })
}

/**
 * A signed-in person sees their preferred language, unless they chose another on this device. Staff helping a
 * caller read the caller's profile, but the screen stays in the adviser's language.
 */
export function useProfileLanguage() {
  const { i18n } = useTranslation()
  const session = useSession()
  const assisting = useAssisting() !== null
  const signedIn = session.data?.signedIn === true
  const profile = useProfile(signedIn)
  const preferred = profile.data?.language
  useEffect(() => {
    if (!preferred || assisting || languageChosenOnThisDevice()) return
    if (preferred !== i18n.language) void i18n.changeLanguage(preferred)
  }, [preferred, assisting, i18n])
}

/**
 * A language the person chose with the language switcher is also saved as their preference, so the council's
 * letters and texts follow it. A language asked for by a link is not: whoever sent the link chose it.
 */
export function useSaveLanguageChoice() {
  const session = useSession()
  const assisting = useAssisting() !== null
  const profile = useProfile(session.data?.signedIn === true)
  const save = useChangeProfile()
  return (language: Language) => {
    // The adviser's language is theirs: while helping a caller, the profile the gateway answers with is the caller's.
    if (assisting) return
    const saved = profile.data
    // A choice made a moment ago may not be saved yet: Welsh, then straight back to English, must save English.
    const lastAskedFor = save.variables?.language ?? saved?.language
    if (!saved || lastAskedFor === language) return
    save.mutate({ email: saved.email, phone: saved.phone, language, alerts: saved.alerts })
  }
}
