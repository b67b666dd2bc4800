import { useMutation } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { formatMoney } from '#src/format/format'
import type { Language } from '#src/gateway/contract/common'
import type { AmountOwed } from '#src/gateway/contract/payments'
import { failureOf, type GatewayFailure } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { GatewayWords } from '#src/ui/gateway-words'
import { ErrorSummary } from '#src/ui/error-summary'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { SubmitButton } from '#src/ui/submit-button'
import { SummaryList } from '#src/ui/summary-list'
import { Loading, Page } from '#src/ui/page'
import { poundsForInput } from './amount'
import { AmountField, amountRefused, amountToPay } from './amount-field'
import { useSaidError } from '#src/ui/said'
import { hostedCardPage } from './hosted-card-page'
import { PaymentNotChecked, PaymentOutcomeView } from './payment-outcome-page'
import { useLinkPayment, usePaymentLink } from './payment-queries'

/**
 * A link the contact centre sent, to pay one exact item without signing in. The link is the
 * key to that one item only: it shows nothing else of the person.
 */
export function PayByLinkPage() {
  const { t } = useTranslation('payments')
  const token = useParams().token ?? ''
  const link = usePaymentLink(token)
  if (link.isPending) return <Loading />
  if (link.isError || !link.data.usable || !link.data.owed) {
    return (
      <Page title={t('link.notUsableTitle')}>
        <h1 className="govuk-heading-l">{t('link.notUsableTitle')}</h1>
        {link.isError && failureOf(link.error).kind !== 'not-found' ? (
          <GatewayFailureMessage failure={failureOf(link.error)} onTryAgain={() => void link.refetch()} />
        ) : (
          <p className="govuk-body">{t('link.notUsable')}</p>
        )}
      </Page>
    )
  }
  return <PayByLink token={token} owed={link.data.owed} />
}

function PayByLink({ token, owed }: { token: string; owed: AmountOwed }) {
  const { t, i18n } = useTranslation('payments')
  const gateway = useGateway()
  const starting = useSubmissionKey('pay-by-link')
  const [typed, setTyped] = useState(() => poundsForInput(owed.amount))
  const [error, setError] = useSaidError('payments')
  const [failure, setFailure] = useState<GatewayFailure | null>(null)
  const money = (pence: number) => formatMoney(pence, i18n.language)
  const start = useMutation({
    mutationFn: (amount: number) =>
      gateway.call('startLinkPayment', {
        params: { token },
        body: { amount, language: i18n.language as Language },
        idempotencyKey: starting.keyFor({ token, amount }),
      }),
    onSuccess: (result) => {
      if (!result.ok) {
        const refused = amountRefused(result.failure, owed, i18n)
        return refused ? setError(refused) : setFailure(result.failure)
      }
      starting.succeeded()
      if (result.data.nextUrl) hostedCardPage.open(result.data.nextUrl)
    },
  })

  function pay(event: FormEvent) {
    event.preventDefault()
    if (start.isPending || start.data?.ok) return
    setFailure(null)
    const amount = amountToPay(owed, typed)
    setError('error' in amount ? amount.error : null)
    if ('pence' in amount) start.mutate(amount.pence)
  }

  return (
    <Page title={t('link.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={error ? [{ href: 'amount', text: error }] : []} />
          <h1 className="govuk-heading-l">{t('link.title')}</h1>
          <p className="govuk-body">{t('link.lead')}</p>
          <form noValidate onSubmit={pay}>
            <SummaryList
              rows={[
                { key: t('receipt.paidFor'), value: <GatewayWords>{owed.description}</GatewayWords> },
                ...(owed.amountRule.type === 'fixed' ? [{ key: t('pay.amount'), value: money(owed.amount) }] : []),
              ]}
            />
            {owed.amountRule.type === 'chosen' ? (
              <AmountField owed={owed.amount} rule={owed.amountRule} typed={typed} onChange={setTyped} error={error} />
            ) : null}
            {failure ? (
              failure.kind === 'conflict' ? (
                <p className="govuk-body" role="alert">
                  {t('link.notUsable')}
                </p>
              ) : (
                <GatewayFailureMessage failure={failure} />
              )
            ) : null}
            <SubmitButton sending={start.isPending} disabled={start.data?.ok === true}>
              {t('pay.goToPayment')}
            </SubmitButton>
          </form>
          <p className="govuk-body">{t('pay.cardDetailsSafe')}</p>
        </div>
      </div>
    </Page>
  )
}

export function PayByLinkDonePage() {
  const token = useParams().token ?? ''
  const paymentId = useSearchParams()[0].get('payment') ?? ''
  const payment = useLinkPayment(token, paymentId)
  if (payment.isPending) return <Loading />
  if (payment.isError) return <PaymentNotChecked error={payment.error} tryAgain={() => void payment.refetch()} />
  return <PaymentOutcomeView payment={payment.data} tryAgainPath={`/pay/${token}`} canEmailReceipt={false} />
}
