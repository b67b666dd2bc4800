import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { Suspense, useEffect, useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import type { i18n as I18n } from 'i18next'
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router'
import type { Council } from '#src/councils/council'
import { CouncilContext } from '#src/councils/council-context'
import type { GatewayClient } from '#src/gateway/client'
import { GatewayContext } from '#src/gateway/gateway-context'
import { failureOf } from '#src/gateway/errors'
import { sessionKey } from '#src/session/session-queries'
import { keepAccountReadable, restoreAccount } from './offline-reading'
import { keepReportingReadyOffline } from './offline-reporting'

export function createQueryClient() {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // A session that ended shows up on whatever call noticed it first; the header and guards then follow.
      onError: (error, query) => {
        if (failureOf(error).kind === 'signed-out' && query.queryKey[0] !== sessionKey[0]) {
          void queryClient.invalidateQueries({ queryKey: sessionKey })
        }
      },
    }),
    defaultOptions: {
      // The gateway client already retries what is safe to retry, with backoff.
      queries: { retry: false, staleTime: 30_000, refetchOnWindowFocus: false },
      // Submissions go to the outbox even with no signal, so they must never be paused waiting for one.
      mutations: { retry: false, networkMode: 'always' },
    },
  })
  return queryClient
}

export function applyCouncilColours(council: Council) {
  const root = document.documentElement.style
  root.setProperty('--govuk-brand-colour', council.colours.brand)
  root.setProperty('--govuk-link-colour', council.colours.link)
}

interface AppProps {
  council: Council
  i18n: I18n
  gateway: GatewayClient
  routes: RouteObject[]
  queryClient?: QueryClient
  router?: ReturnType<typeof createBrowserRouter>
}

export function App({ council, i18n, gateway, routes, queryClient: givenQueryClient, router: givenRouter }: AppProps) {
  const [queryClient] = useState(() => givenQueryClient ?? createQueryClient())
  const [router] = useState(() => givenRouter ?? createBrowserRouter(routes))
  const [restoredFor, setRestoredFor] = useState<QueryClient | null>(null)
  useEffect(() => applyCouncilColours(council), [council])
  // What was last seen of the account is read back first, so it can be shown with no signal. It takes milliseconds.
  useEffect(() => {
    let stopped = false
    let stopKeeping = () => {}
    void restoreAccount(queryClient).then(() => {
      if (stopped) return
      stopKeeping = keepAccountReadable(queryClient)
      setRestoredFor(queryClient)
    })
    return () => {
      stopped = true
      stopKeeping()
    }
  }, [queryClient])
  useEffect(() => keepReportingReadyOffline(queryClient, gateway, i18n), [queryClient, gateway, i18n])
  if (restoredFor !== queryClient) return null
  return (
    <CouncilContext value={council}>
      <I18nextProvider i18n={i18n}>
        <GatewayContext value={gateway}>
          <QueryClientProvider client={queryClient}>
            <Suspense fallback={null}>
              <RouterProvider router={router} />
            </Suspense>
          </QueryClientProvider>
        </GatewayContext>
      </I18nextProvider>
    </CouncilContext>
  )
}
