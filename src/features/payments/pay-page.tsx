import { useMutation } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useAssisting } from '#src/session/session-queries'
import { Link, useParams } from 'react-router'
import { useCouncil } from '#src/councils/council-context'
import { keptThroughReload, useKeepThroughReload } from '#src/device/before-reload'
import { formatMoney, phoneNumberText } from '#src/format/format'
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
import { WarningText } from '#src/ui/warning-text'
import { Loading, Page } from '#src/ui/page'
import { poundsForInput } from './amount'
import { AmountField, amountRefused, amountToPay } from './amount-field'
import { useSaidError } from '#src/ui/said'
import { hostedCardPage } from './hosted-card-page'
import { isStillGoing, PAYMENT_SUBMISSION, paymentInProgress, useAmountsOwed, usePayment } from './payment-queries'
import { ButtonLink } from '#src/ui/button'
import { useOnline } from '#src/device/online'

/** Payments are never kept to send later: offline, the person is told so and given the phone line. */
export function CannotPayOffline() {
  const council = useCouncil()
  const { t } = useTranslation('payments')
  return <WarningText>{t('pay.offline', { phone: phoneNumberText(council.contact.phone) })}</WarningText>
}

/** Staff never take card details: while they help a caller, the gateway refuses a card payment and the caller is sent a link. */
function SendALinkInstead() {
  const { t } = useTranslation('contact-centre')
  return (
    <Page title={t('card.title')}>
      <h1 className="govuk-heading-l">{t('card.title')}</h1>
      <p className="govuk-body">{t('card.body')}</p>
      <ButtonLink to="/staff/payment-link">{t('card.link')}</ButtonLink>
    </Page>
  )
}

export function PayPage() {
  if (useAssisting()) return <SendALinkInstead />
  return <PayForSomething />
}

function PayForSomething() {
  const { t, i18n } = useTranslation('payments')
  const owedId = useParams().owedId ?? ''
  const owed = useAmountsOwed()
  const startedId = paymentInProgress.startedId()
  const started = usePayment(startedId)
  // What this tab started last may be for something else owed.
  const earlier = started.data?.owedId === owedId ? started.data : undefined

  if (owed.isPending || (startedId && started.isPending)) return <Loading />
  if (owed.isError) {
    return (
      <Page title={t('pay.title')}>
        <h1 className="govuk-heading-l">{t('pay.title')}</h1>
        <GatewayFailureMessage failure={failureOf(owed.error)} onTryAgain={() => void owed.refetch()} />
      </Page>
    )
  }
  if (earlier?.state === 'success' || earlier?.state === 'submitted') {
    return (
      <Page title={t('pay.alreadyPaidTitle')}>
        <h1 className="govuk-heading-l">{t('pay.alreadyPaidTitle')}</h1>
        <p className="govuk-body">{earlier.state === 'success' ? t('pay.alreadyPaid') : t('pay.alreadyChecking')}</p>
        <ButtonLink to={`/payments/return?payment=${earlier.paymentId}`}>{t('pay.seeOutcome')}</ButtonLink>
      </Page>
    )
  }
  if (earlier && isStillGoing(earlier) && earlier.nextUrl) {
    return (
      <Page title={t('pay.continueTitle')}>
        <h1 className="govuk-heading-l">{t('pay.continueTitle')}</h1>
        <p className="govuk-body">{t('pay.continueBody', { amount: formatMoney(earlier.amount, i18n.language) })}</p>
        <ButtonLink href={earlier.nextUrl}>{t('pay.continue')}</ButtonLink>
      </Page>
    )
  }
  const item = owed.data.find((candidate) => candidate.id === owedId)
  if (!item) {
    return (
      <Page title={t('pay.nothingTitle')}>
        <h1 className="govuk-heading-l">{t('pay.nothingTitle')}</h1>
        <p className="govuk-body">{t('pay.nothing')}</p>
        <Link className="govuk-link" to="/payments">
          {t('pay.backToPayments')}
        </Link>
      </Page>
    )
  }
  return <AmountForm item={item} />
}

function AmountForm({ item }: { item: AmountOwed }) {
  const { t, i18n } = useTranslation('payments')
  const gateway = useGateway()
  const online = useOnline()
  const [typed, setTyped] = useState(() => keptThroughReload(`amount.${item.id}`) ?? poundsForInput(item.amount))
  useKeepThroughReload(`amount.${item.id}`, typed)
  const [error, setError] = useSaidError('payments')
  const [failure, setFailure] = useState<GatewayFailure | null>(null)
  const money = (pence: number) => formatMoney(pence, i18n.language)
  const paying = useSubmissionKey(PAYMENT_SUBMISSION)
  const start = useMutation({
    mutationFn: (amount: number) => {
      const body = { owedId: item.id, amount, returnPath: '/payments/return', language: i18n.language as Language }
      return gateway.call('startPayment', { body, idempotencyKey: paying.keyFor(body) })
    },
    onSuccess: (result) => {
      if (!result.ok) {
        const refused = amountRefused(result.failure, item, i18n)
        if (refused) setError(refused)
        else setFailure(result.failure)
        return
      }
      paymentInProgress.started(result.data.paymentId)
      if (result.data.nextUrl) hostedCardPage.open(result.data.nextUrl)
    },
  })

  function goToPayment(event: FormEvent) {
    event.preventDefault()
    if (start.isPending || start.data?.ok) return
    setFailure(null)
    const amount = amountToPay(item, typed)
    setError('error' in amount ? amount.error : null)
    if ('pence' in amount) start.mutate(amount.pence)
  }

  // A fixed charge has nothing to choose: the page is named after what is being paid, not "How much do you want to pay?".
  const fixed = item.amountRule.type === 'fixed'
  const heading = fixed ? item.description : t('pay.title')

  return (
    <Page title={heading}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={error ? [{ href: 'amount', text: error }] : []} />
          {fixed ? null : <GatewayWords className="govuk-caption-l">{item.description}</GatewayWords>}
          <h1 className="govuk-heading-l">{fixed ? <GatewayWords>{item.description}</GatewayWords> : heading}</h1>
          {!online || failure?.kind === 'offline' ? <CannotPayOffline /> : null}
          <form noValidate onSubmit={goToPayment}>
            {item.amountRule.type === 'fixed' ? (
              <SummaryList rows={[{ key: t('pay.amount'), value: money(item.amount) }]} />
            ) : (
              <AmountField owed={item.amount} rule={item.amountRule} typed={typed} onChange={setTyped} error={error} />
            )}
            {failure && failure.kind !== 'offline' ? (
              failure.kind === 'conflict' ? (
                <p className="govuk-body" role="alert">
                  {t('pay.nothing')}
                </p>
              ) : (
                <GatewayFailureMessage failure={failure} />
              )
            ) : null}
            <SubmitButton sending={start.isPending} disabled={!online || start.data?.ok === true}>
              {t('pay.goToPayment')}
            </SubmitButton>
          </form>
          <p className="govuk-body">{t('pay.cardDetailsSafe')}</p>
        </div>
      </div>
    </Page>
  )
}
