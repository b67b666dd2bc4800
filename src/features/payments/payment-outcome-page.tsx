import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { isKioskDevice } from '#src/device/device-settings'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { Radios } from '#src/ui/fields'
import './receipt.scss'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { useCouncil } from '#src/councils/council-context'
import { SatisfactionQuestion } from '#src/feedback/satisfaction-question'
import { formatDateTime, formatMoney, phoneNumberText } from '#src/format/format'
import type { Payment } from '#src/gateway/contract/payments'
import { failureOf } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'
import { accountSummaryKey } from '#src/session/account-queries'
import { GatewayWords } from '#src/ui/gateway-words'
import { ButtonGroup } from '#src/ui/button-group'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { ConfirmationPanel } from '#src/ui/confirmation-panel'
import { SummaryList } from '#src/ui/summary-list'
import { Loading, Page } from '#src/ui/page'
import { amountsOwedKey, paymentHistoryKey, paymentInProgress, usePayment } from './payment-queries'
import { Button, ButtonLink } from '#src/ui/button'

/** Back from the card page: the return address says which payment, never how it went. The gateway says that. */
export function PaymentOutcomePage() {
  const [search] = useSearchParams()
  const payment = usePayment(search.get('payment'))
  const queryClient = useQueryClient()
  const state = payment.data?.state

  useEffect(() => {
    if (!payment.data || (state !== 'success' && state !== 'failed' && state !== 'cancelled' && state !== 'error')) return
    paymentInProgress.finished(payment.data.paymentId)
    if (state === 'success') {
      void queryClient.invalidateQueries({ queryKey: amountsOwedKey })
      void queryClient.invalidateQueries({ queryKey: accountSummaryKey })
      void queryClient.invalidateQueries({ queryKey: paymentHistoryKey, exact: true })
    }
  }, [payment.data, state, queryClient])

  if (payment.isPending) return <Loading />
  if (payment.isError) return <PaymentNotChecked error={payment.error} tryAgain={() => void payment.refetch()} />
  return (
    <PaymentOutcomeView payment={payment.data} tryAgainPath={`/payments/pay/${encodeURIComponent(payment.data.owedId)}`} canEmailReceipt />
  )
}

/** The gateway could not say how a payment went: say so, and that paying again is not the answer. */
export function PaymentNotChecked({ error, tryAgain }: { error: unknown; tryAgain: () => void }) {
  const { t } = useTranslation('payments')
  return (
    <Page title={t('outcome.unknownTitle')}>
      <h1 className="govuk-heading-l">{t('outcome.unknownTitle')}</h1>
      <GatewayFailureMessage failure={failureOf(error)} onTryAgain={tryAgain} />
      <p className="govuk-body">{t('outcome.dontPayAgain')}</p>
    </Page>
  )
}

/** How a payment ended, in words, for the signed-in person and for someone paying by link alike. */
export function PaymentOutcomeView({
  payment: paid,
  tryAgainPath,
  canEmailReceipt,
}: {
  payment: Payment
  tryAgainPath: string
  canEmailReceipt: boolean
}) {
  const { t } = useTranslation('payments')
  switch (paid.state) {
    case 'success':
      if (paid.refunded !== null) return <Refunded payment={paid} />
      return (
        <Page title={t('outcome.successTitle')}>
          <ConfirmationPanel title={t('outcome.successTitle')}>
            {t('outcome.reference')}
            <br />
            <strong>{paid.reference}</strong>
          </ConfirmationPanel>
          <Receipt payment={paid} canEmail={canEmailReceipt} />
          <SatisfactionQuestion page="payment" />
        </Page>
      )
    case 'submitted':
      return (
        <Page title={t('outcome.checkingTitle')}>
          <h1 className="govuk-heading-l">{t('outcome.checkingTitle')}</h1>
          <p className="govuk-body" role="status">
            {t('outcome.checking')}
          </p>
          <p className="govuk-body">{t('outcome.dontPayAgain')}</p>
        </Page>
      )
    case 'created':
    case 'started':
      return (
        <Page title={t('outcome.unfinishedTitle')}>
          <h1 className="govuk-heading-l">{t('outcome.unfinishedTitle')}</h1>
          <p className="govuk-body">{t('outcome.unfinished')}</p>
          {paid.nextUrl ? <ButtonLink href={paid.nextUrl}>{t('pay.continue')}</ButtonLink> : null}
        </Page>
      )
    default:
      return <NotPaid payment={paid} tryAgainPath={tryAgainPath} />
  }
}

/** Paid for too late: what it was for went to someone else, so the money went back. */
function Refunded({ payment }: { payment: Payment }) {
  const { t, i18n } = useTranslation('payments')
  return (
    <Page title={t('outcome.refundedTitle')}>
      <h1 className="govuk-heading-l">{t('outcome.refundedTitle')}</h1>
      <p className="govuk-body">
        {t('outcome.refundedCollection', { amount: formatMoney(payment.refunded ?? payment.amount, i18n.language) })}
      </p>
      <p className="govuk-body">{t('outcome.refundTakes')}</p>
      <ButtonLink to="/bookings/bulky-waste">{t('outcome.bookAnotherCollection')}</ButtonLink>
      <Receipt payment={payment} canEmail={false} />
    </Page>
  )
}

function NotPaid({ payment, tryAgainPath }: { payment: Payment; tryAgainPath: string }) {
  const council = useCouncil()
  const { t } = useTranslation('payments')
  const navigate = useNavigate()
  const title = t(`outcome.${payment.state}Title`)
  return (
    <Page title={title}>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{t(`outcome.${payment.state}`)}</p>
      <p className="govuk-body">{t('outcome.notCharged')}</p>
      <Button
        type="button"
        onClick={() => {
          paymentInProgress.finished(payment.paymentId)
          void navigate(tryAgainPath)
        }}
      >
        {t('outcome.tryAgain')}
      </Button>
      <h2 className="govuk-heading-m">{t('outcome.otherWaysTitle')}</h2>
      <p className="govuk-body">{t('outcome.otherWays', { phone: phoneNumberText(council.contact.phone) })}</p>
    </Page>
  )
}

export function Receipt({ payment, canEmail = true }: { payment: Payment; canEmail?: boolean }) {
  const { t, i18n } = useTranslation('payments')
  const gateway = useGateway()
  const email = useMutation({ mutationFn: () => gateway.call('emailReceipt', { params: { paymentId: payment.paymentId } }) })
  const kiosk = isKioskDevice()
  return (
    <div className="app-receipt">
      <h2 className="govuk-heading-m">{t('receipt.title')}</h2>
      <SummaryList
        rows={[
          { key: t('receipt.reference'), value: payment.reference },
          { key: t('receipt.paidFor'), value: <GatewayWords>{payment.description}</GatewayWords> },
          { key: t('receipt.amount'), value: formatMoney(payment.amount, i18n.language) },
          { key: t('receipt.date'), value: formatDateTime(payment.finishedAt ?? payment.createdAt, i18n.language) },
          ...(payment.cardDescription ? [{ key: t('receipt.card'), value: payment.cardDescription }] : []),
          ...(payment.refunded !== null ? [{ key: t('receipt.refunded'), value: formatMoney(payment.refunded, i18n.language) }] : []),
        ]}
      />
      <ButtonGroup>
        <Button type="button" look="secondary" onClick={() => window.print()}>
          {t('receipt.print')}
        </Button>
        {canEmail && !kiosk ? (
          <Button type="button" look="secondary" disabled={email.isPending || email.data?.ok} onClick={() => email.mutate()}>
            {t('receipt.email')}
          </Button>
        ) : null}
      </ButtonGroup>
      {canEmail && kiosk ? <SendReceipt paymentId={payment.paymentId} /> : null}
      {email.data?.ok ? (
        <p className="govuk-body" role="status">
          {t('receipt.emailed', { to: email.data.data.sentTo })}
        </p>
      ) : null}
      {email.data && !email.data.ok ? <GatewayFailureMessage failure={email.data.failure} /> : null}
    </div>
  )
}

type ReceiptChannel = 'email' | 'text'

/**
 * On a kiosk a receipt is printed or sent to the person's own email or phone: nothing is downloaded to a computer
 * the next person will use.
 */
function SendReceipt({ paymentId }: { paymentId: string }) {
  const { t } = useTranslation('payments')
  const gateway = useGateway()
  const submission = useSubmissionKey('send-receipt')
  const [channel, setChannel] = useState<ReceiptChannel | null>(null)
  const [unchosen, setUnchosen] = useState(false)
  const send = useMutation({
    mutationFn: async (chosen: ReceiptChannel) => {
      const sent = await gateway.call('sendReceipt', {
        params: { paymentId },
        body: { channel: chosen },
        idempotencyKey: submission.keyFor({ paymentId, channel: chosen }),
      })
      if (sent.ok) submission.succeeded()
      return sent
    },
  })
  const refusedFor = send.data && !send.data.ok && send.data.failure.kind === 'invalid' ? send.variables : null
  const error = unchosen
    ? t('receipt.chooseHow')
    : refusedFor
      ? t(refusedFor === 'email' ? 'receipt.noEmail' : 'receipt.noPhone')
      : undefined
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        setUnchosen(channel === null)
        if (channel) send.mutate(channel)
      }}
    >
      <Radios
        id="receipt-channel"
        name="receiptChannel"
        legend={t('receipt.sendHow')}
        legendSize="s"
        inline
        value={channel}
        onChange={(chosen) => setChannel(chosen as ReceiptChannel)}
        error={error}
        choices={[
          { value: 'email', label: t('receipt.byEmail') },
          { value: 'text', label: t('receipt.byText') },
        ]}
      />
      <Button look="secondary" disabled={send.isPending}>
        {t('receipt.send')}
      </Button>
      {send.data?.ok ? (
        <p className="govuk-body" role="status">
          {t('receipt.emailed', { to: send.data.data.sentTo })}
        </p>
      ) : null}
      {send.data && !send.data.ok && !refusedFor ? <GatewayFailureMessage failure={send.data.failure} /> : null}
    </form>
  )
}

export function ReceiptPage() {
  const { t } = useTranslation('payments')
  const payment = usePayment(useParams().paymentId ?? null)
  return (
    <Page title={t('receipt.title')}>
      <h1 className="govuk-heading-l">{t('receipt.title')}</h1>
      {payment.isPending ? <Loading /> : null}
      {payment.isError ? <GatewayFailureMessage failure={failureOf(payment.error)} onTryAgain={() => void payment.refetch()} /> : null}
      {payment.data?.state === 'success' ? <Receipt payment={payment.data} /> : null}
      <p className="govuk-body">
        <Link className="govuk-link" to="/payments/history">
          {t('history.title')}
        </Link>
      </p>
    </Page>
  )
}
