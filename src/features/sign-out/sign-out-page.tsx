import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useWaitingToSendCount } from '#src/outbox/use-outbox'
import { useSignedInPersonId } from '#src/session/session-queries'
import { useSignOut } from '#src/session/sign-out'
import { ButtonGroup } from '#src/ui/button-group'
import { Page } from '#src/ui/page'
import { WarningText } from '#src/ui/warning-text'

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
          <WarningText>{t('signOutWarning.body')}</WarningText>
          <ButtonGroup>
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
          </ButtonGroup>
        </div>
      </div>
    </Page>
  )
}
