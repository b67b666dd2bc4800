import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatDate, formatMoney } from '#src/format/format'
import { failureOf } from '#src/gateway/errors'
import { GatewayWords } from '#src/ui/gateway-words'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { SummaryCard } from '#src/ui/summary-list'
import { Loading, Page } from '#src/ui/page'
import { useAmountsOwed } from './payment-queries'
import { ButtonLink } from '#src/ui/button'

export function PaymentsPage() {
  const { t, i18n } = useTranslation('payments')
  const owed = useAmountsOwed()
  return (
    <Page title={t('owed.title')}>
      <h1 className="govuk-heading-l">{t('owed.title')}</h1>
      {owed.isPending ? <Loading /> : null}
      {owed.isError ? <GatewayFailureMessage failure={failureOf(owed.error)} onTryAgain={() => void owed.refetch()} /> : null}
      {owed.data?.length === 0 ? <p className="govuk-body">{t('owed.nothing')}</p> : null}
      {owed.data?.map((item) => (
        <SummaryCard key={item.id} title={<GatewayWords>{item.description}</GatewayWords>}>
          <p className="govuk-body">
            {item.amountRule.type === 'fixed'
              ? t('owed.fixed', { amount: formatMoney(item.amount, i18n.language) })
              : t('owed.balance', { amount: formatMoney(item.amount, i18n.language) })}
            {item.dueBy ? ` ${t('owed.dueBy', { date: formatDate(item.dueBy, i18n.language) })}` : ''}
          </p>
          <ButtonLink className="govuk-!-margin-bottom-0" to={`/payments/pay/${encodeURIComponent(item.id)}`}>
            {t(`owed.pay.${item.kind}`)}
          </ButtonLink>
        </SummaryCard>
      ))}
      <p className="govuk-body">
        <Link className="govuk-link" to="/payments/history">
          {t('owed.history')}
        </Link>
      </p>
    </Page>
  )
}
