import type { ReactNode } from 'react'
import { LinkElsewhere } from '#src/ui/link-elsewhere'
import { Trans, useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useCouncil } from '#src/councils/council-context'
import { formatDate, phoneNumberText } from '#src/format/format'
import { useSession } from '#src/session/session-queries'
import { ButtonLink } from '#src/ui/button'
import { Loading, Page } from '#src/ui/page'
import { PhoneLink } from '#src/ui/phone-link'
import { SummaryList } from '#src/ui/summary-list'
import {
  BalanceInWords,
  BehindWithRent,
  HousingBenefitCover,
  NextPayment,
  WithTenancyAndRent,
  type TenancyAndRent,
} from './rent-account-parts'

/** A tenant's home: the tenancy, the rent in brief, and the way to everything else. Anyone else is told where to go. */
export function HousingPage() {
  const { t } = useTranslation('housing')
  const session = useSession()
  if (session.data === undefined) {
    return (
      <Page title={t('home.title')}>
        <Loading />
      </Page>
    )
  }
  if (session.data.signedIn && !session.data.person.tenant) return <NotATenant />
  return (
    <WithTenancyAndRent title={t('home.title')}>
      {(housing, offline) => <YourHome housing={housing} offlineNotice={offline} />}
    </WithTenancyAndRent>
  )
}

function YourHome({ housing, offlineNotice }: { housing: TenancyAndRent; offlineNotice: ReactNode }) {
  const { t, i18n } = useTranslation('housing')
  const council = useCouncil()
  const { tenancy, account } = housing
  const { officer } = tenancy

  return (
    <Page title={t('home.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {offlineNotice}
          <h1 className="govuk-heading-l">{t('home.title')}</h1>

          <h2 className="govuk-heading-m">{t('home.rentTitle')}</h2>
          <BalanceInWords balance={account.balance} className="govuk-body-l govuk-!-font-weight-bold" />
          <NextPayment account={account} />
          {council.services.includes('payments') ? <ButtonLink to="/payments/pay/rent">{t('rent.pay')}</ButtonLink> : null}
          <p className="govuk-body">
            <Link className="govuk-link" to="/housing/rent">
              {t('home.seeRent')}
            </Link>
          </p>
          <BehindWithRent {...housing} brief />
          <HousingBenefitCover account={account} />

          <h2 className="govuk-heading-m">{t('home.tenancyTitle')}</h2>
          <SummaryList
            rows={[
              { key: t('home.address'), value: tenancy.address },
              { key: t('home.tenure'), value: t(`home.tenures.${tenancy.tenure}`) },
              { key: t('home.startDate'), value: formatDate(tenancy.startDate, i18n.language) },
              { key: t('home.reference'), value: tenancy.reference },
            ]}
          />

          <h2 className="govuk-heading-m">{t('home.officerTitle')}</h2>
          <p className="govuk-body">{t('home.officerBody')}</p>
          <SummaryList
            rows={[
              { key: t('home.officerName'), value: officer.name },
              { key: t('home.officerArea'), value: officer.area },
              { key: t('home.phone'), value: <PhoneLink number={officer.phone} /> },
              {
                key: t('home.email'),
                value: (
                  <LinkElsewhere className="govuk-link govuk-!-text-break-word" href={`mailto:${officer.email}`}>
                    {officer.email}
                  </LinkElsewhere>
                ),
              },
            ]}
          />

          <h2 className="govuk-heading-m">{t('home.manageTitle')}</h2>
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to="/housing/rent">
                {t('home.links.rent')}
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to="/housing/direct-debit">
                {t('home.links.directDebit')}
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to="/housing/household">
                {t('home.links.household')}
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to="/housing/repairs">
                {t('home.links.repairs')}
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </Page>
  )
}

/** Why this part of the account is not theirs, and where to go instead, for someone who does not rent from the council. */
function NotATenant() {
  const { t } = useTranslation('housing')
  const council = useCouncil()
  const phone = <PhoneLink number={council.contact.phone} />
  return (
    <Page title={t('notTenant.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t('notTenant.title')}</h1>
          <p className="govuk-body">{t('notTenant.body')}</p>
          <h2 className="govuk-heading-m">{t('notTenant.landlordTitle')}</h2>
          <p className="govuk-body">{t('notTenant.landlord')}</p>
          <h2 className="govuk-heading-m">{t('notTenant.registerTitle')}</h2>
          <p className="govuk-body">
            <Trans t={t} i18nKey="notTenant.register" values={{ phone: phoneNumberText(council.contact.phone) }} components={{ phone }} />
          </p>
          <p className="govuk-body">
            <Trans t={t} i18nKey="notTenant.mistake" values={{ phone: phoneNumberText(council.contact.phone) }} components={{ phone }} />
          </p>
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to="/help">
                {t('notTenant.help')}
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to="/">
                {t('notTenant.home')}
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </Page>
  )
}
