import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatDate, formatMoney } from '#src/format/format'
import { failureOf } from '#src/gateway/errors'
import { GatewayWords } from '#src/ui/gateway-words'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { Loading, Page } from '#src/ui/page'
import { Table } from '#src/ui/table'
import { TableContainer } from '#src/ui/table-container'
import { usePaymentHistory } from './payment-queries'

export function PaymentHistoryPage() {
  const { t, i18n } = useTranslation('payments')
  const history = usePaymentHistory()
  const finished = history.data?.filter((payment) => payment.finishedAt !== null) ?? []
  return (
    <Page title={t('history.title')}>
      <h1 className="govuk-heading-l">{t('history.title')}</h1>
      {history.isPending ? <Loading /> : null}
      {history.isError ? <GatewayFailureMessage failure={failureOf(history.error)} onTryAgain={() => void history.refetch()} /> : null}
      {history.data && finished.length === 0 ? <p className="govuk-body">{t('history.none')}</p> : null}
      {finished.length > 0 ? (
        <TableContainer label={t('history.title')}>
          <Table
            caption={t('history.title')}
            captionHidden
            head={[
              { content: t('history.date') },
              { content: t('history.what') },
              { content: t('history.amount'), numeric: true },
              { content: t('history.outcome') },
            ]}
            rows={finished.map((payment) => ({
              key: payment.paymentId,
              cells: [
                { content: formatDate(payment.finishedAt ?? payment.createdAt, i18n.language) },
                { content: <GatewayWords>{payment.description}</GatewayWords> },
                { content: formatMoney(payment.amount, i18n.language), numeric: true },
                {
                  content:
                    payment.state === 'success' ? (
                      <Link className="govuk-link" to={`/payments/receipt/${payment.paymentId}`}>
                        {t('history.receipt')}
                        <span className="govuk-visually-hidden"> {payment.reference}</span>
                      </Link>
                    ) : (
                      t(`history.states.${payment.state}`)
                    ),
                },
              ],
            }))}
          />
        </TableContainer>
      ) : null}
    </Page>
  )
}
