import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { isKioskDevice } from '#src/device/device-settings'
import type { GatewayFailure } from '#src/gateway/errors'
import { useSignedInPersonId } from '#src/session/session-queries'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { useSubmit } from '#src/outbox/use-outbox'
import { formErrorsFromGateway } from '#src/ui/form-errors-from-gateway'
import { useSay } from '#src/ui/said'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { GatewayWords } from '#src/ui/gateway-words'
import { SummaryList, type SummaryRow } from '#src/ui/summary-list'
import { Loading } from '#src/ui/page'
import { meaningfulText } from '#src/ui/typed-text'
import { stepPaths, type ReportDraft } from './report-draft'
import { useBackLink, useReportJourney } from './report-journey'
import { useCatalogue, useServiceDefinition } from './report-queries'
import { NoReportStarted, StepPage } from './step-page'
import { Button } from '#src/ui/button'

/** What was typed into the boxes, without the blank or invisible characters around it; a choice is sent as it is. */
function withoutInvisibleEdges(answers: ReportDraft['answers']): ReportDraft['answers'] {
  return Object.fromEntries(
    Object.entries(answers).map(([code, answer]) => [code, typeof answer === 'string' ? meaningfulText(answer) : answer]),
  )
}

export function CheckAnswersPage() {
  const { t, i18n } = useTranslation('report')
  const say = useSay('report')
  const { draft, finish } = useReportJourney()
  const submit = useSubmit(useSignedInPersonId() ?? '')
  const submission = useSubmissionKey('report-a-problem')
  const navigate = useNavigate()
  const back = useBackLink('check')
  const catalogue = useCatalogue()
  const definition = useServiceDefinition(draft.serviceCode)
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<GatewayFailure | null>(null)
  const [kioskCouldNotSend, setKioskCouldNotSend] = useState(false)

  if (!draft.serviceCode) return <NoReportStarted title={t('check.title')} explanation={t('check.nothingToCheck')} />
  if (!catalogue.data || !definition.data) return <Loading />

  const service = catalogue.data.find((candidate) => candidate.serviceCode === draft.serviceCode)
  const changeLink = (step: keyof typeof stepPaths, what: ReactNode) => ({
    to: `${stepPaths[step]}?change=1`,
    text: t('check.change'),
    visuallyHiddenText: what,
  })
  const answerText = (code: string) => {
    const answer = draft.answers[code]
    const attribute = definition.data.attributes.find((candidate) => candidate.code === code)
    const said = typeof answer === 'string' ? meaningfulText(answer) : answer
    const names = (Array.isArray(said) ? said : said ? [said] : []).map(
      (key) => attribute?.values.find((value) => value.key === key)?.name ?? key,
    )
    return names.length > 0 ? <GatewayWords>{names.join(', ')}</GatewayWords> : t('check.notAnswered')
  }
  const where =
    draft.location?.kind === 'address'
      ? draft.location.text
      : draft.location?.kind === 'device'
        ? t('check.deviceLocation', { metres: draft.location.accuracyMetres })
        : draft.location?.kind === 'described'
          ? draft.location.description
          : t('check.notAnswered')
  const isRepair = draft.serviceCode === 'housing-repair'
  const rows: SummaryRow[] = [
    {
      key: t('check.problem'),
      value: <GatewayWords>{service?.name ?? draft.serviceCode}</GatewayWords>,
      actions: [changeLink('service', t('check.problem'))],
    },
    ...[...definition.data.attributes]
      .sort((a, b) => a.order - b.order)
      .map((attribute) => ({
        key: <GatewayWords>{attribute.question}</GatewayWords>,
        value: answerText(attribute.code),
        actions: [changeLink('questions', <GatewayWords>{attribute.question}</GatewayWords>)],
      })),
    {
      key: t('check.details'),
      value: meaningfulText(draft.details) || t('check.none'),
      actions: [changeLink('questions', t('check.details'))],
    },
    { key: t('check.where'), value: where, actions: isRepair ? undefined : [changeLink('location', t('check.where'))] },
    {
      key: t('check.photos'),
      value: draft.photos.length > 0 ? draft.photos.map((photo) => photo.name).join(', ') : t('check.none'),
      actions: [changeLink('photos', t('check.photos'))],
    },
  ]

  // The council's reasons for each answer it refused; anything else is left to the general message above them.
  const refusedAnswers =
    failure?.kind === 'invalid'
      ? formErrorsFromGateway(
          failure,
          {
            namespace: 'report',
            fields: Object.fromEntries(definition.data.attributes.map((attribute) => [`answers.${attribute.code}`, attribute.code])),
            sameAs: { 'answer.required': 'answer.missing' },
            values: Object.fromEntries(definition.data.attributes.map((attribute) => [attribute.code, { question: attribute.question }])),
          },
          i18n,
        ).summary.filter((error) => error.href)
      : []

  async function send() {
    if (!draft.serviceCode || !draft.location) return
    setFailure(null)
    setKioskCouldNotSend(false)
    setSending(true)
    const outcome = await submit(
      'report-problem',
      {
        report: {
          serviceCode: draft.serviceCode,
          answers: withoutInvisibleEdges(draft.answers),
          location: draft.location,
          details: meaningfulText(draft.details),
        },
        photos: draft.photos.map((photo) => ({ blob: photo.blob, name: photo.name })),
        serviceName: service?.name ?? draft.serviceCode,
      },
      submission.keyFor(),
    )
    setSending(false)
    if (outcome.state === 'refused' || outcome.state === 'not-sent') {
      setFailure(outcome.failure)
      setKioskCouldNotSend(outcome.state === 'not-sent')
      return
    }
    // Sent or safely waiting in the outbox: either way the draft's work is done, and the next report is another submission.
    submission.succeeded()
    await finish()
    if (outcome.state === 'sent') {
      await navigate('/report/sent', { state: { ...outcome.result, serviceName: service?.name ?? '' } })
    } else {
      await navigate('/report/waiting', { state: { because: outcome.failure?.kind ?? 'offline' } })
    }
  }

  return (
    <StepPage title={t('check.title')} back={back} caption={false}>
      <SummaryList rows={rows} />
      <h2 className="govuk-heading-m">{t('check.sendTitle')}</h2>
      <p className="govuk-body">{t('check.sendBody')}</p>
      {failure ? <GatewayFailureMessage failure={failure} /> : null}
      {refusedAnswers.length > 0 ? (
        <ul className="govuk-list govuk-list--bullet">
          {refusedAnswers.map((error) => (
            <li key={error.href}>{say(error.said)}</li>
          ))}
        </ul>
      ) : null}
      {kioskCouldNotSend ? (
        <p className="govuk-body" role="alert">
          {isKioskDevice() ? t('check.kioskNotSent') : t('check.sharedNotSent')}
        </p>
      ) : null}
      <p className="govuk-body" role="status">
        {sending ? t('check.sendingReport') : ''}
      </p>
      <Button type="button" disabled={sending} onClick={() => void send()}>
        {t('check.send')}
      </Button>
    </StepPage>
  )
}
