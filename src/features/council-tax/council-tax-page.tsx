import type { ReactNode } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useCouncil } from '#src/councils/council-context'
import { formatDate, formatDateTime, formatMoney, phoneNumberText } from '#src/format/format'
import type { CouncilTaxAccount } from '#src/gateway/contract/council-tax'
import { failureOf } from '#src/gateway/errors'
import { BackLink } from '#src/ui/back-link'
import { ButtonLink } from '#src/ui/button'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { GatewayWords } from '#src/ui/gateway-words'
import { InsetText } from '#src/ui/inset-text'
import { isOfflineFailure, OfflineNotice } from '#src/ui/offline-notice'
import { Loading, Page } from '#src/ui/page'
import { PhoneLink } from '#src/ui/phone-link'
import { SummaryList } from '#src/ui/summary-list'
import { Table } from '#src/ui/table'
import { Tag } from '#src/ui/tag'
import { WarningText } from '#src/ui/warning-text'
import { useCouncilTaxAccount, useCouncilTaxDirectDebit } from './council-tax-queries'

export const councilTaxPaths = {
  account: '/council-tax',
  directDebit: '/council-tax/direct-debit',
  singlePersonDiscount: '/council-tax/single-person-discount',
  lettersAboutCouncilTax: '/letters?service=council_tax',
  pay: (account: CouncilTaxAccount) => `/payments/pay/council-tax-${account.accountReference}`,
}

/** Loads the account; with no signal, the one last seen, saying when it is from. */
export function WithCouncilTaxAccount({
  title,
  children,
}: {
  title: string
  children: (account: CouncilTaxAccount, offline: ReactNode) => ReactNode
}) {
  const { t } = useTranslation('council-tax')
  const account = useCouncilTaxAccount()
  if (account.isPending) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    )
  }
  if (account.isError) {
    const failure = failureOf(account.error)
    if (account.data !== undefined && isOfflineFailure(failure)) {
      return children(account.data, <OfflineNotice updatedAt={account.dataUpdatedAt} failure={failure} />)
    }
    return (
      <Page title={title}>
        <h1 className="govuk-heading-l">{title}</h1>
        {failure.kind === 'not-found' ? (
          <p className="govuk-body">{t('account.none')}</p>
        ) : (
          <GatewayFailureMessage failure={failure} onTryAgain={() => void account.refetch()} />
        )}
      </Page>
    )
  }
  return children(account.data, null)
}

export function CouncilTaxPage() {
  const { t } = useTranslation('council-tax')
  return (
    <WithCouncilTaxAccount title={t('account.title')}>
      {(account, offline) => (
        <Page title={t('account.title')}>
          <BackLink to="/">{t('account.back')}</BackLink>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              {offline}
              <span className="govuk-caption-l">{t('account.caption', { reference: account.accountReference })}</span>
              <h1 className="govuk-heading-l">{t('account.title')}</h1>
              <WhatYouOwe account={account} />
              <YourProperty account={account} />
              <YourBill account={account} />
              <Instalments account={account} />
              <PaymentsMade account={account} />
              <DirectDebit />
              <DiscountsAndExemptions account={account} />
              <h2 className="govuk-heading-m">{t('letters.title')}</h2>
              <p className="govuk-body">
                <Link className="govuk-link" to={councilTaxPaths.lettersAboutCouncilTax}>
                  {t('letters.link')}
                </Link>
              </p>
            </div>
          </div>
        </Page>
      )}
    </WithCouncilTaxAccount>
  )
}

function WhatYouOwe({ account }: { account: CouncilTaxAccount }) {
  const { t, i18n } = useTranslation('council-tax')
  const council = useCouncil()
  const money = (pence: number) => formatMoney(pence, i18n.language)
  const next = account.instalments.find((instalment) => !instalment.paid && !isOverdue(instalment, account))
  return (
    <>
      {account.overdue > 0 ? <WarningText>{t('owe.overdue', { amount: money(account.overdue) })}</WarningText> : null}
      <SummaryList
        rows={[
          { key: t('owe.balance'), value: money(account.balance) },
          ...(account.overdue > 0 ? [{ key: t('owe.overdueKey'), value: money(account.overdue) }] : []),
          {
            key: t('owe.next'),
            value: next
              ? t('owe.nextValue', { amount: money(next.amount), date: formatDate(next.dueOn, i18n.language) })
              : t('owe.noneLeft'),
          },
        ]}
      />
      {account.balance > 0 && council.services.includes('payments') ? (
        <ButtonLink to={councilTaxPaths.pay(account)}>{t('owe.pay')}</ButtonLink>
      ) : null}
    </>
  )
}

/** The gateway says how much is overdue, by its own clock: the oldest unpaid instalments, up to that amount. */
function isOverdue(instalment: CouncilTaxAccount['instalments'][number], account: CouncilTaxAccount): boolean {
  if (instalment.paid || account.overdue === 0) return false
  let counted = 0
  for (const each of account.instalments) {
    if (each.paid) continue
    if (counted >= account.overdue) return false
    if (each === instalment) return true
    counted += each.amount
  }
  return false
}

function YourProperty({ account }: { account: CouncilTaxAccount }) {
  const { t } = useTranslation('council-tax')
  return (
    <>
      <h2 className="govuk-heading-m">{t('property.title')}</h2>
      <SummaryList
        rows={[
          { key: t('property.address'), value: <GatewayWords>{account.propertyAddress}</GatewayWords> },
          { key: t('property.band'), value: t('property.bandValue', { band: account.band }) },
          {
            key: t('property.liable', { count: account.peopleLiable.length }),
            value: (
              <ul className="govuk-list">
                {account.peopleLiable.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            ),
          },
          { key: t('property.reference'), value: account.accountReference },
        ]}
      />
    </>
  )
}

function YourBill({ account }: { account: CouncilTaxAccount }) {
  const { t, i18n } = useTranslation('council-tax')
  const money = (pence: number) => formatMoney(pence, i18n.language)
  return (
    <Table
      caption={t('bill.title', { year: account.year })}
      captionSize="m"
      firstCellIsHeader
      head={[{ content: t('bill.what') }, { content: t('bill.amount'), numeric: true }]}
      rows={[
        {
          key: 'band',
          cells: [{ content: t('bill.bandCharge', { band: account.band }) }, { content: money(account.bandCharge), numeric: true }],
        },
        ...account.reductions.map((reduction) => ({
          key: reduction.kind,
          cells: [
            { content: t(`reductions.${reduction.kind}`) },
            { content: t('bill.takenOff', { amount: money(reduction.amount) }), numeric: true },
          ],
        })),
        {
          key: 'total',
          cells: [
            { content: t('bill.total'), className: 'govuk-!-font-weight-bold' },
            { content: money(account.yearTotal), numeric: true, className: 'govuk-!-font-weight-bold' },
          ],
        },
      ]}
    />
  )
}

function Instalments({ account }: { account: CouncilTaxAccount }) {
  const { t, i18n } = useTranslation('council-tax')
  return (
    <Table
      caption={t('instalments.title')}
      captionSize="m"
      head={[{ content: t('instalments.due') }, { content: t('instalments.amount'), numeric: true }, { content: t('instalments.status') }]}
      rows={account.instalments.map((instalment) => ({
        key: instalment.dueOn,
        cells: [
          { content: formatDate(instalment.dueOn, i18n.language) },
          { content: formatMoney(instalment.amount, i18n.language), numeric: true },
          {
            content: instalment.paid ? (
              <Tag colour="green">{t('instalments.paid')}</Tag>
            ) : isOverdue(instalment, account) ? (
              <Tag colour="red">{t('instalments.overdue')}</Tag>
            ) : (
              <Tag colour="grey">{t('instalments.toPay')}</Tag>
            ),
          },
        ],
      }))}
    />
  )
}

function PaymentsMade({ account }: { account: CouncilTaxAccount }) {
  const { t, i18n } = useTranslation('council-tax')
  if (account.payments.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">{t('payments.title')}</h2>
        <p className="govuk-body">{t('payments.none')}</p>
      </>
    )
  }
  return (
    <Table
      caption={t('payments.title')}
      captionSize="m"
      head={[{ content: t('payments.paidOn') }, { content: t('payments.how') }, { content: t('payments.amount'), numeric: true }]}
      rows={[...account.payments].reverse().map((payment, index) => ({
        key: `${payment.paidOn}-${index}`,
        cells: [
          { content: formatDate(payment.paidOn, i18n.language) },
          { content: t(`payments.methods.${payment.method}`) },
          { content: formatMoney(payment.amount, i18n.language), numeric: true },
        ],
      }))}
    />
  )
}

function DirectDebit() {
  // The days of the month are said as the Direct Debit journey says them.
  const { t } = useTranslation(['council-tax', 'direct-debit'])
  const directDebit = useCouncilTaxDirectDebit()
  const mandate = directDebit.data
  return (
    <>
      <h2 className="govuk-heading-m">{t('directDebit.title')}</h2>
      {mandate ? (
        <p className="govuk-body">{t('directDebit.paying', { day: t(`direct-debit:days.${mandate.collectionDay}`) })}</p>
      ) : mandate === null ? (
        <p className="govuk-body">{t('directDebit.notPaying')}</p>
      ) : null}
      <p className="govuk-body">
        <Link className="govuk-link" to={councilTaxPaths.directDebit}>
          {mandate ? t('directDebit.see') : t('directDebit.setUp')}
        </Link>
      </p>
    </>
  )
}

function DiscountsAndExemptions({ account }: { account: CouncilTaxAccount }) {
  const { t, i18n } = useTranslation('council-tax')
  const council = useCouncil()
  const application = account.singlePersonDiscountApplication
  const hasSinglePersonDiscount = account.reductions.some((reduction) => reduction.kind === 'single_person_discount')
  return (
    <>
      <h2 className="govuk-heading-m">{t('discounts.title')}</h2>
      {account.reductions.length > 0 ? (
        <ul className="govuk-list govuk-list--bullet">
          {account.reductions.map((reduction) => (
            <li key={reduction.kind}>{t(`reductions.${reduction.kind}`)}</li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">{t('discounts.none')}</p>
      )}
      {application ? (
        <InsetText>
          <p className="govuk-body govuk-!-font-weight-bold">{t('discounts.waitingTitle')}</p>
          <p className="govuk-body">
            {t('discounts.waiting', {
              reference: application.reference,
              when: formatDateTime(application.receivedAt, i18n.language),
            })}
          </p>
        </InsetText>
      ) : hasSinglePersonDiscount ? null : (
        <>
          <p className="govuk-body">{t('discounts.singlePersonIntro')}</p>
          <p className="govuk-body">
            <Link className="govuk-link" to={councilTaxPaths.singlePersonDiscount}>
              {t('discounts.apply')}
            </Link>
          </p>
        </>
      )}
      <p className="govuk-body">
        <Trans
          t={t}
          i18nKey="discounts.others"
          values={{ phone: phoneNumberText(council.contact.phone) }}
          components={{ phone: <PhoneLink number={council.contact.phone} /> }}
        />
      </p>
    </>
  )
}
