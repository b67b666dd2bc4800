import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { registerServiceWorker } from './app/service-worker'
import { routes } from './app/routes'
import './app/styles.scss'
import type { Council } from './councils/council'
import { councilById } from './councils/councils'
import { chooseLanguageOnThisDevice, isKioskDevice, languageChosenOnThisDevice } from './device/device-settings'
import type { Language } from './gateway/contract/common'
import { createDefaultGateway } from './gateway/gateway-context'
import { startI18n } from './i18n/i18n'

function startingLanguage(council: Council): Language {
  const offered = (candidate: string | null): candidate is Language =>
    candidate !== null && (council.languages as string[]).includes(candidate)
  const asked = new URLSearchParams(location.search).get('lang')
  // A link that asks for a language is a choice made on this device, like the language switcher.
  if (offered(asked)) {
    chooseLanguageOnThisDevice(asked)
    return asked
  }
  const chosen = languageChosenOnThisDevice()
  return offered(chosen) ? chosen : council.defaultLanguage
}

// A kiosk's touch screen gets bigger targets (src/app/target-size.scss).
document.documentElement.classList.toggle('app-kiosk', isKioskDevice())

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// Chosen when the app is built, with COUNCIL=<id> (see vite.config.ts), and passed down from here.
const council = councilById(import.meta.env.VITE_COUNCIL as string)
// Made first, so what it checks answers against is fetched while the texts are.
const gateway = createDefaultGateway()
const i18n = await startI18n(startingLanguage(council), council.languages)
createRoot(root).render(
  <StrictMode>
    <App council={council} i18n={i18n} gateway={gateway} routes={routes} />
  </StrictMode>,
)

if (document.readyState === 'complete') void registerServiceWorker()
else window.addEventListener('load', () => void registerServiceWorker())
