import { useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { RENEW_FROM_DAYS_BEFORE, type ResidentPermit, type VehicleDetails, type VehicleProof } from '#src/gateway/contract/parking-permits'
import { plateOf } from '#src/gateway/contract/vehicle-registration'
import type { GatewayFailure } from '#src/gateway/errors'
import type { EvidenceFile } from '#src/evidence/evidence-file'
import { formatDate, formatMoney, londonDayOf } from '#src/format/format'
import { BackLink } from '#src/ui/back-link'
import { ButtonLink } from '#src/ui/button'
import { ErrorSummary } from '#src/ui/error-summary'
import { formErrorsFromGateway } from '#src/ui/form-errors-from-gateway'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { InsetText } from '#src/ui/inset-text'
import { Page } from '#src/ui/page'
import { useSay, type Said } from '#src/ui/said'
import { SubmitButton } from '#src/ui/submit-button'
import { SummaryList } from '#src/ui/summary-list'
import { WithAnswer } from '#src/ui/with-answer'
import { PermitToPay, proofFields, proofProblems, WaitingToSend } from './apply-pages'
import {
  NS,
  payPath,
  permitPath,
  permitsPath,
  PermitStatus,
  RegistrationField,
  SendPermitForm,
  useFindVehicle,
  useValidDates,
  vehicleRows,
  VehicleProofQuestion,
} from './permit-parts'
import { useChangePermitVehicle, useRenewPermit, useResidentPermit } from './permit-queries'

const today = () => londonDayOf(new Date().toISOString())
const canRenew = (permit: ResidentPermit) =>
  permit.toPay === null && permit.status !== 'awaiting_payment' && permit.renewableFrom <= today()

function WithPermit({ title, children }: { title: string; children: (permit: ResidentPermit, offline: ReactNode) => ReactNode }) {
  const { t } = useTranslation(NS)
  const { reference = '' } = useParams()
  const permit = useResidentPermit(reference)
  return (
    <WithAnswer
      answer={permit}
      title={title}
      notFound={
        <Page title={t('permit.notFound')}>
          <h1 className="govuk-heading-l">{t('permit.notFound')}</h1>
          <p className="govuk-body">
            <Link className="govuk-link" to={permitsPath}>
              {t('backToParking')}
            </Link>
          </p>
        </Page>
      }
    >
      {children}
    </WithAnswer>
  )
}

/** One permit: its zone, vehicle, dates and status, with what can be done with it now. */
export function PermitPage() {
  const { t, i18n } = useTranslation(NS)
  const validDates = useValidDates()
  return (
    <WithPermit title={t('permit.title')}>
      {(permit, offline) => (
        <Page title={t('permit.titleWithReference', { reference: permit.reference })}>
          <BackLink to={permitsPath}>{t('backToParking')}</BackLink>
          {offline}
          <span className="govuk-caption-l">{permit.reference}</span>
          <h1 className="govuk-heading-l">{t('permit.title')}</h1>
          <p className="govuk-body">
            <PermitStatus status={permit.status} />
          </p>
          {permit.toPay ? (
            <InsetText>
              <p className="govuk-body">
                {t(`permit.toPay.${permit.toPay.for}`, { amount: formatMoney(permit.toPay.amount, i18n.language) })}
              </p>
              <ButtonLink className="govuk-!-margin-bottom-0" to={payPath(permit.toPay.owedId)}>
                {t('sent.payButton', { amount: formatMoney(permit.toPay.amount, i18n.language) })}
              </ButtonLink>
            </InsetText>
          ) : null}
          <SummaryList
            rows={[
              { key: t('permit.zone'), value: permit.zone },
              { key: t('permit.address'), value: permit.address },
              { key: t('permit.valid'), value: validDates(permit) },
              ...vehicleRows(permit.vehicle, i18n.language, t),
            ]}
          />
          {permit.status === 'expired' ? (
            <p className="govuk-body">{t('permit.ended', { date: formatDate(permit.validTo, i18n.language) })}</p>
          ) : null}
          <h2 className="govuk-heading-m">{t('permit.whatNow')}</h2>
          <ul className="govuk-list">
            {canRenew(permit) ? (
              <li>
                <Link className="govuk-link" to={`${permitPath(permit.reference)}/renew`}>
                  {t('permit.renew')}
                </Link>
              </li>
            ) : null}
            {permit.status === 'active' && !permit.toPay ? (
              <li>
                <Link className="govuk-link" to={`${permitPath(permit.reference)}/change-vehicle`}>
                  {t('permit.changeVehicle')}
                </Link>
              </li>
            ) : null}
          </ul>
          {!canRenew(permit) && permit.status === 'active' ? (
            <p className="govuk-body">
              {t('permit.renewFrom', { date: formatDate(permit.renewableFrom, i18n.language), days: RENEW_FROM_DAYS_BEFORE })}
            </p>
          ) : null}
        </Page>
      )}
    </WithPermit>
  )
}

/** Renewing: what it costs and the new dates, then through the outbox, then paying. */
export function RenewPermitPage() {
  const { t, i18n } = useTranslation(NS)
  const { reference = '' } = useParams()
  const renewing = useRenewPermit(reference)
  const result = renewing.data
  if (result?.ok) return <PermitToPay permit={result.data} title="renew.sentTitle" />
  if (result?.kept) return <WaitingToSend />
  const failure = result && !result.ok ? result.failure : null

  return (
    <WithPermit title={t('renew.title')}>
      {(permit) => (
        <Page title={t('renew.title')}>
          <BackLink to={permitPath(permit.reference)}>{t('back')}</BackLink>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <span className="govuk-caption-l">{permit.reference}</span>
              <h1 className="govuk-heading-l">{t('renew.title')}</h1>
              {canRenew(permit) ? (
                <>
                  <SummaryList
                    rows={[
                      { key: t('permit.zone'), value: permit.zone },
                      { key: t('vehicle.registrationShort'), value: permit.vehicleRegistration },
                      { key: t('renew.from'), value: formatDate(permit.validTo < today() ? today() : permit.validTo, i18n.language) },
                      { key: t('vehicle.price'), value: formatMoney(permit.vehicle.annualPrice, i18n.language) },
                    ]}
                  />
                  <p className="govuk-body">{t('renew.body')}</p>
                  <SendPermitForm
                    failure={failure}
                    notKept={result?.notKept ?? false}
                    sending={renewing.isPending}
                    label={t('renew.send')}
                    onSend={() => renewing.mutate()}
                  />
                </>
              ) : (
                <p className="govuk-body">
                  {t('renew.notYet', { date: formatDate(permit.renewableFrom, i18n.language), days: RENEW_FROM_DAYS_BEFORE })}
                </p>
              )}
            </div>
          </div>
        </Page>
      )}
    </WithPermit>
  )
}

interface VehicleChangeAnswers {
  registration: string
  vehicle: VehicleDetails | null
  vehicleProof: VehicleProof | null
  vehicleProofs: EvidenceFile[]
}

type ChangeField = 'registration' | 'vehicleProof' | 'vehicleProofs'
const refusedFields = {
  registration: 'registration',
  vehicleProof: 'vehicleProof',
  vehicleDocumentIds: 'vehicleProofs',
  documentIds: 'vehicleProofs',
} as const

/** Changing the vehicle: the new registration and its proof on one page, then what it costs, then paying. */
export function ChangeVehiclePage() {
  const { t, i18n } = useTranslation(NS)
  const say = useSay(NS)
  const { reference = '' } = useParams()
  const changing = useChangePermitVehicle(reference)
  const { find, finding } = useFindVehicle()
  const [answers, setAnswers] = useState<VehicleChangeAnswers>({ registration: '', vehicle: null, vehicleProof: null, vehicleProofs: [] })
  const [checking, setChecking] = useState(false)
  const [problems, setProblems] = useState<Partial<Record<ChangeField, Said>>>({})
  const [failure, setFailure] = useState<GatewayFailure | null>(null)
  const answer = (update: Partial<VehicleChangeAnswers>) => setAnswers((current) => ({ ...current, ...update }))
  const result = changing.data
  if (result?.ok) return <PermitToPay permit={result.data} title="change.sentTitle" />
  if (result?.kept) return <WaitingToSend />

  const sendFailure = result && !result.ok ? result.failure : null
  const refused =
    sendFailure?.kind === 'invalid' ? formErrorsFromGateway(sendFailure, { namespace: NS, fields: refusedFields }, i18n) : null
  const shown: Partial<Record<ChangeField, Said>> = { ...problems, ...refused?.byField }
  const summary = [
    ...(['registration', ...proofFields] as const).flatMap((field) => {
      const text = field === 'addressProofs' ? undefined : say(shown[field])
      return text ? [{ href: field, text }] : []
    }),
    ...(refused?.general ? [{ text: say(refused.general) ?? '' }] : []),
  ]

  async function next(event: FormEvent) {
    event.preventDefault()
    setFailure(null)
    const found = await find(answers.registration)
    const proofs = proofProblems({ ...answers, addressProofs: [] }, false)
    const registration = 'problem' in found ? { registration: found.problem } : {}
    setProblems({ ...registration, ...proofs })
    if ('problem' in found || Object.keys(proofs).length > 0) return
    if ('failure' in found) return setFailure(found.failure)
    answer({ vehicle: 'vehicle' in found ? found.vehicle : null })
    setChecking(true)
  }

  function send() {
    const plate = plateOf(answers.registration)
    if (!plate || !answers.vehicleProof) return
    changing.mutate({ registration: plate, vehicleProof: answers.vehicleProof, vehicleProofs: answers.vehicleProofs })
  }

  return (
    <WithPermit title={t('change.title')}>
      {(permit) =>
        permit.status !== 'active' || permit.toPay ? (
          <Page title={t('change.title')}>
            <BackLink to={permitPath(permit.reference)}>{t('back')}</BackLink>
            <span className="govuk-caption-l">{permit.reference}</span>
            <h1 className="govuk-heading-l">{t('change.title')}</h1>
            <p className="govuk-body">{t('change.notActive')}</p>
          </Page>
        ) : checking && !refused ? (
          <Page title={t('change.checkTitle')}>
            <BackLink to={permitPath(permit.reference)}>{t('back')}</BackLink>
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-two-thirds">
                <span className="govuk-caption-l">{permit.reference}</span>
                <h1 className="govuk-heading-l">{t('change.checkTitle')}</h1>
                <SummaryList
                  rows={[
                    { key: t('change.from'), value: permit.vehicleRegistration },
                    ...(answers.vehicle
                      ? vehicleRows(answers.vehicle, i18n.language, t)
                      : [{ key: t('vehicle.registrationShort'), value: plateOf(answers.registration) ?? answers.registration }]),
                    {
                      key: t('check.vehicleProofs'),
                      value: (
                        <>
                          <p className="govuk-body">{t(`proofs.kinds.${answers.vehicleProof ?? 'v5c'}`)}</p>
                          <ul className="govuk-list">
                            {answers.vehicleProofs.map((file, index) => (
                              <li key={index}>{file.name}</li>
                            ))}
                          </ul>
                        </>
                      ),
                    },
                  ]}
                />
                <p className="govuk-body">{t('change.fee')}</p>
                <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setChecking(false)}>
                  {t('change.changeAnswers')}
                </button>
                <SendPermitForm
                  failure={sendFailure}
                  notKept={result?.notKept ?? false}
                  sending={changing.isPending}
                  label={t('change.send')}
                  onSend={send}
                />
              </div>
            </div>
          </Page>
        ) : (
          <Page title={t('change.title')}>
            <BackLink to={permitPath(permit.reference)}>{t('back')}</BackLink>
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-two-thirds">
                <ErrorSummary errors={summary} />
                <span className="govuk-caption-l">{permit.reference}</span>
                <h1 className="govuk-heading-l">{t('change.title')}</h1>
                <p className="govuk-body">{t('change.intro', { registration: permit.vehicleRegistration })}</p>
                {failure ? <GatewayFailureMessage failure={failure} /> : null}
                <form noValidate onSubmit={(event) => void next(event)}>
                  <RegistrationField
                    value={answers.registration}
                    onChange={(registration) => answer({ registration, vehicle: null })}
                    error={say(shown.registration)}
                  />
                  <VehicleProofQuestion
                    proof={answers.vehicleProof}
                    onProof={(vehicleProof) => answer({ vehicleProof })}
                    files={answers.vehicleProofs}
                    onFiles={(vehicleProofs) => answer({ vehicleProofs })}
                    proofError={say(shown.vehicleProof)}
                    filesError={say(shown.vehicleProofs)}
                    onPickingError={(problem) => setProblems((current) => ({ ...current, vehicleProofs: problem ?? undefined }))}
                  />
                  <SubmitButton sending={finding}>{t('continue')}</SubmitButton>
                </form>
              </div>
            </div>
          </Page>
        )
      }
    </WithPermit>
  )
}
