import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Page } from '#src/ui/page'

export function StaffHome({ name }: { name: string }) {
  const { t } = useTranslation(['account', 'kiosk', 'contact-centre'])
  return (
    <Page title={t('staff.title')}>
      <span className="govuk-caption-l">{name}</span>
      <h1 className="govuk-heading-l">{t('staff.title')}</h1>
      <p className="govuk-body">{t('staff.signedInAsStaff')}</p>
      <p className="govuk-body">{t('staff.record')}</p>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to="/staff/callers">
            {t('contact-centre:staffHome.findCaller')}
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/staff/payment-link">
            {t('staff.sendPaymentLink')}
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/staff/kiosk">
            {t('kiosk:setUp.title')}
          </Link>
        </li>
      </ul>
    </Page>
  )
}
