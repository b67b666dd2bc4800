import { createContext, useCallback, useContext, useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, Outlet, useNavigate, useSearchParams } from 'react-router'
import { discardDraft, loadDraft, saveDraft } from '#src/device/drafts'
import { formatDate } from '#src/format/format'
import type { HouseholdChange } from '#src/gateway/contract/housing'
import type { GatewayResult } from '#src/gateway/errors'
import { useSignedInPersonId } from '#src/session/session-queries'
import { BackLink } from '#src/ui/back-link'
import { Button } from '#src/ui/button'
import { CharacterCount } from '#src/ui/character-count'
import { ConfirmationPanel } from '#src/ui/confirmation-panel'
import { DateInput } from '#src/ui/date-input'
import { ErrorSummary } from '#src/ui/error-summary'
import { Radios, TextInput } from '#src/ui/fields'
import { formErrorsFromGateway } from '#src/ui/form-errors-from-gateway'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { InsetText } from '#src/ui/inset-text'
import { Loading, Page } from '#src/ui/page'
import { useSay, type Said } from '#src/ui/said'
import { SubmitButton } from '#src/ui/submit-button'
import { SummaryList } from '#src/ui/summary-list'
import {
  emptyHouseholdChange,
  householdChangeFields,
  householdChangeOf,
  MOST_DETAIL_CHARACTERS,
  problemsWith,
  type HouseholdChangeDraft,
  type HouseholdChangeField,
} from './household-change-draft'

/** What the council said when it took the change: its reference. */
export interface ChangeReceived {
  reference: string
}

/**
 * Sending the change: the only part that differs between the services that ask (housing now; council tax and benefits
 * later), each through its own endpoint and outbox kind. `kept` means it waits on the device to be sent.
 */
export interface SendingChange {
  mutate: (change: HouseholdChange) => void
  isPending: boolean
  data: (GatewayResult<ChangeReceived> & { kept?: boolean }) | undefined
  reset: () => void
}

export interface HouseholdChangeService {
  /** Where the questions are, and where they are checked. */
  paths: { questions: string; check: string }
  /** Where the person came from, and its name, for the back link and the confirmation. */
  from: { path: string; name: string }
  /** The name the draft is kept under on the device, the same for everyone: never anything of the person. */
  draftName: string
  useSendChange: () => SendingChange
}

interface Journey extends HouseholdChangeService {
  draft: HouseholdChangeDraft
  change: (update: Partial<HouseholdChangeDraft>) => void
  sending: SendingChange
  finish: () => void
}

const JourneyContext = createContext<Journey | null>(null)

function useJourney(): Journey {
  const journey = useContext(JourneyContext)
  if (!journey) throw new Error('A step of telling us about a change is shown outside its journey')
  return journey
}

const NS = 'household'

/** The steps share one draft, kept on the device (only in memory on a shared computer) so it survives a reload. */
export function HouseholdChangeJourneyLayout({ service }: { service: HouseholdChangeService }) {
  const personId = useSignedInPersonId()
  if (!personId) return <Loading />
  return <DraftKeeper key={personId} personId={personId} service={service} />
}

function DraftKeeper({ personId, service }: { personId: string; service: HouseholdChangeService }) {
  const [draft, setDraft] = useState<HouseholdChangeDraft | null>(null)
  const loaded = useRef(false)
  const sending = service.useSendChange()
  const { draftName } = service

  useEffect(() => {
    let current = true
    void loadDraft<HouseholdChangeDraft>(draftName, personId)
      // Storage blocked or broken: the change can still be told, it just cannot survive a reload.
      .catch((error: unknown) => {
        console.warn('Could not read the household change kept on this device', error)
        return null
      })
      .then((stored) => {
        if (current) setDraft(stored ?? emptyHouseholdChange())
      })
    return () => {
      current = false
    }
  }, [draftName, personId])

  useEffect(() => {
    if (!draft) return
    if (!loaded.current) {
      loaded.current = true
      return
    }
    void saveDraft(draftName, personId, draft).catch((error: unknown) =>
      console.warn('Could not keep the household change on this device', error),
    )
  }, [draft, draftName, personId])

  const change = useCallback((update: Partial<HouseholdChangeDraft>) => {
    setDraft((current) => (current ? { ...current, ...update } : current))
  }, [])

  const finish = useCallback(() => {
    loaded.current = false
    setDraft(emptyHouseholdChange())
    void discardDraft(draftName).catch((error: unknown) => console.warn('Could not remove the household change from this device', error))
  }, [draftName])

  if (!draft) return <Loading />
  return (
    <JourneyContext value={{ ...service, draft, change, sending, finish }}>
      <Outlet />
    </JourneyContext>
  )
}

function useErrorSummary(problems: Partial<Record<HouseholdChangeField, Said>>) {
  const say = useSay(NS)
  return householdChangeFields.flatMap((field) => {
    const text = say(problems[field])
    return text ? [{ href: field, text }] : []
  })
}

export function HouseholdChangeQuestions() {
  const { t } = useTranslation(NS)
  const say = useSay(NS)
  const { draft, change, paths, from, sending } = useJourney()
  const navigate = useNavigate()
  const [search] = useSearchParams()
  // Checked on Continue only, then kept as they were: errors that changed with each key would move the focus to the summary.
  const [problems, setProblems] = useState<ReturnType<typeof problemsWith>>({})
  const saidProblems = Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, problem.said]))
  const summary = useErrorSummary(saidProblems)

  function next(event: FormEvent) {
    event.preventDefault()
    const found = problemsWith(draft)
    setProblems(found)
    if (Object.keys(found).length > 0) return
    sending.reset()
    void navigate(paths.check)
  }

  const backTo = search.get('change') === '1' ? paths.check : from.path
  return (
    <Page title={t('change.title')}>
      <BackLink to={backTo}>{t('back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <h1 className="govuk-heading-l">{t('change.title')}</h1>
          <p className="govuk-body">{t('change.tellOnce')}</p>
          <form noValidate onSubmit={next}>
            <Radios
              id="change"
              name="change"
              legend={t('change.what.legend')}
              error={say(problems.change?.said)}
              value={draft.change}
              onChange={(value) => change({ change: value as HouseholdChangeDraft['change'] })}
              choices={(['moved_in', 'moved_out', 'other'] as const).map((value) => ({ value, label: t(`changes.${value}`) }))}
            />
            <TextInput
              id="name"
              name="name"
              label={t('change.name.label')}
              labelSize="m"
              hint={t('change.name.hint')}
              error={say(problems.name?.said)}
              value={draft.name}
              onChange={(name) => change({ name })}
              autoComplete="off"
              spellCheck={false}
            />
            <DateInput
              id="date"
              legend={t('change.date.legend')}
              hint={t('change.date.hint')}
              error={say(problems.date?.said)}
              wrongParts={problems.date?.parts}
              labels={{ day: t('change.date.day'), month: t('change.date.month'), year: t('change.date.year') }}
              value={draft.date}
              onChange={(date) => change({ date })}
            />
            <CharacterCount
              id="details"
              name="details"
              label={t('change.details.label')}
              hint={t('change.details.hint')}
              error={say(problems.details?.said)}
              value={draft.details}
              onChange={(details) => change({ details })}
              maxLength={MOST_DETAIL_CHARACTERS}
              description={t('change.details.limit', { count: MOST_DETAIL_CHARACTERS })}
              countMessage={(remaining) =>
                remaining >= 0 ? t('change.details.remaining', { count: remaining }) : t('change.details.tooMany', { count: -remaining })
              }
            />
            <Button>{t('continue')}</Button>
          </form>
        </div>
      </div>
    </Page>
  )
}

export function HouseholdChangeCheck() {
  const { t, i18n } = useTranslation(NS)
  const say = useSay(NS)
  const { draft, paths, from, sending, finish } = useJourney()
  const answer = householdChangeOf(draft)
  const result = sending.data

  useEffect(() => {
    // Told, or kept on the device to be told: the answers are not kept as a draft as well.
    if (result?.ok || result?.kept) finish()
  }, [result, finish])

  if (result?.ok) return <Told reference={result.data.reference} from={from} />
  if (result?.kept) return <WaitingToTell from={from} />
  if (!answer) return <Navigate to={paths.questions} replace />

  const failure = result && !result.ok ? result.failure : null
  const refused =
    failure?.kind === 'invalid'
      ? formErrorsFromGateway(
          failure,
          { namespace: NS, fields: { change: 'change', name: 'name', date: 'date', details: 'details' } as const },
          i18n,
        )
      : null
  const changeLink = (field: HouseholdChangeField, what: string) => [
    { to: `${paths.questions}?change=1#${field}`, text: t('check.change'), visuallyHiddenText: what },
  ]

  function tell(event: FormEvent) {
    event.preventDefault()
    if (answer) sending.mutate(answer)
  }

  return (
    <Page title={t('check.title')}>
      <BackLink to={paths.questions}>{t('back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={refused ? refused.summary.map((error) => ({ text: say(error.said) ?? '' })) : []} />
          <h1 className="govuk-heading-l">{t('check.title')}</h1>
          <SummaryList
            rows={[
              { key: t('check.what'), value: t(`changes.${answer.change}`), actions: changeLink('change', t('check.what')) },
              { key: t('check.name'), value: answer.name, actions: changeLink('name', t('check.name')) },
              { key: t('check.date'), value: formatDate(answer.date, i18n.language), actions: changeLink('date', t('check.date')) },
              {
                key: t('check.details'),
                value: answer.details || t('check.nothingElse'),
                actions: changeLink('details', t('check.details')),
              },
            ]}
          />
          <h2 className="govuk-heading-m">{t('check.sendTitle')}</h2>
          <p className="govuk-body">{t('check.sendBody')}</p>
          {failure && !refused ? <GatewayFailureMessage failure={failure} /> : null}
          <form noValidate onSubmit={tell}>
            <SubmitButton sending={sending.isPending}>{t('check.send')}</SubmitButton>
          </form>
        </div>
      </div>
    </Page>
  )
}

function Told({ reference, from }: { reference: string; from: HouseholdChangeService['from'] }) {
  const { t } = useTranslation(NS)
  return (
    <Page title={t('told.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ConfirmationPanel title={t('told.title')}>
            {t('told.reference')}
            <br />
            <strong>{reference}</strong>
          </ConfirmationPanel>
          <h2 className="govuk-heading-m">{t('told.nextTitle')}</h2>
          <p className="govuk-body">{t('told.next')}</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>{t('told.teams.housing')}</li>
            <li>{t('told.teams.councilTax')}</li>
            <li>{t('told.teams.benefits')}</li>
          </ul>
          <p className="govuk-body">{t('told.contact')}</p>
          <p className="govuk-body">
            <Link className="govuk-link" to={from.path}>
              {from.name}
            </Link>
          </p>
        </div>
      </div>
    </Page>
  )
}

function WaitingToTell({ from }: { from: HouseholdChangeService['from'] }) {
  const { t } = useTranslation(NS)
  return (
    <Page title={t('waiting.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t('waiting.title')}</h1>
          <InsetText role="status">
            <p className="govuk-body">{t('waiting.body')}</p>
          </InsetText>
          <p className="govuk-body">{t('waiting.noNeed')}</p>
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to="/waiting">
                {t('waiting.seeWaiting')}
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to={from.path}>
                {from.name}
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </Page>
  )
}
