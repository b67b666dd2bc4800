import { createContext, useCallback, useContext, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet, useNavigate, useSearchParams } from 'react-router'
import { discardDraft, loadDraft, saveDraft } from '#src/device/drafts'
import { useSignedInPersonId } from '#src/session/session-queries'
import { BackLink } from '#src/ui/back-link'
import { Button } from '#src/ui/button'
import { ErrorSummary } from '#src/ui/error-summary'
import { Loading, Page } from '#src/ui/page'
import { useSay } from '#src/ui/said'
import {
  changeFields,
  emptyChange,
  problemsWith,
  firstStepToAnswer,
  steps,
  type ChangeDraft,
  type Problems,
  type Step,
} from './change-draft'
import { useTellUsOfAChange, type TellingUsOfAChange } from './change-queries'

export const NS = 'changes'

const start = '/report-a-change'
export const changePaths: Record<Step | 'check' | 'told', string> = {
  what: start,
  when: `${start}/when`,
  details: `${start}/details`,
  documents: `${start}/documents`,
  check: `${start}/check`,
  told: `${start}/told`,
}

/** The name the draft is kept under on the device, the same for everyone: never anything of the person. */
const DRAFT_NAME = 'report-a-change'

interface Journey {
  draft: ChangeDraft
  change: (update: Partial<ChangeDraft>) => void
  telling: TellingUsOfAChange
  finish: () => void
}

const JourneyContext = createContext<Journey | null>(null)

export function useJourney(): Journey {
  const journey = useContext(JourneyContext)
  if (!journey) throw new Error('A step of reporting a change is shown outside its journey')
  return journey
}

/** The steps share one draft, kept on the device (only in memory on a shared computer) so it survives a reload or a closed tab. */
export function ReportAChangeJourney() {
  const personId = useSignedInPersonId()
  if (!personId) return <Loading />
  return <DraftKeeper key={personId} personId={personId} />
}

function DraftKeeper({ personId }: { personId: string }) {
  const [draft, setDraft] = useState<ChangeDraft | null>(null)
  const loaded = useRef(false)
  const telling = useTellUsOfAChange()

  useEffect(() => {
    let current = true
    void loadDraft<ChangeDraft>(DRAFT_NAME, personId)
      // Storage blocked or broken: the change can still be told, it just cannot survive a reload.
      .catch((error: unknown) => {
        console.warn('Could not read the change kept on this device', error)
        return null
      })
      .then((stored) => {
        if (current) setDraft(stored ? { ...emptyChange(), ...stored } : emptyChange())
      })
    return () => {
      current = false
    }
  }, [personId])

  useEffect(() => {
    if (!draft) return
    if (!loaded.current) {
      loaded.current = true
      return
    }
    void saveDraft(DRAFT_NAME, personId, draft).catch((error: unknown) => console.warn('Could not keep the change on this device', error))
  }, [draft, personId])

  const change = useCallback((update: Partial<ChangeDraft>) => {
    setDraft((current) => (current ? { ...current, ...update } : current))
  }, [])

  const finish = useCallback(() => {
    loaded.current = false
    setDraft(emptyChange())
    void discardDraft(DRAFT_NAME).catch((error: unknown) => console.warn('Could not remove the change from this device', error))
  }, [])

  if (!draft) return <Loading />
  return (
    <JourneyContext value={{ draft, change, telling, finish }}>
      <Outlet />
    </JourneyContext>
  )
}

/**
 * One question page: checked on Continue only, then the errors kept as they were, since errors that changed with each
 * key would move the focus to the summary. From a Change link, Continue goes back to check answers once all is right.
 */
export function StepPage({ step, title, children }: { step: Step; title: string; children: (problems: Problems) => ReactNode }) {
  const { t } = useTranslation(NS)
  const say = useSay(NS)
  const { draft, telling } = useJourney()
  const navigate = useNavigate()
  const [search] = useSearchParams()
  const [problems, setProblems] = useState<Problems>({})
  const changing = search.get('change') === '1'
  const index = steps.indexOf(step)
  const previous = index > 0 ? changePaths[steps[index - 1] ?? 'what'] : '/'
  const summary = changeFields.flatMap((field) => {
    const text = say(problems[field]?.said)
    return text ? [{ href: field, text }] : []
  })

  function next(event: FormEvent) {
    event.preventDefault()
    const found = problemsWith(draft, step)
    setProblems(found)
    if (Object.keys(found).length > 0) return
    // A new change after one told: what was sent before is not this one's answer.
    if (step === 'what') telling.reset()
    if (changing) {
      // Back to check answers, unless the change needs answers of its own first, such as a new kind's details.
      const toAnswer = firstStepToAnswer(draft)
      void navigate(toAnswer ? `${changePaths[toAnswer]}?change=1` : changePaths.check)
      return
    }
    const following = steps[index + 1]
    void navigate(following ? changePaths[following] : changePaths.check)
  }

  return (
    <Page title={title}>
      <BackLink to={changing ? changePaths.check : previous}>{t('back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <form noValidate onSubmit={next}>
            {children(problems)}
            <Button>{t('continue')}</Button>
          </form>
        </div>
      </div>
    </Page>
  )
}
