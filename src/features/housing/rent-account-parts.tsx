import type { ReactNode } from 'react'
import { LinkElsewhere } from '#src/ui/link-elsewhere'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { RentAccount, RentTransaction, Tenancy } from '#src/gateway/contract/housing'
import { failureOf } from '#src/gateway/errors'
import { formatDate, formatDay, formatMoney, londonDayOf } from '#src/format/format'
import { GatewayWords } from '#src/ui/gateway-words'
import { isOfflineFailure, OfflineNotice } from '#src/ui/offline-notice'
import { Loading, Page } from '#src/ui/page'
import { PhoneLink } from '#src/ui/phone-link'
import { Radios } from '#src/ui/fields'
import { Table } from '#src/ui/table'
import { TableContainer } from '#src/ui/table-container'
import { WarningText } from '#src/ui/warning-text'
import { useRentAccount, useTenancy } from './housing-queries'
import { isBehindWithRent, monthlyFromWeekly, weeklyShareAfterBenefit, type DateRange } from './rent-sums'
import { CouldNotLoadPage } from '#src/ui/could-not-load-page'

export interface TenancyAndRent {
  tenancy: Tenancy
  account: RentAccount
}

/** Today in London, as an ISO day: the end of the range a tenant sees unless they choose another. */
export function todayInLondon(): string {
  return londonDayOf(new Date().toISOString())
}

/**
 * Loads the tenancy and the rent account, with what to say while they load and when they cannot be had. With no
 * signal, what was last seen is still worth reading, with the time it is from.
 */
export function WithTenancyAndRent({
  title,
  children,
}: {
  title: string
  children: (housing: TenancyAndRent, offline: ReactNode) => ReactNode
}) {
  const tenancy = useTenancy()
  const account = useRentAccount()
  if (tenancy.isPending || account.isPending) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    )
  }
  if (tenancy.isError || account.isError) {
    const failed = tenancy.isError ? tenancy : account
    const failure = failureOf(failed.error)
    if (tenancy.data !== undefined && account.data !== undefined && isOfflineFailure(failure)) {
      // The older of the two answers says how old the page is.
      const updatedAt = Math.min(tenancy.dataUpdatedAt, account.dataUpdatedAt)
      return children({ tenancy: tenancy.data, account: account.data }, <OfflineNotice updatedAt={updatedAt} failure={failure} />)
    }
    return (
      <CouldNotLoadPage
        failure={failure}
        onTryAgain={() => {
          void tenancy.refetch()
          void account.refetch()
        }}
      />
    )
  }
  return children({ tenancy: tenancy.data, account: account.data }, null)
}

/** The balance in plain words: what is owed, or what is in credit. */
export function BalanceInWords({ balance, className = 'govuk-heading-m' }: { balance: number; className?: string }) {
  const { t, i18n } = useTranslation('housing')
  const amount = formatMoney(Math.abs(balance), i18n.language)
  if (balance > 0) return <p className={className}>{t('rent.balance.owe', { amount })}</p>
  if (balance < 0) return <p className={className}>{t('rent.balance.credit', { amount })}</p>
  return <p className={className}>{t('rent.balance.clear')}</p>
}

export function NextPayment({ account }: { account: RentAccount }) {
  const { t, i18n } = useTranslation('housing')
  if (!account.nextPayment) return null
  return (
    <p className="govuk-body">
      {t('rent.nextPayment', {
        amount: formatMoney(account.nextPayment.amount, i18n.language),
        date: formatDay(account.nextPayment.dueOn, i18n.language),
      })}
    </p>
  )
}

/** How much of the rent Housing Benefit pays, for a tenant who gets it. */
export function HousingBenefitCover({ account }: { account: RentAccount }) {
  const { t, i18n } = useTranslation('housing')
  if (account.housingBenefitWeekly <= 0) return null
  const money = (pence: number) => formatMoney(pence, i18n.language)
  const share = weeklyShareAfterBenefit(account)
  return (
    <section aria-labelledby="benefit-title">
      <h2 className="govuk-heading-m" id="benefit-title">
        {t('rent.benefit.title')}
      </h2>
      <p className="govuk-body">
        {share > 0
          ? t('rent.benefit.covers', { benefit: money(account.housingBenefitWeekly), rent: money(account.weeklyRent), share: money(share) })
          : t('rent.benefit.coversAll', { benefit: money(account.housingBenefitWeekly) })}
      </p>
    </section>
  )
}

export type ChargesPer = 'week' | 'month'

/** Each charge that makes up the rent, a week or a month at a time. */
export function ChargesBreakdown({
  account,
  per,
  onChoose,
}: {
  account: RentAccount
  per: ChargesPer
  onChoose: (per: ChargesPer) => void
}) {
  const { t, i18n } = useTranslation('housing')
  const amount = (weekly: number) => formatMoney(per === 'week' ? weekly : monthlyFromWeekly(weekly), i18n.language)
  // The month's total is the weekly total turned into a month, so it is what the tenant is told they pay.
  return (
    <section aria-labelledby="charges-title">
      <h2 className="govuk-heading-m" id="charges-title">
        {t('rent.charges.title')}
      </h2>
      <Radios
        id="charges-per"
        name="chargesPer"
        inline
        legend={t('rent.charges.legend')}
        legendSize="s"
        value={per}
        onChange={(value) => onChoose(value === 'month' ? 'month' : 'week')}
        choices={[
          { value: 'week', label: t('rent.charges.weekly') },
          { value: 'month', label: t('rent.charges.monthly') },
        ]}
      />
      <Table
        caption={t('rent.charges.caption')}
        captionHidden
        firstCellIsHeader
        head={[
          { content: t('rent.charges.charge') },
          { content: t(per === 'week' ? 'rent.charges.weeklyAmount' : 'rent.charges.monthlyAmount'), numeric: true },
        ]}
        rows={[
          ...account.charges.map((charge) => ({
            key: charge.kind,
            cells: [{ content: t(`rent.charges.kinds.${charge.kind}`) }, { content: amount(charge.weekly), numeric: true }],
          })),
          {
            key: 'total',
            cells: [{ content: t('rent.charges.total') }, { content: <strong>{amount(account.weeklyRent)}</strong>, numeric: true }],
          },
        ]}
      />
      {per === 'month' ? <p className="govuk-body">{t('rent.charges.monthlyNote')}</p> : null}
    </section>
  )
}

/** For a tenant who is behind: what to do, who to talk to, and where free advice is, without blame. */
export function BehindWithRent({ account, tenancy, brief = false }: TenancyAndRent & { brief?: boolean }) {
  const { t } = useTranslation('housing')
  if (!isBehindWithRent(account)) return null
  // In brief, where the housing officer's details are already on the page: the news, and the way to the help.
  if (brief) {
    return (
      <>
        <WarningText>{t('rent.behind.brief')}</WarningText>
        <p className="govuk-body">
          <Link className="govuk-link" to="/housing/rent#behind-title">
            {t('rent.behind.seeHelp')}
          </Link>
        </p>
      </>
    )
  }
  const { officer } = tenancy
  return (
    <section aria-labelledby="behind-title" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id="behind-title">
        {t('rent.behind.title')}
      </h2>
      <p className="govuk-body">{t('rent.behind.body')}</p>
      <WarningText>{t('rent.behind.talk')}</WarningText>
      <p className="govuk-body">{t('rent.behind.officer', { name: officer.name })}</p>
      <ul className="govuk-list">
        <li>
          {t('rent.behind.phone')} <PhoneLink number={officer.phone} />
        </li>
        <li>
          {t('rent.behind.email')}{' '}
          <LinkElsewhere className="govuk-link govuk-!-text-break-word" href={`mailto:${officer.email}`}>
            {officer.email}
          </LinkElsewhere>
        </li>
      </ul>
      <h3 className="govuk-heading-s">{t('rent.behind.adviceTitle')}</h3>
      <p className="govuk-body">{t('rent.behind.adviceBody')}</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>
          <LinkElsewhere href="https://www.citizensadvice.org.uk/debt-and-money/">{t('rent.behind.citizensAdvice')}</LinkElsewhere>
        </li>
        <li>
          <LinkElsewhere href="https://nationaldebtline.org/">{t('rent.behind.nationalDebtline')}</LinkElsewhere>
        </li>
        <li>
          <LinkElsewhere href="https://www.moneyhelper.org.uk/en/money-troubles">{t('rent.behind.moneyHelper')}</LinkElsewhere>
        </li>
      </ul>
    </section>
  )
}

/** A balance in words: owed, or in credit. */
function useBalanceWords() {
  const { t, i18n } = useTranslation('housing')
  return (balance: number) =>
    balance < 0
      ? t('rent.transactions.inCredit', { amount: formatMoney(-balance, i18n.language) })
      : t('rent.transactions.owed', { amount: formatMoney(balance, i18n.language) })
}

/** The transactions in a range, newest first, with the council's own description of each. */
export function TransactionsTable({ transactions, range }: { transactions: RentTransaction[]; range: DateRange }) {
  const { t, i18n } = useTranslation('housing')
  const balanceWords = useBalanceWords()
  const language = i18n.language
  const between = { from: formatDate(range.from, language), to: formatDate(range.to, language) }
  if (transactions.length === 0) return <p className="govuk-body">{t('rent.transactions.none', between)}</p>
  return (
    <>
      <p className="govuk-body" role="status">
        {t('rent.transactions.showing', { count: transactions.length, ...between })}
      </p>
      <TableContainer label={t('rent.transactions.scroll')}>
        <Table
          caption={t('rent.transactions.caption', between)}
          captionHidden
          head={[
            { content: t('rent.transactions.date') },
            { content: t('rent.transactions.description') },
            { content: t('rent.transactions.charged'), numeric: true },
            { content: t('rent.transactions.paid'), numeric: true },
            { content: t('rent.transactions.balance'), numeric: true },
          ]}
          rows={transactions.map((entry, index) => ({
            key: `${entry.date}-${entry.kind}-${index}`,
            cells: [
              { content: formatDate(entry.date, language) },
              { content: <GatewayWords>{entry.description}</GatewayWords> },
              { content: entry.amount > 0 ? formatMoney(entry.amount, language) : '', numeric: true },
              { content: entry.amount < 0 ? formatMoney(-entry.amount, language) : '', numeric: true },
              { content: balanceWords(entry.balanceAfter), numeric: true },
            ],
          }))}
        />
      </TableContainer>
    </>
  )
}
