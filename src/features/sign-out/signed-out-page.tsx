import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { signInUrl } from '#src/gateway/gateway-context'
import { Page } from '#src/ui/page'
import { WarningText } from '#src/ui/warning-text'

export function SignedOutPage() {
  const { t, i18n } = useTranslation()
  const [search] = useSearchParams()
  const incomplete = search.get('incomplete') === '1'
  return (
    <Page title={t('signedOut.title')}>
      <h1 className="govuk-heading-l">{t('signedOut.title')}</h1>
      <p className="govuk-body">{t('signedOut.nothingLeft')}</p>
      {incomplete ? <WarningText>{t('signedOut.incomplete')}</WarningText> : null}
      <a className="govuk-button" href={signInUrl('/', i18n.language)}>
        {t('signedOut.signInAgain')}
      </a>
    </Page>
  )
}
