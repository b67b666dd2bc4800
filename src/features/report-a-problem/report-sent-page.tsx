import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { SatisfactionQuestion } from '#src/features/feedback/satisfaction-question'
import { formatDate } from '#src/format/format'
import { ConfirmationPanel } from '#src/ui/layout-parts'
import { Page } from '#src/ui/page'

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
              <Link className="govuk-button" to="/report/book-repair" state={{ reference: sent.reference }}>
                {t('sent.bookAppointment')}
              </Link>
            </>
          ) : null}
          {sent?.expectedBy ? <p className="govuk-body">{t('sent.expectedBy', { date: formatDate(sent.expectedBy, i18n.language) })}</p> : null}
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
  const following = useLocation().state as { reference: string; serviceName: string } | null
  return (
    <Page title={t('following.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ConfirmationPanel title={t('following.title')}>{following ? <strong>{following.reference}</strong> : null}</ConfirmationPanel>
          <p className="govuk-body">{t('following.body')}</p>
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
