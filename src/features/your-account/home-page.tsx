import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useSession } from '#src/session/session-queries'
import { failureOf } from '#src/gateway/errors'
import { Loading } from '#src/ui/page'
import { AccountSummary } from './account-summary'
import { StaffHome } from './staff-home'
import { StartPage } from './start-page'
import { KioskStartPage } from './kiosk-start-page'
import { isKioskDevice } from '#src/device/device-settings'
import { CouldNotLoadPage } from '#src/ui/could-not-load-page'

export function HomePage() {
  const session = useSession()
  if (session.isPending) return <Loading />
  // What the session last said still holds when asking again failed, such as with no signal.
  if (session.data === undefined) {
    return <CouldNotLoadPage failure={failureOf(session.error)} onTryAgain={() => void session.refetch()} />
  }
  if (!session.data.signedIn) return isKioskDevice() ? <KioskStartPage /> : <StartPage />
  const { assisting } = session.data
  if (session.data.person.role === 'staff' && !assisting) return <StaffHome name={session.data.person.name} />
  return (
    <>
      <AccountSummary name={assisting ? assisting.name : session.data.person.name} />
      <TellUsOnce />
      <ActivityOnYourAccount />
    </>
  )
}

/** The way in to telling us of a change, told once to every service it affects. */
function TellUsOnce() {
  const { t } = useTranslation('changes')
  return (
    <section aria-labelledby="tell-us-once">
      <h2 className="govuk-heading-m" id="tell-us-once">
        {t('home.title')}
      </h2>
      <p className="govuk-body">{t('home.body')}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/report-a-change">
          {t('home.start')}
        </Link>
      </p>
    </section>
  )
}

/** What the contact centre did for the person, which they can always read. */
function ActivityOnYourAccount() {
  const { t } = useTranslation('contact-centre')
  return (
    <section aria-labelledby="activity-on-your-account">
      <h2 className="govuk-heading-m" id="activity-on-your-account">
        {t('activity.title')}
      </h2>
      <p className="govuk-body">
        <Link className="govuk-link" to="/your-account/activity">
          {t('activity.homeLink')}
        </Link>
      </p>
    </section>
  )
}
