import { useTranslation } from 'react-i18next'
import { useCouncilName } from '#src/councils/council-context'
import { Page } from '#src/ui/page'
import { Table } from '#src/ui/table'
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
        <Table
          caption={t('cookies.essentialTitle')}
          captionSize="m"
          head={[{ content: t('cookies.name') }, { content: t('cookies.purpose') }, { content: t('cookies.expires') }]}
          rows={[
            {
              key: 'myaccount_session',
              cells: [
                { content: 'myaccount_session', className: 'app-table__cell--code' },
                { content: t('cookies.sessionPurpose') },
                { content: t('cookies.sessionExpires') },
              ],
            },
          ]}
        />
      </TableContainer>
      <p className="govuk-body">{t('cookies.noTracking')}</p>
    </Page>
  )
}
