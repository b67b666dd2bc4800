import { createContext, useCallback, useContext, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, Outlet, useNavigate, useParams } from 'react-router'
import { discardDraft, loadDraft, saveDraft } from '#src/device/drafts'
import { isKioskDevice } from '#src/device/device-settings'
import { EvidencePicker } from '#src/evidence/evidence-picker'
import type { EvidenceFile } from '#src/evidence/evidence-file'
import { MOST_DOCUMENTS_AT_ONCE } from '#src/gateway/contract/evidence'
import {
  challengeGrounds,
  LONGEST_STATEMENT,
  type ChallengeGround,
  type PenaltyChargeChallenge,
} from '#src/gateway/contract/penalty-charges'
import { SatisfactionQuestion } from '#src/feedback/satisfaction-question'
import { useSignedInPersonId } from '#src/session/session-queries'
import { BackLink } from '#src/ui/back-link'
import { Button } from '#src/ui/button'
import { CharacterCount } from '#src/ui/character-count'
import { ConfirmationPanel } from '#src/ui/confirmation-panel'
import { ErrorMessage } from '#src/ui/error-message'
import { ErrorSummary } from '#src/ui/error-summary'
import { Radios } from '#src/ui/fields'
import { formErrorsFromGateway } from '#src/ui/form-errors-from-gateway'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { KeptToSendPage } from '#src/ui/kept-to-send-page'
import { Loading, Page } from '#src/ui/page'
import { said, useSay, type Said } from '#src/ui/said'
import { SubmitButton } from '#src/ui/submit-button'
import { SummaryList } from '#src/ui/summary-list'
import { isBlank } from '#src/ui/typed-text'
import { WithAnswer } from '#src/ui/with-answer'
import { NS } from './charge-parts'
import { ChargeNotFound, chargePath } from './penalty-charges-pages'
import { useChallengePenaltyCharge, usePenaltyCharge, type ChallengingPenaltyCharge } from './penalty-charge-queries'

interface ChallengeDraft {
  reference: string
  ground: ChallengeGround | null
  statement: string
  evidence: EvidenceFile[]
}

type Field = 'ground' | 'statement' | 'evidence'
type Problems = Partial<Record<Field, Said>>

/** The name the draft is kept under on the device: never anything of the person or the charge. */
const DRAFT_NAME = 'penalty-charge-challenge'

const emptyDraft = (reference: string): ChallengeDraft => ({ reference, ground: null, statement: '', evidence: [] })

export function problemsWith(draft: ChallengeDraft): Problems {
  const problems: Problems = {}
  if (!draft.ground) problems.ground = said('errors.ground.missing')
  if (isBlank(draft.statement)) problems.statement = said('errors.statement.missing')
  else if (draft.statement.length > LONGEST_STATEMENT) problems.statement = said('errors.statement.tooLong', { count: LONGEST_STATEMENT })
  if (draft.evidence.length > MOST_DOCUMENTS_AT_ONCE) problems.evidence = said('errors.evidence.tooMany', { count: MOST_DOCUMENTS_AT_ONCE })
  return problems
}

interface Journey {
  draft: ChallengeDraft
  change: (update: Partial<ChallengeDraft>) => void
  challenging: ChallengingPenaltyCharge
  finish: () => void
}

const JourneyContext = createContext<Journey | null>(null)

function useJourney(): Journey {
  const journey = useContext(JourneyContext)
  if (!journey) throw new Error('A step of challenging a penalty charge is shown outside its journey')
  return journey
}

const pathsFor = (reference: string) => {
  const start = `${chargePath(reference)}/challenge`
  return { start, check: `${start}/check`, sent: `${start}/sent` }
}

/** The answers are a draft on the device (only in memory on a shared computer), so a reload or lost signal loses nothing. */
export function ChallengeJourney() {
  const personId = useSignedInPersonId()
  const reference = useParams().reference ?? ''
  if (!personId) return <Loading />
  return <DraftKeeper key={`${personId}:${reference}`} personId={personId} reference={reference} />
}

/** Only one's own charge, still to pay, can be challenged: another person's is not found, and one paid or challenged says so on its page. */
function WhileStillToPay({ children }: { children: ReactNode }) {
  const { t } = useTranslation(NS)
  const { draft, challenging } = useJourney()
  const charge = usePenaltyCharge(draft.reference)
  const sent = challenging.data?.ok === true || challenging.data?.kept === true
  return (
    <WithAnswer answer={charge} title={t('challenge.title', { reference: draft.reference })} notFound={<ChargeNotFound />}>
      {(found) => (found.status === 'unpaid' || sent ? children : <Navigate to={chargePath(draft.reference)} replace />)}
    </WithAnswer>
  )
}

function DraftKeeper({ personId, reference }: { personId: string; reference: string }) {
  const [draft, setDraft] = useState<ChallengeDraft | null>(null)
  const loaded = useRef(false)
  const challenging = useChallengePenaltyCharge()

  useEffect(() => {
    let current = true
    void loadDraft<ChallengeDraft>(DRAFT_NAME, personId)
      .catch((error: unknown) => {
        console.warn('Could not read the challenge kept on this device', error)
        return null
      })
      .then((stored) => {
        if (current) setDraft(stored?.reference === reference ? stored : emptyDraft(reference))
      })
    return () => {
      current = false
    }
  }, [personId, reference])

  useEffect(() => {
    if (!draft) return
    if (!loaded.current) {
      loaded.current = true
      return
    }
    void saveDraft(DRAFT_NAME, personId, draft).catch((error: unknown) =>
      console.warn('Could not keep the challenge on this device', error),
    )
  }, [draft, personId])

  const change = useCallback(
    (update: Partial<ChallengeDraft>) => setDraft((current) => (current ? { ...current, ...update } : current)),
    [],
  )
  const finish = useCallback(() => {
    loaded.current = false
    setDraft(emptyDraft(reference))
    void discardDraft(DRAFT_NAME).catch((error: unknown) => console.warn('Could not remove the challenge from this device', error))
  }, [reference])

  if (!draft) return <Loading />
  return (
    <JourneyContext value={{ draft, change, challenging, finish }}>
      <Outlet />
    </JourneyContext>
  )
}

export function ChallengePage() {
  return (
    <WhileStillToPay>
      <ChallengeForm />
    </WhileStillToPay>
  )
}

function ChallengeForm() {
  const { t } = useTranslation(NS)
  const say = useSay(NS)
  const { draft, change, challenging } = useJourney()
  const navigate = useNavigate()
  const [problems, setProblems] = useState<Problems>({})
  const [pickingError, setPickingError] = useState<Said | null>(null)
  const paths = pathsFor(draft.reference)
  const summary = (['ground', 'statement', 'evidence'] as const).flatMap((field) => {
    const text = say(field === 'evidence' ? (problems.evidence ?? pickingError) : problems[field])
    return text ? [{ href: field, text }] : []
  })

  function next(event: FormEvent) {
    event.preventDefault()
    const found = problemsWith(draft)
    setProblems(found)
    if (Object.keys(found).length > 0) return
    challenging.reset()
    void navigate(paths.check)
  }

  return (
    <Page title={t('challenge.title', { reference: draft.reference })}>
      <BackLink to={chargePath(draft.reference)}>{t('back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <span className="govuk-caption-l">{t('challenge.caption', { reference: draft.reference })}</span>
          <h1 className="govuk-heading-l">{t('challenge.heading')}</h1>
          <p className="govuk-body">{t('challenge.lead')}</p>
          <form noValidate onSubmit={next}>
            <Radios
              id="ground"
              name="ground"
              legend={t('challenge.ground')}
              legendSize="m"
              error={say(problems.ground)}
              value={draft.ground ?? ''}
              onChange={(ground) => change({ ground: ground as ChallengeGround })}
              choices={challengeGrounds.map((ground) => ({
                value: ground,
                label: t(`grounds.${ground}.label`),
                hint: t(`grounds.${ground}.hint`),
              }))}
            />
            <CharacterCount
              id="statement"
              name="statement"
              label={t('challenge.statement')}
              hint={t('challenge.statementHint')}
              error={say(problems.statement)}
              value={draft.statement}
              onChange={(statement) => change({ statement })}
              maxLength={LONGEST_STATEMENT}
              rows={8}
              description={t('challenge.limit', { count: LONGEST_STATEMENT })}
              countMessage={(remaining) =>
                remaining >= 0 ? t('challenge.remaining', { count: remaining }) : t('challenge.tooMany', { count: -remaining })
              }
            />
            <h2 className="govuk-heading-m">{t('challenge.evidenceTitle')}</h2>
            <p className="govuk-body">{t('challenge.evidenceLead', { count: MOST_DOCUMENTS_AT_ONCE })}</p>
            <div className={`govuk-form-group${problems.evidence ? ' govuk-form-group--error' : ''}`}>
              {problems.evidence ? <ErrorMessage id="evidence-error">{say(problems.evidence)}</ErrorMessage> : null}
              <EvidencePicker
                id="evidence"
                files={draft.evidence}
                onChange={(evidence) => change({ evidence })}
                onPickingError={setPickingError}
              />
            </div>
            <Button>{t('continue')}</Button>
          </form>
        </div>
      </div>
    </Page>
  )
}

/** The gateway's names for what it refuses, and the field of the form that shows each. */
const refusedFields: Record<string, Field> = { ground: 'ground', statement: 'statement', evidenceIds: 'evidence' }

export function ChallengeCheckPage() {
  return (
    <WhileStillToPay>
      <ChallengeCheck />
    </WhileStillToPay>
  )
}

function ChallengeCheck() {
  const { t, i18n } = useTranslation(NS)
  const say = useSay(NS)
  const { draft, challenging, finish } = useJourney()
  const navigate = useNavigate()
  const paths = pathsFor(draft.reference)
  const result = challenging.data

  useEffect(() => {
    if (!result?.ok && !result?.kept) return
    void navigate(paths.sent, { replace: true })
    finish()
  }, [result, finish, navigate, paths.sent])

  if (result?.ok || result?.kept) return null
  if (Object.keys(problemsWith(draft)).length > 0 || !draft.ground) return <Navigate to={paths.start} replace />
  const { ground } = draft

  const failure = result && !result.ok ? result.failure : null
  const refused = failure?.kind === 'invalid' ? formErrorsFromGateway(failure, { namespace: NS, fields: refusedFields }, i18n) : null
  const changeLink = (field: Field, what: string) => [{ to: `${paths.start}#${field}`, text: t('check.change'), visuallyHiddenText: what }]

  function send(event: FormEvent) {
    event.preventDefault()
    challenging.mutate({ reference: draft.reference, challenge: { ground, statement: draft.statement.trim() }, evidence: draft.evidence })
  }

  return (
    <Page title={t('check.title')}>
      <BackLink to={paths.start}>{t('back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={refused ? refused.summary.map((error) => ({ text: say(error.said) ?? '' })) : []} />
          <span className="govuk-caption-l">{t('challenge.caption', { reference: draft.reference })}</span>
          <h1 className="govuk-heading-l">{t('check.title')}</h1>
          <SummaryList
            rows={[
              { key: t('check.ground'), value: t(`grounds.${ground}.label`), actions: changeLink('ground', t('check.ground')) },
              { key: t('check.statement'), value: draft.statement.trim(), actions: changeLink('statement', t('check.statement')) },
              {
                key: t('check.evidence'),
                value:
                  draft.evidence.length > 0 ? (
                    <ul className="govuk-list">
                      {draft.evidence.map((file, index) => (
                        <li key={index}>{file.name}</li>
                      ))}
                    </ul>
                  ) : (
                    t('check.noEvidence')
                  ),
                actions: changeLink('evidence', t('check.evidence')),
              },
            ]}
          />
          <h2 className="govuk-heading-m">{t('check.sendTitle')}</h2>
          <p className="govuk-body">{t('check.sendBody')}</p>
          {failure && !refused ? <GatewayFailureMessage failure={failure} /> : null}
          {result?.notKept ? (
            <p className="govuk-body" role="alert">
              {isKioskDevice() ? t('check.kioskNotSent') : t('check.sharedNotSent')}
            </p>
          ) : null}
          <form noValidate onSubmit={send}>
            <SubmitButton sending={challenging.isPending}>{t('check.send')}</SubmitButton>
          </form>
        </div>
      </div>
    </Page>
  )
}

export function ChallengeSentPage() {
  const { t } = useTranslation(NS)
  const { draft, challenging } = useJourney()
  const result = challenging.data
  if (result?.ok) return <ChallengeReceived challenge={result.data} reference={draft.reference} />
  if (result?.kept) {
    return (
      <KeptToSendPage
        title={t('waiting.title')}
        body={t('waiting.body')}
        noNeed={t('waiting.noNeed')}
        links={[
          { to: '/waiting', text: t('waiting.seeWaiting') },
          { to: chargePath(draft.reference), text: t('sent.back') },
        ]}
      />
    )
  }
  return <Navigate to={pathsFor(draft.reference).start} replace />
}

function ChallengeReceived({ challenge, reference }: { challenge: PenaltyChargeChallenge; reference: string }) {
  const { t } = useTranslation(NS)
  return (
    <Page title={t('sent.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ConfirmationPanel title={t('sent.title')}>
            {t('sent.reference')}
            <br />
            <strong>{challenge.reference}</strong>
          </ConfirmationPanel>
          <h2 className="govuk-heading-m">{t('sent.nextTitle')}</h2>
          <p className="govuk-body">{t('sent.next')}</p>
          <p className="govuk-body">{t('sent.onHold')}</p>
          <p className="govuk-body">
            <Link className="govuk-link" to={chargePath(reference)}>
              {t('sent.back')}
            </Link>
          </p>
          <SatisfactionQuestion page="penalty-charge-challenge" />
        </div>
      </div>
    </Page>
  )
}
