import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { council } from '#src/councils/councils'
import { useCouncilName } from '#src/councils/use-council-name'
import { signInUrl } from '#src/gateway/gateway-context'
import { SignOutButton } from '#src/features/session/sign-out-button'
import { useSession } from '#src/features/session/session-queries'
import { LanguageSwitcher } from './language-switcher'

export function Header() {
  const { t } = useTranslation()
  const session = useSession()
  const location = useLocation()
  const councilName = useCouncilName()
  const person = session.data?.signedIn ? session.data.person : null
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
              <span>{councilName}</span>
            </span>
          </Link>
        </div>
        <div className="app-header__account">
          <LanguageSwitcher />
          {person ? (
            <>
              <span>{t('header.signedInAs', { name: person.name })}</span>
              <SignOutButton className="app-button-as-link app-header__link" />
            </>
          ) : session.data ? (
            <a className="govuk-link app-header__link" href={signInUrl(location.pathname)}>
              {t('header.signIn')}
            </a>
          ) : null}
        </div>
      </div>
    </header>
  )
}
