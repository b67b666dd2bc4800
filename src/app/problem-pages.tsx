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
export function ServiceProblemPage() {
  const { t } = useTranslation()
  return (
    <Page title={t('serviceProblem.title')}>
      <h1 className="govuk-heading-l">{t('serviceProblem.title')}</h1>
      <p className="govuk-body">{t('serviceProblem.tryLater')}</p>
      <p className="govuk-body">{t('serviceProblem.saved')}</p>
      <h2 className="govuk-heading-m">{t('otherWays.title')}</h2>
      <ContactDetails />
    </Page>
  )
}
