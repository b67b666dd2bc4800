import { render } from '@testing-library/react'
import i18next from 'i18next'
import { createMemoryRouter } from 'react-router'
import { App, createQueryClient } from '#src/app/app'
import { routes } from '#src/app/routes'
import type { Council } from '#src/councils/council'
import { southmere } from '#src/councils/southmere'
import { language as languages, type Language } from '#src/gateway/contract/common'
import { createGatewayClient } from '#src/gateway/client'
import { chooseLanguageOnThisDevice } from '#src/device/device-settings'
import { startI18n } from '#src/i18n/i18n'

/** The whole app, at a path, against the reference gateway: what a resident would see. */
export async function renderApp(path = '/', options: { language?: Language; council?: Council } = {}) {
  const i18n = i18next.isInitialized ? i18next : await startI18n(options.language ?? 'en', languages.options)
  await i18n.changeLanguage(options.language ?? 'en')
  // As the language switcher does: a language chosen on this device wins over the profile's.
  if (options.language) chooseLanguageOnThisDevice(options.language)
  const gateway = createGatewayClient({ baseUrl: '/api', backoffMs: 0, timeoutMs: 2000 })
  const queryClient = createQueryClient()
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  const view = render(
    <App council={options.council ?? southmere} i18n={i18n} gateway={gateway} routes={routes} queryClient={queryClient} router={router} />,
  )
  return { ...view, router, queryClient, gateway }
}
