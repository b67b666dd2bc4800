import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { CouncilText, useCouncil } from '#src/councils/council-context'
import { signInUrl } from '#src/gateway/gateway-context'
import { SignOutButton } from '#src/features/sign-out/sign-out-button'
import { useSession } from '#src/session/session-queries'
import { useWaitingToSendCount } from '#src/outbox/use-outbox'
import { LanguageSwitcher } from './language-switcher'
import { KioskVisit } from './kiosk'
import { isKioskDevice } from '#src/device/device-settings'

export function Header() {
  const council = useCouncil()
  const { t, i18n } = useTranslation()
  const session = useSession()
  const location = useLocation()
  const person = session.data?.signedIn ? session.data.person : null
  const waiting = useWaitingToSendCount(person?.id ?? null)
  const kiosk = isKioskDevice()
  return (
    <header className="govuk-generic-header app-header">
      <div className="govuk-generic-header__container govuk-width-container app-header__container">
        <div className="govuk-generic-header__logo">
          <Link to="/" className="govuk-generic-header__homepage-link app-header__logo">
            <img src={council.logo} alt="" width="40" height="40" />
            <span>
              <span className="govuk-!-font-weight-bold">{t('app.serviceName')}</span>
              <span className="govuk-visually-hidden"> – </span>
              <br />
              <span>
                <CouncilText words={council.name} />
              </span>
            </span>
          </Link>
        </div>
        <div className="app-header__account">
          <LanguageSwitcher />
          {person ? (
            <>
              {waiting > 0 ? <WaitingToSendLink count={waiting} /> : null}
              <span>{t('header.signedInAs', { name: person.name })}</span>
              {kiosk ? null : <SignOutButton personId={person.id} className="app-button-as-link app-header__link" />}
            </>
          ) : session.data ? (
            <a className="govuk-link app-header__link" href={signInUrl(location.pathname, i18n.language)}>
              {t('header.signIn')}
            </a>
          ) : null}
          {kiosk ? <KioskVisit /> : null}
        </div>
      </div>
    </header>
  )
}

/** Its words are the shell's, so the link reads right even offline before the service worker has the outbox's words. */
function WaitingToSendLink({ count }: { count: number }) {
  const { t } = useTranslation()
  return (
    <Link className="govuk-link app-header__link" to="/waiting">
      {t('header.waitingToSend', { count })}
    </Link>
  )
}
