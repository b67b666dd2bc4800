import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useWaitingToSendCount } from '#src/outbox/use-outbox'
import { useSignedInPersonId } from '#src/session/session-queries'
import { useSignOut } from '#src/session/sign-out'
import { Page } from '#src/ui/page'

/** Shown instead of signing out straight away when something is still waiting to send. */
export function SignOutPage() {
  const { t } = useTranslation()
  const waiting = useWaitingToSendCount(useSignedInPersonId())
  const signOut = useSignOut()
  return (
    <Page title={t('signOutWarning.title', { count: waiting })}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t('signOutWarning.title', { count: waiting })}</h1>
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">{t('warning')}</span>
              {t('signOutWarning.body')}
            </strong>
          </div>
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              onClick={() => signOut.mutate()}
              disabled={signOut.isPending}
            >
              {t('signOutWarning.signOutAnyway')}
            </button>
            <Link className="govuk-link" to="/waiting">
              {t('signOutWarning.seeWaiting')}
            </Link>
          </div>
        </div>
      </div>
    </Page>
  )
}
