import { useMutation } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatMoney } from '#src/format/format'
import { useGateway } from '#src/gateway/gateway-context'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { GatewayWords } from '#src/ui/gateway-words'
import { ErrorSummary } from '#src/ui/error-summary'
import { Radios, TextInput } from '#src/ui/fields'
import { formErrorsFromGateway } from '#src/ui/form-errors-from-gateway'
import { said, useSaidErrors, useSay } from '#src/ui/said'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { SubmitButton } from '#src/ui/submit-button'
import { ConfirmationPanel } from '#src/ui/confirmation-panel'
import { SummaryList } from '#src/ui/summary-list'
import { TakesFocus } from '#src/ui/takes-focus'
import { Page } from '#src/ui/page'
import { meaningfulText } from '#src/ui/typed-text'

/** Staff never take card details: they send the caller a link to pay the exact item themselves. Only for staff, as the route table says. */
export function SendPaymentLinkPage() {
  const { t, i18n } = useTranslation('payments')
  const gateway = useGateway()
  // A caller's reference is never the adviser's own, so the browser is never to remember or offer it.
  const [reference, setReference] = useState('')
  const [channel, setChannel] = useState<'text' | 'email' | null>(null)
  const [errors, setErrors] = useSaidErrors<'reference' | 'channel'>('payments')
  const say = useSay('payments')
  const sending = useSubmissionKey('payment-link')
  const lookUp = useMutation({ mutationFn: (wanted: string) => gateway.call('findOwedForCaller', { body: { reference: wanted } }) })
  const send = useMutation({
    mutationFn: (how: 'text' | 'email') => {
      const body = { reference: meaningfulText(reference), channel: how }
      return gateway.call('sendPaymentLink', { body, idempotencyKey: sending.keyFor(body) })
    },
    onSuccess: (result) => {
      if (result.ok) sending.succeeded()
    },
  })
  const found = lookUp.data?.ok ? lookUp.data.data : null
  const lookUpFailure = lookUp.data && !lookUp.data.ok ? lookUp.data.failure : null
  const sendFailure = send.data && !send.data.ok ? send.data.failure : null
  const refusedReference =
    lookUpFailure?.kind === 'invalid'
      ? say(formErrorsFromGateway(lookUpFailure, { namespace: 'payments', fields: { reference: 'reference' } }, i18n).byField.reference)
      : undefined
  const refusedChannel =
    sendFailure?.kind === 'invalid'
      ? say(formErrorsFromGateway(sendFailure, { namespace: 'payments', fields: { channel: 'channel' } }, i18n).byField.channel)
      : undefined
  const shownErrors = { reference: errors.reference ?? refusedReference, channel: errors.channel ?? refusedChannel }

  if (send.data?.ok) {
    return (
      <Page title={t('staff.sentTitle')}>
        <TakesFocus>
          <ConfirmationPanel title={t('staff.sentTitle')}>{t('staff.sentTo', { to: send.data.data.sentTo })}</ConfirmationPanel>
          <p className="govuk-body">{t('staff.sentBody')}</p>
        </TakesFocus>
      </Page>
    )
  }

  function find(event: FormEvent) {
    event.preventDefault()
    const wanted = meaningfulText(reference)
    if (!wanted) return setErrors({ reference: said('errors.reference.missing') })
    setErrors({})
    lookUp.mutate(wanted)
  }

  function sendLink(event: FormEvent) {
    event.preventDefault()
    if (!channel) return setErrors({ channel: said('errors.channel.missing') })
    setErrors({})
    send.mutate(channel)
  }

  const summary = (['reference', 'channel'] as const).flatMap((field) => {
    const text = shownErrors[field]
    return text ? [{ href: field, text }] : []
  })
  return (
    <Page title={t('staff.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <h1 className="govuk-heading-l">{t('staff.title')}</h1>
          <form noValidate onSubmit={find}>
            <TextInput
              id="reference"
              name="reference"
              label={t('staff.reference')}
              hint={t('staff.referenceHint')}
              error={shownErrors.reference}
              value={reference}
              onChange={setReference}
              autoComplete="off"
              spellCheck={false}
              widthClass="govuk-input--width-20"
            />
            <SubmitButton sending={lookUp.isPending} secondary>
              {t('staff.find')}
            </SubmitButton>
          </form>
          {lookUpFailure && !refusedReference ? (
            lookUpFailure.kind === 'not-found' ? (
              <p className="govuk-body" role="alert">
                {t('staff.notFound')}
              </p>
            ) : (
              <GatewayFailureMessage failure={lookUpFailure} />
            )
          ) : null}
          {found ? (
            <TakesFocus key={found.owed.id}>
              <form noValidate onSubmit={sendLink}>
                <SummaryList
                  rows={[
                    { key: t('staff.caller'), value: found.resident.name },
                    { key: t('receipt.paidFor'), value: <GatewayWords>{found.owed.description}</GatewayWords> },
                    { key: t('pay.amount'), value: formatMoney(found.owed.amount, i18n.language) },
                  ]}
                />
                <p className="govuk-body">{t('staff.checkCaller')}</p>
                <Radios
                  id="channel"
                  name="channel"
                  legend={t('staff.how')}
                  error={shownErrors.channel}
                  value={channel}
                  onChange={(value) => setChannel(value as 'text' | 'email')}
                  choices={[
                    ...(found.resident.phone ? [{ value: 'text', label: t('staff.byText', { to: found.resident.phone }) }] : []),
                    ...(found.resident.email ? [{ value: 'email', label: t('staff.byEmail', { to: found.resident.email }) }] : []),
                  ]}
                />
                {sendFailure && !refusedChannel ? <GatewayFailureMessage failure={sendFailure} /> : null}
                <SubmitButton sending={send.isPending}>{t('staff.send')}</SubmitButton>
              </form>
            </TakesFocus>
          ) : null}
        </div>
      </div>
    </Page>
  )
}
