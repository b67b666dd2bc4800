import type { QueryClient } from '@tanstack/react-query'
import type { i18n as I18n } from 'i18next'
import { sessionKey } from '#src/session/session-queries'
import type { GatewayClient } from '#src/gateway/client'
import type { Session } from '#src/gateway/contract/session'

/** The app can open with no signal only under its service worker; without one, keeping the catalogue is no use. */
function canOpenOffline() {
  return typeof navigator !== 'undefined' && navigator.onLine && Boolean(navigator.serviceWorker?.controller)
}

/**
 * Once a resident is signed in, with a signal, keeps what reporting a problem needs on the device (the
 * catalogue and every service's questions, in the language in use), so a report can be made later with none.
 * Returns a function that stops it.
 */
export function keepReportingReadyOffline(queryClient: QueryClient, gateway: GatewayClient, i18n: I18n): () => void {
  const kept = new Set<string>()
  const consider = () => {
    const session = queryClient.getQueryData<Session>(sessionKey)
    if (!session?.signedIn || session.person.role !== 'resident' || !canOpenOffline()) return
    const language = i18n.language
    if (kept.has(language)) return
    kept.add(language)
    // Reporting's own code, fetched only for a resident whose phone can open the app with no signal.
    void import('#src/features/report-a-problem/report-queries')
      .then(({ keepCatalogueForOffline }) => keepCatalogueForOffline(queryClient, gateway, language, { tenant: session.person.tenant }))
      .catch(() => false)
      .then((done) => {
        if (!done) kept.delete(language)
      })
  }
  const stopHearing = queryClient.getQueryCache().subscribe((event) => {
    if (event.query.queryKey[0] === sessionKey[0] && event.type === 'updated' && event.action.type === 'success') consider()
  })
  i18n.on('languageChanged', consider)
  const serviceWorker = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker
  serviceWorker?.addEventListener('controllerchange', consider)
  window.addEventListener('online', consider)
  consider()
  return () => {
    stopHearing()
    i18n.off('languageChanged', consider)
    serviceWorker?.removeEventListener('controllerchange', consider)
    window.removeEventListener('online', consider)
  }
}
