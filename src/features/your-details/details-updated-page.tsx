import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { SatisfactionQuestion } from '#src/feedback/satisfaction-question'
import { ConfirmationPanel } from '#src/ui/confirmation-panel'
import { Page } from '#src/ui/page'

export function DetailsUpdatedPage() {
  const { t } = useTranslation('details')
  return (
    <Page title={t('updated.title')}>
      <ConfirmationPanel title={t('updated.title')} />
      <p className="govuk-body">{t('updated.body')}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          {t('updated.backHome')}
        </Link>
      </p>
      <SatisfactionQuestion page="your-details" />
    </Page>
  )
}
