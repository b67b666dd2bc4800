import { useState, type ReactNode } from 'react'
import { isKioskDevice } from '#src/device/device-settings'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { useCouncil } from '#src/councils/council-context'
import { BackLink } from '#src/ui/back-link'
import { Button, ButtonLink } from '#src/ui/button'
import { Page } from '#src/ui/page'
import {
  BalanceInWords,
  BehindWithRent,
  ChargesBreakdown,
  HousingBenefitCover,
  NextPayment,
  todayInLondon,
  TransactionsTable,
  WithTenancyAndRent,
  type ChargesPer,
  type TenancyAndRent,
} from './rent-account-parts'
import { DateRangeForm } from './rent-date-range'
import { rangeFromQuery, rangeQuery, transactionsIn, type DateRange } from './rent-sums'
import { downloadStatementCsv, statementCsv } from './statement-csv'

export function RentAccountPage() {
  const { t } = useTranslation('housing')
  return (
    <WithTenancyAndRent title={t('rent.title')}>
      {(housing, offline) => <RentAccountView housing={housing} offlineNotice={offline} />}
    </WithTenancyAndRent>
  )
}

function RentAccountView({ housing, offlineNotice }: { housing: TenancyAndRent; offlineNotice: ReactNode }) {
  const { t } = useTranslation('housing')
  const council = useCouncil()
  const { account } = housing
  // The range and the weekly or monthly choice are in the address: they say nothing about the tenant, and survive a reload.
  const [query, setQuery] = useSearchParams()
  const range = rangeFromQuery(query, todayInLondon())
  // Held here as well: the address changes in a transition, and a radio tied only to it would spring back until then.
  const [per, setPer] = useState<ChargesPer>(query.get('per') === 'month' ? 'month' : 'week')
  const shown = transactionsIn(account.transactions, range)

  function change(next: { range?: DateRange; per?: ChargesPer }) {
    if (next.per) setPer(next.per)
    const updated = new URLSearchParams(rangeQuery(next.range ?? range))
    if ((next.per ?? per) === 'month') updated.set('per', 'month')
    setQuery(updated, { replace: true, preventScrollReset: true })
  }

  function download() {
    const csv = statementCsv(shown, {
      date: t('csv.date'),
      description: t('csv.description'),
      charged: t('csv.charged'),
      paid: t('csv.paid'),
      balance: t('csv.balance'),
    })
    downloadStatementCsv(csv, `rent-statement-${range.from}-to-${range.to}.csv`)
  }

  return (
    <Page title={t('rent.title')}>
      <BackLink to="/housing">{t('rent.back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {offlineNotice}
          <h1 className="govuk-heading-l">{t('rent.title')}</h1>
          <BalanceInWords balance={account.balance} className="govuk-heading-m" />
          {account.balance < 0 ? <p className="govuk-body">{t('rent.creditNote')}</p> : null}
          <NextPayment account={account} />
          {council.services.includes('payments') ? <ButtonLink to="/payments/pay/rent">{t('rent.pay')}</ButtonLink> : null}
          <BehindWithRent {...housing} />
          <HousingBenefitCover account={account} />
          <ChargesBreakdown account={account} per={per} onChoose={(chosen) => change({ per: chosen })} />
        </div>
      </div>
      <section aria-labelledby="transactions-title">
        <h2 className="govuk-heading-m" id="transactions-title">
          {t('rent.transactions.title')}
        </h2>
        {/* A new range starts the form afresh, with the days as they now are. */}
        <DateRangeForm key={rangeQuery(range)} range={range} onChoose={(chosen) => change({ range: chosen })} />
        <TransactionsTable transactions={shown} range={range} />
        <h2 className="govuk-heading-m">{t('rent.statementTitle')}</h2>
        <p className="govuk-body">{t('rent.statementBody')}</p>
        {/* Nothing is downloaded to a kiosk: the printable statement below does instead. */}
        {isKioskDevice() ? null : (
          <Button type="button" look="secondary" onClick={download}>
            {t('rent.download')}
          </Button>
        )}
        <p className="govuk-body">
          <Link className="govuk-link" to={`/housing/rent/statement?${rangeQuery(range)}`}>
            {t('rent.printable')}
          </Link>
        </p>
      </section>
    </Page>
  )
}
