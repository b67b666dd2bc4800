import { useTranslation } from 'react-i18next'
import { useCouncil } from '#src/councils/council-context'
import { signInUrl } from '#src/gateway/gateway-context'
import { Page } from '#src/ui/page'
import { phoneNumberText } from '#src/format/format'

export function StartPage() {
  const council = useCouncil()
  const { t } = useTranslation('account')
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
          <a className="govuk-button govuk-button--start" href={signInUrl('/')} draggable="false">
            {t('start.signIn')}
            <svg
              className="govuk-button__start-icon"
              xmlns="http://www.w3.org/2000/svg"
              width="17.5"
              height="19"
              viewBox="0 0 33 40"
              aria-hidden="true"
              focusable="false"
            >
              <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
            </svg>
          </a>
          <h2 className="govuk-heading-m">{t('start.otherWaysTitle')}</h2>
          <p className="govuk-body">{t('start.otherWays', { phone: phoneNumberText(council.contact.phone) })}</p>
        </div>
      </div>
    </Page>
  )
}
