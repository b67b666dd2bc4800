import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { formatDate } from '#src/format/format'
import { useSession } from '#src/session/session-queries'
import { BackLink } from '#src/ui/back-link'
import { Button } from '#src/ui/button'
import { Page } from '#src/ui/page'
import { SummaryList } from '#src/ui/summary-list'
import { BalanceInWords, todayInLondon, TransactionsTable, WithTenancyAndRent, type TenancyAndRent } from './rent-account-parts'
import { rangeFromQuery, rangeQuery, transactionsIn } from './rent-sums'
import './rent-pages.scss'

/** The statement for the range chosen on the rent account, laid out to print. */
export function RentStatementPage() {
  const { t } = useTranslation('housing')
  return (
    <WithTenancyAndRent title={t('statement.title')}>
      {(housing, offline) => <StatementView housing={housing} offlineNotice={offline} />}
    </WithTenancyAndRent>
  )
}

function StatementView({ housing, offlineNotice }: { housing: TenancyAndRent; offlineNotice: ReactNode }) {
  const { t, i18n } = useTranslation('housing')
  const session = useSession()
  const [query] = useSearchParams()
  const range = rangeFromQuery(query, todayInLondon())
  const { tenancy, account } = housing
  const name = session.data?.signedIn ? session.data.person.name : null
  const language = i18n.language

  return (
    <Page title={t('statement.title')}>
      <div className="app-rent-statement">
        <BackLink to={`/housing/rent?${rangeQuery(range)}`}>{t('statement.back')}</BackLink>
        <div className="app-no-print">{offlineNotice}</div>
        <span className="govuk-caption-l">
          {t('statement.period', { from: formatDate(range.from, language), to: formatDate(range.to, language) })}
        </span>
        <h1 className="govuk-heading-l">{t('statement.title')}</h1>
        <SummaryList
          rows={[
            ...(name ? [{ key: t('statement.tenant'), value: name }] : []),
            { key: t('statement.address'), value: tenancy.address },
            { key: t('statement.reference'), value: tenancy.reference },
            {
              key: t('statement.balanceNow'),
              value: <BalanceInWords balance={account.balance} className="govuk-body govuk-!-margin-bottom-0" />,
            },
          ]}
        />
        <TransactionsTable transactions={transactionsIn(account.transactions, range)} range={range} />
        <div className="app-no-print">
          <Button type="button" onClick={() => window.print()}>
            {t('statement.print')}
          </Button>
        </div>
      </div>
    </Page>
  )
}
