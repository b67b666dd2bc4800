import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react'
import { Outlet, useLocation, useNavigate, useSearchParams } from 'react-router'
import { discardDraft, loadDraft, saveDraft } from '#src/device/drafts'
import { isOfKind } from '#src/outbox/outbox-item'
import { outboxItem, removeFromOutbox } from '#src/outbox/outbox-store'
import { RequireSignIn } from '#src/session/who-may-use'
import { Loading } from '#src/ui/page'
import { draftOfRefusedReport, emptyDraft, REPORT_DRAFT, stepPaths, stepsFor, type ReportDraft, type ReportStep } from './report-draft'

interface ReportJourney {
  draft: ReportDraft
  change: (change: Partial<ReportDraft> | ((draft: ReportDraft) => Partial<ReportDraft>)) => void
  finish: () => Promise<void>
}

const ReportContext = createContext<ReportJourney | null>(null)

export function useReportJourney(): ReportJourney {
  const journey = useContext(ReportContext)
  if (!journey) throw new Error('useReportJourney must be used inside ReportJourneyLayout')
  return journey
}

/** Every step of reporting a problem shares one draft, kept on the device so it survives a reload or a closed app. */
export function ReportJourneyLayout() {
  return <RequireSignIn>{(session) => <DraftKeeper personId={session.person.id} />}</RequireSignIn>
}

/**
 * The draft to carry on with: a refused report the person chose to put right on "Waiting to send", which
 * leaves the outbox to become the draft again, or else the draft kept on the device.
 */
async function draftToCarryOn(personId: string, refusedReportId: string | null): Promise<ReportDraft | null> {
  const refused = refusedReportId ? await outboxItem(refusedReportId) : undefined
  if (refused && refused.personId === personId && refused.state === 'needs-attention' && isOfKind(refused, 'report-problem')) {
    const draft = draftOfRefusedReport(refused)
    await saveDraft(REPORT_DRAFT, personId, draft)
    await removeFromOutbox(refused.id)
    return draft
  }
  return loadDraft<ReportDraft>(REPORT_DRAFT, personId)
}

function DraftKeeper({ personId }: { personId: string }) {
  const [draft, setDraft] = useState<ReportDraft | null>(null)
  const loaded = useRef(false)
  const arrivedWith = useLocation().state as { refusedReport?: string } | null
  // Read once: the id of the outbox item comes with the page, never what the report says.
  const [refusedReportId] = useState(arrivedWith?.refusedReport ?? null)

  useEffect(() => {
    let current = true
    void draftToCarryOn(personId, refusedReportId)
      // A device whose storage is blocked or broken can still make a report; it just cannot survive a reload.
      .catch((error: unknown) => {
        console.warn('Could not read the report draft kept on this device', error)
        return null
      })
      .then((stored) => {
        if (current) setDraft(stored ?? emptyDraft())
      })
    return () => {
      current = false
    }
  }, [personId, refusedReportId])

  useEffect(() => {
    if (!draft) return
    if (!loaded.current) {
      loaded.current = true
      return
    }
    void saveDraft(REPORT_DRAFT, personId, draft).catch((error: unknown) =>
      console.warn('Could not keep the report draft on this device', error),
    )
  }, [draft, personId])

  const change = useCallback<ReportJourney['change']>((update) => {
    setDraft((current) => (current ? { ...current, ...(typeof update === 'function' ? update(current) : update) } : current))
  }, [])

  const finish = useCallback(async () => {
    await discardDraft(REPORT_DRAFT).catch((error: unknown) => console.warn('Could not remove the report draft from this device', error))
    loaded.current = false
    setDraft(emptyDraft())
  }, [])

  if (!draft) return <Loading />
  return (
    <ReportContext value={{ draft, change, finish }}>
      <Outlet />
    </ReportContext>
  )
}

/** Goes to the next step, or back to check your answers when the person came from there to change something. */
export function useNextStep(current: ReportStep) {
  const { draft } = useReportJourney()
  const navigate = useNavigate()
  const [search] = useSearchParams()
  return (serviceCode = draft.serviceCode) => {
    const steps = stepsFor(serviceCode)
    const returningToCheck = search.get('change') === '1' && current !== 'service'
    const next = returningToCheck ? 'check' : (steps[steps.indexOf(current) + 1] ?? 'check')
    void navigate(stepPaths[next])
  }
}

export function useBackLink(current: ReportStep): string {
  const { draft } = useReportJourney()
  const [search] = useSearchParams()
  if (search.get('change') === '1') return stepPaths.check
  // Nearby reports are looked for only by address or position, and only with a signal; otherwise that step is passed by.
  const nearbyPassedBy = current !== 'nearby' && (draft.location?.kind === 'described' || !navigator.onLine)
  const steps = stepsFor(draft.serviceCode).filter((step) => step !== 'nearby' || !nearbyPassedBy)
  const previous = steps[steps.indexOf(current) - 1]
  return previous ? stepPaths[previous] : '/'
}
