import { createContext, useContext, useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, Outlet, useNavigate } from 'react-router'
import { useKeptAnswers } from '#src/device/kept-answers'
import type { ResidentPermit, ResidentPermitEligibility, VehicleDetails, VehicleProof } from '#src/gateway/contract/parking-permits'
import { plateOf } from '#src/gateway/contract/vehicle-registration'
import type { GatewayFailure } from '#src/gateway/errors'
import type { EvidenceFile } from '#src/evidence/evidence-file'
import { EvidencePicker } from '#src/evidence/evidence-picker'
import { formatMoney } from '#src/format/format'
import { useSignedInPersonId } from '#src/session/session-queries'
import { BackLink } from '#src/ui/back-link'
import { Button, ButtonLink } from '#src/ui/button'
import { ConfirmationPanel } from '#src/ui/confirmation-panel'
import { ErrorSummary } from '#src/ui/error-summary'
import { formErrorsFromGateway } from '#src/ui/form-errors-from-gateway'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { InsetText } from '#src/ui/inset-text'
import { KeptToSendPage } from '#src/ui/kept-to-send-page'
import { Loading, Page } from '#src/ui/page'
import { said, useSay, type Said } from '#src/ui/said'
import { SubmitButton } from '#src/ui/submit-button'
import { SummaryList, type SummaryRow } from '#src/ui/summary-list'
import { WithAnswer } from '#src/ui/with-answer'
import {
  applyPaths,
  NS,
  payPath,
  permitPath,
  permitsPath,
  RegistrationField,
  registrationProblem,
  SendPermitForm,
  useFindVehicle,
  vehicleRows,
  VehicleProofQuestion,
} from './permit-parts'
import { useApplyForPermit, usePermitEligibility } from './permit-queries'

/** The answers as typed: nothing is tidied away when one needs changing. */
export interface PermitDraft {
  registration: string
  /** What the DVLA said of the registration typed; null when it could not be asked (no signal). */
  vehicle: VehicleDetails | null
  vehicleProof: VehicleProof | null
  addressProofs: EvidenceFile[]
  vehicleProofs: EvidenceFile[]
}

const emptyDraft: PermitDraft = { registration: '', vehicle: null, vehicleProof: null, addressProofs: [], vehicleProofs: [] }

/** The name the draft is kept under on the device: never anything of the person. */
const DRAFT_NAME = 'resident-permit-application'

interface Journey {
  draft: PermitDraft
  answer: (update: Partial<PermitDraft>) => void
  applying: ReturnType<typeof useApplyForPermit>
  finish: () => void
}

const JourneyContext = createContext<Journey | null>(null)

function useJourney(): Journey {
  const journey = useContext(JourneyContext)
  if (!journey) throw new Error('A step of applying for a resident permit is shown outside its journey')
  return journey
}

export function ApplyForPermitJourney() {
  const personId = useSignedInPersonId()
  return personId ? <DraftKeeper key={personId} personId={personId} /> : <Loading />
}

function DraftKeeper({ personId }: { personId: string }) {
  const { answers, answer, startAgain: finish } = useKeptAnswers(DRAFT_NAME, personId, emptyDraft)
  const applying = useApplyForPermit()
  if (!answers) return <Loading />
  return (
    <JourneyContext value={{ draft: answers, answer, applying, finish }}>
      <Outlet />
    </JourneyContext>
  )
}

/** Whether the address can have a permit, said plainly, before anything is asked. */
export function ApplyStartPage() {
  const { t } = useTranslation(NS)
  const eligibility = usePermitEligibility()
  return (
    <WithAnswer answer={eligibility} title={t('apply.title')}>
      {(answer, offline) => (
        <Page title={t('apply.title')}>
          <BackLink to={permitsPath}>{t('backToParking')}</BackLink>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              {offline}
              <h1 className="govuk-heading-l">{t('apply.title')}</h1>
              <Eligibility eligibility={answer} />
            </div>
          </div>
        </Page>
      )}
    </WithAnswer>
  )
}

export function Eligibility({ eligibility }: { eligibility: ResidentPermitEligibility }) {
  const { t, i18n } = useTranslation(NS)
  const { address, zone, outcome } = eligibility
  const cheapest = eligibility.prices.bands[0]?.annualPrice ?? 0
  const dearest = eligibility.prices.bands.at(-1)?.annualPrice ?? 0
  return (
    <>
      {address ? (
        <p className="govuk-body">
          {t('apply.address')} <strong>{address}</strong>
        </p>
      ) : null}
      {outcome === 'not-in-zone' ? (
        <>
          <h2 className="govuk-heading-m">{t('eligibility.notInZone.title')}</h2>
          <p className="govuk-body">{t('eligibility.notInZone.body')}</p>
          <p className="govuk-body">{t('eligibility.notInZone.moved')}</p>
        </>
      ) : null}
      {outcome === 'no-address' ? <p className="govuk-body">{t('eligibility.noAddress')}</p> : null}
      {outcome === 'most-permits' ? (
        <>
          <h2 className="govuk-heading-m">{t('eligibility.mostPermits.title')}</h2>
          <p className="govuk-body">{t('eligibility.mostPermits.body', { count: eligibility.mostPermits, zone })}</p>
          <p className="govuk-body">{t('eligibility.mostPermits.instead')}</p>
        </>
      ) : null}
      {outcome === 'eligible' ? (
        <>
          <p className="govuk-body">{t('eligibility.eligible', { zone })}</p>
          <p className="govuk-body">
            {t('eligibility.price', { cheapest: formatMoney(cheapest, i18n.language), dearest: formatMoney(dearest, i18n.language) })}
          </p>
          <h2 className="govuk-heading-m">{t('apply.needTitle')}</h2>
          <ul className="govuk-list govuk-list--bullet">
            <li>{t('apply.needRegistration')}</li>
            <li>{t('apply.needAddressProof')}</li>
            <li>{t('apply.needVehicleProof')}</li>
            <li>{t('apply.needCard')}</li>
          </ul>
          <ButtonLink to={applyPaths.vehicle} start>
            {t('apply.start')}
          </ButtonLink>
        </>
      ) : null}
    </>
  )
}

export function VehiclePage() {
  const { t } = useTranslation(NS)
  const say = useSay(NS)
  const navigate = useNavigate()
  const { draft, answer } = useJourney()
  const { find, finding } = useFindVehicle()
  const [problem, setProblem] = useState<Said | null>(null)
  const [failure, setFailure] = useState<GatewayFailure | null>(null)
  const error = say(problem)

  async function next(event: FormEvent) {
    event.preventDefault()
    setFailure(null)
    const found = await find(draft.registration)
    if ('problem' in found) return setProblem(found.problem)
    setProblem(null)
    if ('failure' in found) return setFailure(found.failure)
    answer({ vehicle: 'vehicle' in found ? found.vehicle : null })
    void navigate(applyPaths.proofs)
  }

  return (
    <Page title={t('vehicle.title')}>
      <BackLink to={applyPaths.start}>{t('back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={error ? [{ href: 'registration', text: error }] : []} />
          <span className="govuk-caption-l">{t('apply.title')}</span>
          <h1 className="govuk-heading-l">{t('vehicle.title')}</h1>
          <p className="govuk-body">{t('vehicle.intro')}</p>
          {failure ? <GatewayFailureMessage failure={failure} /> : null}
          <form noValidate onSubmit={(event) => void next(event)}>
            <RegistrationField
              value={draft.registration}
              onChange={(registration) => answer({ registration, vehicle: null })}
              error={error}
            />
            <SubmitButton sending={finding}>{t('continue')}</SubmitButton>
          </form>
        </div>
      </div>
    </Page>
  )
}

type ProofField = 'addressProofs' | 'vehicleProof' | 'vehicleProofs'

export function proofProblems(draft: Pick<PermitDraft, 'addressProofs' | 'vehicleProof' | 'vehicleProofs'>, asksAddress: boolean) {
  const problems: Partial<Record<ProofField, Said>> = {}
  if (asksAddress && draft.addressProofs.length === 0) problems.addressProofs = said('errors.addressProofs.missing')
  if (!draft.vehicleProof) problems.vehicleProof = said('errors.vehicleProof.missing')
  if (draft.vehicleProofs.length === 0) problems.vehicleProofs = said('errors.vehicleProofs.missing')
  return problems
}

export const proofFields: ProofField[] = ['addressProofs', 'vehicleProof', 'vehicleProofs']

export function ProofsPage() {
  const { t } = useTranslation(NS)
  const say = useSay(NS)
  const navigate = useNavigate()
  const { draft, answer } = useJourney()
  const [problems, setProblems] = useState<Partial<Record<ProofField, Said>>>({})
  const [picking, setPicking] = useState<Partial<Record<ProofField, Said | null>>>({})

  if (registrationProblem(draft.registration)) return <Navigate to={applyPaths.vehicle} replace />

  const shown = { ...problems, ...Object.fromEntries(Object.entries(picking).filter(([, value]) => value)) }
  const summary = proofFields.flatMap((field) => {
    const text = say(shown[field])
    return text ? [{ href: field, text }] : []
  })

  function next(event: FormEvent) {
    event.preventDefault()
    const found = proofProblems(draft, true)
    setProblems(found)
    if (Object.keys(found).length === 0) void navigate(applyPaths.check)
  }

  return (
    <Page title={t('proofs.title')}>
      <BackLink to={applyPaths.vehicle}>{t('back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <span className="govuk-caption-l">{t('apply.title')}</span>
          <h1 className="govuk-heading-l">{t('proofs.title')}</h1>
          <form noValidate onSubmit={next}>
            <h2 className="govuk-heading-m">{t('proofs.addressTitle')}</h2>
            <p className="govuk-body">{t('proofs.addressHint')}</p>
            <EvidencePicker
              id="addressProofs"
              label={t('proofs.addressFiles')}
              files={draft.addressProofs}
              onChange={(addressProofs) => answer({ addressProofs })}
              error={say(problems.addressProofs)}
              onPickingError={(addressProofs) => setPicking((current) => ({ ...current, addressProofs }))}
            />
            <VehicleProofQuestion
              proof={draft.vehicleProof}
              onProof={(vehicleProof) => answer({ vehicleProof })}
              files={draft.vehicleProofs}
              onFiles={(vehicleProofs) => answer({ vehicleProofs })}
              proofError={say(problems.vehicleProof)}
              filesError={say(problems.vehicleProofs)}
              onPickingError={(vehicleProofs) => setPicking((current) => ({ ...current, vehicleProofs }))}
            />
            <Button>{t('continue')}</Button>
          </form>
        </div>
      </div>
    </Page>
  )
}

/** The gateway's names for what it refuses, and the field of the form that shows each. */
const refusedFields = {
  registration: 'registration',
  addressDocumentIds: 'addressProofs',
  documentIds: 'addressProofs',
  vehicleProof: 'vehicleProof',
  vehicleDocumentIds: 'vehicleProofs',
  address: 'address',
} as const

export function CheckApplicationPage() {
  const { t, i18n } = useTranslation(NS)
  const say = useSay(NS)
  const navigate = useNavigate()
  const { draft, applying, finish } = useJourney()
  const result = applying.data

  useEffect(() => {
    // Sent, or kept on the device to be sent: the answers are not kept as a draft as well.
    if (!result?.ok && !result?.kept) return
    void navigate(applyPaths.sent, { replace: true })
    finish()
  }, [result, finish, navigate])

  if (result?.ok || result?.kept) return null
  const plate = plateOf(draft.registration)
  if (!plate) return <Navigate to={applyPaths.vehicle} replace />
  if (Object.keys(proofProblems(draft, true)).length > 0) return <Navigate to={applyPaths.proofs} replace />

  const failure = result && !result.ok ? result.failure : null
  const refused = failure?.kind === 'invalid' ? formErrorsFromGateway(failure, { namespace: NS, fields: refusedFields }, i18n) : null
  const change = (to: string, what: string) => [{ to, text: t('check.change'), visuallyHiddenText: what }]
  const files = (chosen: EvidenceFile[]) => (
    <ul className="govuk-list">
      {chosen.map((file, index) => (
        <li key={index}>{file.name}</li>
      ))}
    </ul>
  )
  const rows: SummaryRow[] = draft.vehicle
    ? vehicleRows(draft.vehicle, i18n.language, t).map((row, index) =>
        index === 0 ? { ...row, actions: change(applyPaths.vehicle, t('vehicle.registrationShort')) } : row,
      )
    : [{ key: t('vehicle.registrationShort'), value: plate, actions: change(applyPaths.vehicle, t('vehicle.registrationShort')) }]
  rows.push(
    { key: t('check.addressProofs'), value: files(draft.addressProofs), actions: change(applyPaths.proofs, t('check.addressProofs')) },
    {
      key: t('check.vehicleProofs'),
      value: (
        <>
          <p className="govuk-body">{t(`proofs.kinds.${draft.vehicleProof ?? 'v5c'}`)}</p>
          {files(draft.vehicleProofs)}
        </>
      ),
      actions: change(applyPaths.proofs, t('check.vehicleProofs')),
    },
  )

  function send() {
    if (!plate || !draft.vehicleProof) return
    applying.mutate({
      registration: plate,
      vehicleProof: draft.vehicleProof,
      addressProofs: draft.addressProofs,
      vehicleProofs: draft.vehicleProofs,
    })
  }

  return (
    <Page title={t('check.title')}>
      <BackLink to={applyPaths.proofs}>{t('back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary
            errors={
              refused
                ? refused.summary.map((error) => ({ href: error.href === 'address' ? undefined : error.href, text: say(error.said) ?? '' }))
                : []
            }
          />
          <h1 className="govuk-heading-l">{t('check.title')}</h1>
          <SummaryList rows={rows} />
          {draft.vehicle ? null : (
            <InsetText>
              <p className="govuk-body">{t('check.priceLater')}</p>
            </InsetText>
          )}
          <h2 className="govuk-heading-m">{t('check.sendTitle')}</h2>
          <p className="govuk-body">
            {draft.vehicle
              ? t('check.sendBody', { amount: formatMoney(draft.vehicle.annualPrice, i18n.language) })
              : t('check.sendBodyNoPrice')}
          </p>
          <SendPermitForm
            failure={failure}
            notKept={result?.notKept ?? false}
            sending={applying.isPending}
            label={t('check.send')}
            onSend={send}
          />
        </div>
      </div>
    </Page>
  )
}

export function ApplicationSentPage() {
  const { applying } = useJourney()
  const result = applying.data
  if (result?.ok) return <PermitToPay permit={result.data} title="sent.title" />
  if (result?.kept) return <WaitingToSend />
  return <Navigate to={applyPaths.start} replace />
}

/** The confirmation panel, then what to pay: used for a new permit, a renewal and a change of vehicle. */
export function PermitToPay({ permit, title }: { permit: ResidentPermit; title: string }) {
  const { t, i18n } = useTranslation(NS)
  return (
    <Page title={t(title)}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ConfirmationPanel title={t(title)}>
            {t('sent.reference')}
            <br />
            <strong>{permit.reference}</strong>
          </ConfirmationPanel>
          {permit.toPay ? (
            <>
              <h2 className="govuk-heading-m">{t('sent.payTitle')}</h2>
              <p className="govuk-body">
                {t(`sent.pay.${permit.toPay.for}`, { amount: formatMoney(permit.toPay.amount, i18n.language), zone: permit.zone })}
              </p>
              <ButtonLink to={payPath(permit.toPay.owedId)}>
                {t('sent.payButton', { amount: formatMoney(permit.toPay.amount, i18n.language) })}
              </ButtonLink>
              <p className="govuk-body">{t('sent.payLater')}</p>
            </>
          ) : null}
          <p className="govuk-body">
            <Link className="govuk-link" to={permitPath(permit.reference)}>
              {t('sent.seePermit')}
            </Link>
          </p>
        </div>
      </div>
    </Page>
  )
}

export function WaitingToSend() {
  const { t } = useTranslation(NS)
  return (
    <KeptToSendPage
      title={t('waiting.title')}
      body={t('waiting.body')}
      noNeed={t('waiting.thenPay')}
      links={[
        { to: '/waiting', text: t('waiting.seeWaiting') },
        { to: permitsPath, text: t('backToParking') },
      ]}
    />
  )
}
