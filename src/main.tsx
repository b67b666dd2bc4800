import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { registerServiceWorker } from './app/service-worker'
import { routes } from './app/routes'
import './app/styles.scss'
import { council } from './councils/councils'
import type { Language } from './gateway/contract/common'
import { createDefaultGateway } from './gateway/gateway-context'
import { LANGUAGE_STORAGE_KEY, startI18n } from './i18n/i18n'

function startingLanguage(): Language {
  const offered = (candidate: string | null): candidate is Language =>
    candidate !== null && (council.languages as string[]).includes(candidate)
  const asked = new URLSearchParams(location.search).get('lang')
  // A link that asks for a language is a choice made on this device, like the language switcher.
  if (offered(asked)) {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, asked)
    return asked
  }
  const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY)
  return offered(stored) ? stored : council.defaultLanguage
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

const i18n = await startI18n(startingLanguage(), council.languages)
createRoot(root).render(
  <StrictMode>
    <App i18n={i18n} gateway={createDefaultGateway()} routes={routes} />
  </StrictMode>,
)

if (document.readyState === 'complete') void registerServiceWorker()
else window.addEventListener('load', () => void registerServiceWorker())
