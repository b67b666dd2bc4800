import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { SatisfactionQuestion } from '#src/feedback/satisfaction-question'
import { formatDate } from '#src/format/format'
import { ConfirmationPanel } from '#src/ui/confirmation-panel'
import { Page } from '#src/ui/page'
import { ButtonLink } from '#src/ui/button'

interface Sent {
  reference: string
  expectedBy: string | null
  needsAppointment: boolean
  serviceName: string
}

export function ReportSentPage() {
  const { t, i18n } = useTranslation('report')
  const sent = useLocation().state as Sent | null
  return (
    <Page title={t('sent.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ConfirmationPanel title={t('sent.title')}>
            {sent ? (
              <>
                {t('sent.reference')}
                <br />
                <strong>{sent.reference}</strong>
              </>
            ) : null}
          </ConfirmationPanel>
          <h2 className="govuk-heading-m">{t('sent.nextTitle')}</h2>
          {sent?.needsAppointment ? (
            <>
              <p className="govuk-body">{t('sent.needsAppointment')}</p>
              <ButtonLink to="/report/book-repair" state={{ reference: sent.reference }}>
                {t('sent.bookAppointment')}
              </ButtonLink>
            </>
          ) : null}
          {sent?.expectedBy ? (
            <p className="govuk-body">{t('sent.expectedBy', { date: formatDate(sent.expectedBy, i18n.language) })}</p>
          ) : null}
          <p className="govuk-body">{t('sent.updates')}</p>
          <p className="govuk-body">
            <Link className="govuk-link" to={sent ? `/requests/${sent.reference}` : '/requests'}>
              {t('sent.follow')}
            </Link>
          </p>
          <SatisfactionQuestion page="report-a-problem" />
        </div>
      </div>
    </Page>
  )
}

export function FollowingPage() {
  const { t } = useTranslation('report')
  const following = useLocation().state as { reference: string; serviceName: string; kept?: boolean } | null
  return (
    <Page title={t('following.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ConfirmationPanel title={t('following.title')}>{following ? <strong>{following.reference}</strong> : null}</ConfirmationPanel>
          <p className="govuk-body">{following?.kept ? t('following.kept') : t('following.body')}</p>
          <p className="govuk-body">
            <Link className="govuk-link" to={following ? `/requests/${following.reference}` : '/requests'}>
              {t('following.see')}
            </Link>
          </p>
          <SatisfactionQuestion page="report-a-problem-follow" />
        </div>
      </div>
    </Page>
  )
}

/** Kept on this phone, to go when the connection or the session comes back. */
export function ReportWaitingPage() {
  const { t } = useTranslation('report')
  const because = (useLocation().state as { because?: string } | null)?.because ?? 'offline'
  const why =
    because === 'signed-out'
      ? 'waiting.signedOut'
      : because === 'offline' || because === 'timeout'
        ? 'waiting.offline'
        : 'waiting.councilDown'
  return (
    <Page title={t('waiting.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t('waiting.title')}</h1>
          <p className="govuk-body">{t(why)}</p>
          <p className="govuk-body">{t('waiting.nothingLost')}</p>
          <p className="govuk-body">
            <Link className="govuk-link" to="/waiting">
              {t('waiting.see')}
            </Link>
          </p>
        </div>
      </div>
    </Page>
  )
}
