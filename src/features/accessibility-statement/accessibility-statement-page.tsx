import { Trans, useTranslation } from 'react-i18next'
import { useCouncil } from '#src/councils/council-context'
import { formatDate } from '#src/format/format'
import type { Language } from '#src/gateway/contract/common'
import { LinkElsewhere } from '#src/ui/link-elsewhere'
import { Page } from '#src/ui/page'
import { PhoneLink } from '#src/ui/phone-link'

const elsewhere = {
  abilityNet: 'https://mcmw.abilitynet.org.uk/',
  wcag: 'https://www.w3.org/TR/WCAG22/',
  equalityAdvisoryService: 'https://www.equalityadvisoryservice.com/',
  equalityCommissionNorthernIreland: 'https://www.equalityni.org/Home',
  govukPayStatement: 'https://www.payments.service.gov.uk/accessibility-statement/',
}

/** The council's name in the page's language; a council without one there is named in English, marked so a screen reader says it in English. */
function useCouncilNameAsWritten() {
  const council = useCouncil()
  const { i18n } = useTranslation()
  const own = council.name[i18n.language as Language] as string | undefined
  return own ? { council: own, lang: undefined } : { council: council.name.en, lang: 'en' }
}

function ContactList() {
  const { t } = useTranslation('accessibility')
  const { contact } = useCouncil()
  return (
    <ul className="govuk-list govuk-list--bullet">
      <li>
        <Trans
          t={t}
          i18nKey="contact.email"
          values={{ email: contact.email }}
          components={{
            email: (
              <LinkElsewhere className="govuk-link govuk-!-text-break-word" href={`mailto:${contact.email}`}>
                {contact.email}
              </LinkElsewhere>
            ),
          }}
        />
      </li>
      <li>
        <Trans
          t={t}
          i18nKey="contact.phone"
          values={{ phone: contact.phone }}
          components={{
            phone: <PhoneLink number={contact.phone} />,
          }}
        />
      </li>
    </ul>
  )
}

export function AccessibilityStatementPage() {
  const { t, i18n } = useTranslation('accessibility')
  const { accessibility, languages } = useCouncil()
  const { council, lang } = useCouncilNameAsWritten()
  const councilName = { values: { council }, components: { council: <span lang={lang} /> } }
  const linkTo = (href: string) => ({ site: <LinkElsewhere href={href} /> })
  return (
    <Page title={t('title')}>
      <h1 className="govuk-heading-l">{t('title')}</h1>
      <p className="govuk-body">{t('appliesTo')}</p>
      <p className="govuk-body">
        <Trans t={t} i18nKey="runBy" {...councilName} />
      </p>
      <ul className="govuk-list govuk-list--bullet">
        <li>{t('can.zoom')}</li>
        <li>{t('can.smallScreen')}</li>
        <li>{t('can.keyboard')}</li>
        <li>{t('can.screenReader')}</li>
        {languages.length > 1 ? <li>{t('can.chooseLanguage')}</li> : null}
      </ul>
      <p className="govuk-body">{t('plainWords')}</p>
      <p className="govuk-body">
        <Trans t={t} i18nKey="abilityNet" components={linkTo(elsewhere.abilityNet)} />
      </p>

      <h2 className="govuk-heading-m">{t('howAccessible.title')}</h2>
      <p className="govuk-body">{t('howAccessible.intro')}</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>{t('howAccessible.councilWords')}</li>
        <li>{t('howAccessible.translations')}</li>
      </ul>

      <h2 className="govuk-heading-m">{t('formats.title')}</h2>
      <p className="govuk-body">{t('formats.intro')}</p>
      <ContactList />
      <p className="govuk-body">{t('formats.reply', { count: accessibility.replyWithinDays })}</p>

      <h2 className="govuk-heading-m">{t('reporting.title')}</h2>
      <p className="govuk-body">{t('reporting.intro')}</p>
      <ContactList />

      <h2 className="govuk-heading-m">{t('enforcement.title')}</h2>
      <p className="govuk-body">
        {accessibility.enforcement === 'northern-ireland' ? (
          <Trans t={t} i18nKey="enforcement.northernIreland" components={linkTo(elsewhere.equalityCommissionNorthernIreland)} />
        ) : (
          <Trans t={t} i18nKey="enforcement.greatBritain" components={linkTo(elsewhere.equalityAdvisoryService)} />
        )}
      </p>

      <h2 className="govuk-heading-m">{t('technical.title')}</h2>
      <p className="govuk-body">
        <Trans t={t} i18nKey="technical.commitment" {...councilName} />
      </p>
      <h3 className="govuk-heading-s">{t('technical.complianceTitle')}</h3>
      <p className="govuk-body">
        <Trans t={t} i18nKey="technical.compliance" components={linkTo(elsewhere.wcag)} />
      </p>

      <h2 className="govuk-heading-m">{t('nonAccessible.title')}</h2>
      <p className="govuk-body">{t('nonAccessible.intro')}</p>
      <h3 className="govuk-heading-s">{t('nonAccessible.nonComplianceTitle')}</h3>
      <p className="govuk-body">{t('nonAccessible.councilWords')}</p>
      <h3 className="govuk-heading-s">{t('nonAccessible.othersTitle')}</h3>
      <p className="govuk-body">
        <Trans t={t} i18nKey="nonAccessible.cardPayments" components={linkTo(elsewhere.govukPayStatement)} />
      </p>
      <p className="govuk-body">{t('nonAccessible.signIn')}</p>

      <h2 className="govuk-heading-m">{t('improving.title')}</h2>
      <p className="govuk-body">{t('improving.plans')}</p>

      <h2 className="govuk-heading-m">{t('testing.title')}</h2>
      <p className="govuk-body">{t('testing.intro')}</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>{t('testing.automated')}</li>
        <li>{t('testing.keyboard')}</li>
        <li>{t('testing.smallScreen')}</li>
        <li>{t('testing.targets')}</li>
        <li>{t('testing.manual')}</li>
      </ul>

      <h2 className="govuk-heading-m">{t('preparation.title')}</h2>
      <p className="govuk-body">
        {t('preparation.dates', {
          prepared: formatDate(accessibility.prepared, i18n.language),
          reviewed: formatDate(accessibility.lastReviewed, i18n.language),
        })}
      </p>
      <p className="govuk-body">{t('preparation.tested', { tested: formatDate(accessibility.lastTested, i18n.language) })}</p>
    </Page>
  )
}
