import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatDate, formatMoney } from '#src/format/format'
import { failureOf } from '#src/gateway/errors'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { Loading, Page } from '#src/ui/page'
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
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">{t('history.title')}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t('history.date')}
              </th>
              <th scope="col" className="govuk-table__header">
                {t('history.what')}
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                {t('history.amount')}
              </th>
              <th scope="col" className="govuk-table__header">
                {t('history.outcome')}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {finished.map((payment) => (
              <tr className="govuk-table__row" key={payment.paymentId}>
                <td className="govuk-table__cell">{formatDate(payment.finishedAt ?? payment.createdAt, i18n.language)}</td>
                <td className="govuk-table__cell">{payment.description}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{formatMoney(payment.amount, i18n.language)}</td>
                <td className="govuk-table__cell">
                  {payment.state === 'success' ? (
                    <Link className="govuk-link" to={`/payments/receipt/${payment.paymentId}`}>
                      {t('history.receipt')}
                      <span className="govuk-visually-hidden"> {payment.reference}</span>
                    </Link>
                  ) : (
                    t(`history.states.${payment.state}`)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Page>
  )
}
