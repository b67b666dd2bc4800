import { useEffect, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, useNavigate } from 'react-router'
import type { ChangeReceived } from '#src/gateway/contract/changes'
import { isKioskDevice } from '#src/device/device-settings'
import { SatisfactionQuestion } from '#src/feedback/satisfaction-question'
import { formatDate } from '#src/format/format'
import { BackLink } from '#src/ui/back-link'
import { ConfirmationPanel } from '#src/ui/confirmation-panel'
import { ErrorSummary } from '#src/ui/error-summary'
import { formErrorsFromGateway } from '#src/ui/form-errors-from-gateway'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { KeptToSendPage } from '#src/ui/kept-to-send-page'
import { Page } from '#src/ui/page'
import { useSay } from '#src/ui/said'
import { SubmitButton } from '#src/ui/submit-button'
import { SummaryList, type SummaryRow } from '#src/ui/summary-list'
import { changeOf, firstStepToAnswer, type ChangeField, type Step } from './change-draft'
import { changePaths, NS, useJourney } from './change-journey'

/** The gateway's names for what it refuses, and the field of the form that shows each. */
const refusedFields: Record<string, ChangeField> = {
  what: 'what',
  date: 'date',
  'newAddress.postcode': 'postcode',
  newAddress: 'addressLine1',
  person: 'name',
  income: 'whose',
  details: 'details',
  evidenceIds: 'evidence',
}

export function CheckAnswersPage() {
  const { t, i18n } = useTranslation(NS)
  const say = useSay(NS)
  const { draft, telling, finish } = useJourney()
  const navigate = useNavigate()
  const answer = changeOf(draft)
  const result = telling.data

  useEffect(() => {
    // Told, or kept on the device to be told: the answers are not kept as a draft as well.
    if (!result?.ok && !result?.kept) return
    void navigate(changePaths.told, { replace: true })
    finish()
  }, [result, finish, navigate])

  if (result?.ok || result?.kept) return null
  if (!answer || !draft.what) return <Navigate to={changePaths[firstStepToAnswer(draft) ?? 'what']} replace />

  const failure = result && !result.ok ? result.failure : null
  const refused = failure?.kind === 'invalid' ? formErrorsFromGateway(failure, { namespace: NS, fields: refusedFields }, i18n) : null
  const changeLink = (step: Step, field: ChangeField, what: string) => [
    { to: `${changePaths[step]}?change=1#${field}`, text: t('check.change'), visuallyHiddenText: what },
  ]
  const row = (key: string, value: SummaryRow['value'], step: Step, field: ChangeField): SummaryRow => ({
    key,
    value,
    actions: changeLink(step, field, key),
  })
  const rows: SummaryRow[] = [
    row(t('check.what'), t(`kinds.${draft.what}`), 'what', 'what'),
    row(t('check.when'), formatDate(answer.date, i18n.language), 'when', 'date'),
  ]
  if (answer.newAddress) {
    const lines = [...answer.newAddress.lines, answer.newAddress.postcode]
    rows.push(
      row(
        t('check.newAddress'),
        lines.map((line, index) => (
          <span key={index}>
            {line}
            {index < lines.length - 1 ? <br /> : null}
          </span>
        )),
        'details',
        'addressLine1',
      ),
    )
  }
  if (answer.person) {
    rows.push(row(t('check.name'), answer.person.name, 'details', 'name'))
    rows.push(row(t('check.relationship'), t(`relationships.${answer.person.relationship}`), 'details', 'relationship'))
  }
  if (answer.income) {
    rows.push(row(t('check.whose'), t(`whose.${answer.income.whose}`), 'details', 'whose'))
    rows.push(row(t('check.incomeKind'), t(`incomeKinds.${answer.income.kind}`), 'details', 'incomeKind'))
  }
  rows.push(
    row(
      draft.what === 'other' ? t('check.whatHappened') : t('check.details'),
      answer.details || t('check.nothingElse'),
      'details',
      'details',
    ),
  )
  rows.push(
    row(
      t('check.documents'),
      draft.evidence.length > 0 ? (
        <ul className="govuk-list">
          {draft.evidence.map((file, index) => (
            <li key={index}>{file.name}</li>
          ))}
        </ul>
      ) : (
        t('check.noDocuments')
      ),
      'documents',
      'evidence',
    ),
  )

  function tell(event: FormEvent) {
    event.preventDefault()
    if (answer) telling.mutate({ change: answer, evidence: draft.evidence })
  }

  return (
    <Page title={t('check.title')}>
      <BackLink to={changePaths.documents}>{t('back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={refused ? refused.summary.map((error) => ({ text: say(error.said) ?? '' })) : []} />
          <h1 className="govuk-heading-l">{t('check.title')}</h1>
          <SummaryList rows={rows} />
          <h2 className="govuk-heading-m">{t('check.sendTitle')}</h2>
          <p className="govuk-body">{t('check.sendBody')}</p>
          {failure && !refused ? <GatewayFailureMessage failure={failure} /> : null}
          {result?.notKept ? (
            <p className="govuk-body" role="alert">
              {isKioskDevice() ? t('check.kioskNotSent') : t('check.sharedNotSent')}
            </p>
          ) : null}
          <form noValidate onSubmit={tell}>
            <SubmitButton sending={telling.isPending}>{t('check.send')}</SubmitButton>
          </form>
        </div>
      </div>
    </Page>
  )
}

/** The confirmation: which services were told, or that the change waits on the device to be sent. */
export function ToldPage() {
  const { telling } = useJourney()
  const result = telling.data
  if (result?.ok) return <Told received={result.data} />
  if (result?.kept) return <WaitingToTell />
  // Nothing told in this visit, as after a reload: the journey starts again, from whatever is kept.
  return <Navigate to={changePaths.what} replace />
}

function Told({ received }: { received: ChangeReceived }) {
  const { t } = useTranslation(NS)
  return (
    <Page title={t('told.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ConfirmationPanel title={t('told.title')}>
            {t('told.reference')}
            <br />
            <strong>{received.reference}</strong>
          </ConfirmationPanel>
          <h2 className="govuk-heading-m">{t('told.whoTitle')}</h2>
          {received.servicesTold.length > 0 ? (
            <>
              <p className="govuk-body">{t('told.who', { count: received.servicesTold.length })}</p>
              <ul className="govuk-list govuk-list--bullet" aria-label={t('told.whoTitle')}>
                {received.servicesTold.map((service) => (
                  <li key={service}>{t(`services.${service}`)}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="govuk-body">{t('told.nobody')}</p>
          )}
          <h2 className="govuk-heading-m">{t('told.nextTitle')}</h2>
          <p className="govuk-body">{t('told.next')}</p>
          <p className="govuk-body">
            <Link className="govuk-link" to="/">
              {t('told.home')}
            </Link>
          </p>
          <SatisfactionQuestion page="report-a-change" />
        </div>
      </div>
    </Page>
  )
}

function WaitingToTell() {
  const { t } = useTranslation(NS)
  return (
    <KeptToSendPage
      title={t('waiting.title')}
      body={t('waiting.body')}
      noNeed={t('waiting.noNeed')}
      links={[
        { to: '/waiting', text: t('waiting.seeWaiting') },
        { to: '/', text: t('told.home') },
      ]}
    />
  )
}
