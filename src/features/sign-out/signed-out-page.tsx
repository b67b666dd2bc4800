import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { signInUrl } from '#src/gateway/gateway-context'
import { Page } from '#src/ui/page'

export function SignedOutPage() {
  const { t } = useTranslation()
  const [search] = useSearchParams()
  const incomplete = search.get('incomplete') === '1'
  return (
    <Page title={t('signedOut.title')}>
      <h1 className="govuk-heading-l">{t('signedOut.title')}</h1>
      <p className="govuk-body">{t('signedOut.nothingLeft')}</p>
      {incomplete ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">{t('warning')}</span>
            {t('signedOut.incomplete')}
          </strong>
        </div>
      ) : null}
      <a className="govuk-button" href={signInUrl('/')}>
        {t('signedOut.signInAgain')}
      </a>
    </Page>
  )
}
