import { useTranslation } from 'react-i18next'
import { Page } from '#src/ui/page'

export function StaffHome({ name }: { name: string }) {
  const { t } = useTranslation('account')
  return (
    <Page title={t('staff.title')}>
      <span className="govuk-caption-l">{name}</span>
      <h1 className="govuk-heading-l">{t('staff.title')}</h1>
      <p className="govuk-body">{t('staff.signedInAsStaff')}</p>
      <p className="govuk-body">{t('staff.record')}</p>
    </Page>
  )
}
