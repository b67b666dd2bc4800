import { useMutation } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { FinishLinkRequest } from '#src/gateway/contract/contact-centre'
import { useGateway } from '#src/gateway/gateway-context'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { useAssisting } from '#src/session/session-queries'
import { ConfirmationPanel } from '#src/ui/confirmation-panel'
import { ErrorSummary } from '#src/ui/error-summary'
import { Radios } from '#src/ui/fields'
import { formErrorsFromGateway } from '#src/ui/form-errors-from-gateway'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { Page } from '#src/ui/page'
import { said, useSaidErrors, useSay } from '#src/ui/said'
import { SubmitButton } from '#src/ui/submit-button'
import { TakesFocus } from '#src/ui/takes-focus'

type Task = FinishLinkRequest['task']
type Channel = FinishLinkRequest['channel']
const tasks: Task[] = ['report-a-problem', 'book-an-appointment', 'your-details']

/** The caller finishes a task themselves, from a link sent to the contact details the council holds: staff never see them in full. */
export function SendFinishLinkPage() {
  const { t, i18n } = useTranslation('contact-centre')
  const gateway = useGateway()
  const assisting = useAssisting()
  const [task, setTask] = useState<Task | null>(null)
  const [channel, setChannel] = useState<Channel | null>(null)
  const [errors, setErrors] = useSaidErrors<'task' | 'channel'>('contact-centre')
  const say = useSay('contact-centre')
  const sending = useSubmissionKey('finish-link')
  const send = useMutation({
    mutationFn: (body: FinishLinkRequest) => gateway.call('sendFinishLink', { body, idempotencyKey: sending.keyFor(body) }),
    onSuccess: (result) => {
      if (result.ok) sending.succeeded()
    },
  })
  const failure = send.data && !send.data.ok ? send.data.failure : null
  const refused =
    failure?.kind === 'invalid'
      ? formErrorsFromGateway(failure, { namespace: 'contact-centre', fields: { task: 'task', channel: 'channel' } }, i18n)
      : null
  const shown = { task: errors.task ?? say(refused?.byField.task), channel: errors.channel ?? say(refused?.byField.channel) }

  if (!assisting) {
    return (
      <Page title={t('finishLink.title')}>
        <h1 className="govuk-heading-l">{t('finishLink.title')}</h1>
        <p className="govuk-body">{t('finishLink.notHelping')}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/staff/callers">
            {t('staffHome.findCaller')}
          </Link>
        </p>
      </Page>
    )
  }

  if (send.data?.ok) {
    return (
      <Page title={t('finishLink.sentTitle')}>
        <TakesFocus>
          <ConfirmationPanel title={t('finishLink.sentTitle')}>{t('finishLink.sentTo', { to: send.data.data.sentTo })}</ConfirmationPanel>
          <p className="govuk-body">
            <Link className="govuk-link" to="/">
              {t('finishLink.backToAccount', { name: assisting.name })}
            </Link>
          </p>
        </TakesFocus>
      </Page>
    )
  }

  function sendLink(event: FormEvent) {
    event.preventDefault()
    const found = {
      ...(task ? {} : { task: said('errors.task.missing') }),
      ...(channel ? {} : { channel: said('errors.channel.missing') }),
    }
    setErrors(found)
    if (task && channel) send.mutate({ task, channel })
  }

  const summary = (['task', 'channel'] as const).flatMap((field) => {
    const text = shown[field]
    return text ? [{ href: field, text }] : []
  })
  return (
    <Page title={t('finishLink.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <h1 className="govuk-heading-l">{t('finishLink.title')}</h1>
          <p className="govuk-body">{t('finishLink.intro', { name: assisting.name })}</p>
          <form noValidate onSubmit={sendLink}>
            <Radios
              id="task"
              name="task"
              legend={t('finishLink.task')}
              legendSize="m"
              error={shown.task}
              value={task}
              onChange={(value) => setTask(value as Task)}
              choices={tasks.map((value) => ({ value, label: t(`finishLink.tasks.${value}`) }))}
            />
            <Radios
              id="channel"
              name="channel"
              legend={t('finishLink.channel')}
              legendSize="m"
              hint={t('finishLink.channelHint')}
              error={shown.channel}
              value={channel}
              onChange={(value) => setChannel(value as Channel)}
              choices={[
                { value: 'text', label: t('finishLink.byText') },
                { value: 'email', label: t('finishLink.byEmail') },
              ]}
            />
            {failure && !refused ? <GatewayFailureMessage failure={failure} /> : null}
            <SubmitButton sending={send.isPending}>{t('finishLink.button')}</SubmitButton>
          </form>
        </div>
      </div>
    </Page>
  )
}
