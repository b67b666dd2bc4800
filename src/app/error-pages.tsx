import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Page } from '#src/ui/page'
import { ContactDetails } from '#src/ui/contact-details'

export function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <Page title={t('notFound.title')}>
      <h1 className="govuk-heading-l">{t('notFound.title')}</h1>
      <p className="govuk-body">{t('notFound.typed')}</p>
      <p className="govuk-body">{t('notFound.pasted')}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          {t('notFound.home')}
        </Link>
      </p>
      <h2 className="govuk-heading-m">{t('otherWays.title')}</h2>
      <ContactDetails />
    </Page>
  )
}

/** Shown when a screen fails in a way nobody planned for: never a blank page. */
export function ServiceUnavailablePage() {
  const { t } = useTranslation()
  return (
    <Page title={t('serviceUnavailable.title')}>
      <h1 className="govuk-heading-l">{t('serviceUnavailable.title')}</h1>
      <p className="govuk-body">{t('serviceUnavailable.tryLater')}</p>
      <p className="govuk-body">{t('serviceUnavailable.saved')}</p>
      <h2 className="govuk-heading-m">{t('otherWays.title')}</h2>
      <ContactDetails />
    </Page>
  )
}
