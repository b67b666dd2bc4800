import { useTranslation } from 'react-i18next'
import { useCouncil } from '#src/councils/council-context'
import { signInUrl } from '#src/gateway/gateway-context'
import { Page } from '#src/ui/page'
import { phoneNumberText } from '#src/format/format'
import { ButtonLink } from '#src/ui/button'

export function StartPage() {
  const council = useCouncil()
  const { t, i18n } = useTranslation('account')
  return (
    <Page title={t('start.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-xl">{t('start.title')}</h1>
          <p className="govuk-body-l">{t('start.lead')}</p>
          <ul className="govuk-list govuk-list--bullet">
            {council.services.map((service) => (
              <li key={service}>{t(`start.services.${service}`)}</li>
            ))}
          </ul>
          <ButtonLink start href={signInUrl('/', i18n.language)}>
            {t('start.signIn')}
          </ButtonLink>
          <h2 className="govuk-heading-m">{t('start.otherWaysTitle')}</h2>
          <p className="govuk-body">{t('start.otherWays', { phone: phoneNumberText(council.contact.phone) })}</p>
        </div>
      </div>
    </Page>
  )
}
