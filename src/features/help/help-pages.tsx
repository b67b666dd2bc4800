import { useTranslation } from 'react-i18next'
import { useCouncilName } from '#src/councils/council-context'
import { Page } from '#src/ui/page'
import { TableContainer } from '#src/ui/table-container'
import { ContactDetails } from '#src/ui/contact-details'

function Paragraphs({ keys }: { keys: string[] }) {
  const { t } = useTranslation('help')
  return (
    <>
      {keys.map((key) => (
        <p className="govuk-body" key={key}>
          {t(key)}
        </p>
      ))}
    </>
  )
}

export function HelpPage() {
  const { t } = useTranslation('help')
  return (
    <Page title={t('help.title')}>
      <h1 className="govuk-heading-l">{t('help.title')}</h1>
      <Paragraphs keys={['help.intro', 'help.kiosk', 'help.forSomeoneElse']} />
      <h2 className="govuk-heading-m">{t('help.contactTitle')}</h2>
      <div className="app-contact">
        <ContactDetails />
      </div>
    </Page>
  )
}

export function PrivacyPage() {
  const { t } = useTranslation('help')
  const council = useCouncilName()
  return (
    <Page title={t('privacy.title')}>
      <h1 className="govuk-heading-l">{t('privacy.title')}</h1>
      <p className="govuk-body">{t('privacy.controller', { council })}</p>
      <h2 className="govuk-heading-m">{t('privacy.whatTitle')}</h2>
      <Paragraphs keys={['privacy.what', 'privacy.why']} />
      <h2 className="govuk-heading-m">{t('privacy.deviceTitle')}</h2>
      <Paragraphs keys={['privacy.device', 'privacy.sharedDevice']} />
      <h2 className="govuk-heading-m">{t('privacy.rightsTitle')}</h2>
      <Paragraphs keys={['privacy.rights', 'privacy.complain']} />
    </Page>
  )
}

export function CookiesPage() {
  const { t } = useTranslation('help')
  return (
    <Page title={t('cookies.title')}>
      <h1 className="govuk-heading-l">{t('cookies.title')}</h1>
      <p className="govuk-body">{t('cookies.intro')}</p>
      <TableContainer label={t('cookies.essentialTitle')}>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{t('cookies.essentialTitle')}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t('cookies.name')}
              </th>
              <th scope="col" className="govuk-table__header">
                {t('cookies.purpose')}
              </th>
              <th scope="col" className="govuk-table__header">
                {t('cookies.expires')}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            <tr className="govuk-table__row">
              <td className="govuk-table__cell app-table__cell--code">myaccount_session</td>
              <td className="govuk-table__cell">{t('cookies.sessionPurpose')}</td>
              <td className="govuk-table__cell">{t('cookies.sessionExpires')}</td>
            </tr>
          </tbody>
        </table>
      </TableContainer>
      <p className="govuk-body">{t('cookies.noTracking')}</p>
    </Page>
  )
}
