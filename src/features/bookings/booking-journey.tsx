import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet, useSearchParams } from 'react-router'
import { discardDraft, loadDraft, saveDraft } from '#src/device/drafts'
import type { AppointmentPurpose, InterpreterLanguage, Reminder, Slot, SlotHold } from '#src/gateway/contract/bookings'
import { RequireSignIn } from '#src/session/who-may-use'
import { BackLink } from '#src/ui/back-link'
import { ErrorSummary, type FieldError } from '#src/ui/error-summary'
import { Loading, Page } from '#src/ui/page'

/** What is asked on every booking's last pages: the time, the place kept for it, and whether to be reminded. */
interface TimeAnswers {
  /** Kept whole, so check your answers can say when it is with no signal. */
  slot: Slot | null
  /** The place the gateway keeps; null when it could not be asked for (no signal), so the booking asks for the slot itself. */
  hold: SlotHold | null
  reminder: Reminder | null
}

export interface FaceToFaceDraft extends TimeAnswers {
  placeId: string | null
  purpose: AppointmentPurpose | null
  interpreterNeeded: 'yes' | 'no' | null
  interpreter: InterpreterLanguage | null
}

export interface BulkyWasteDraft extends TimeAnswers {
  /** As typed, so "two" or "-1" can be shown back with its error. */
  quantities: Record<string, string>
}

const noTime: TimeAnswers = { slot: null, hold: null, reminder: null }
export const emptyFaceToFace = (): FaceToFaceDraft => ({
  placeId: null,
  purpose: null,
  interpreterNeeded: null,
  interpreter: null,
  ...noTime,
})
export const emptyBulkyWaste = (): BulkyWasteDraft => ({ quantities: {}, ...noTime })

export const FACE_TO_FACE_DRAFT = 'book-face-to-face'
export const BULKY_WASTE_DRAFT = 'book-bulky-waste'

interface BookingJourney<Draft> {
  draft: Draft
  change: (change: Partial<Draft>) => void
  finish: () => Promise<void>
}

const JourneyContext = createContext<BookingJourney<unknown> | null>(null)

export function useBookingJourney<Draft>(): BookingJourney<Draft> {
  const journey = useContext(JourneyContext)
  if (!journey) throw new Error('useBookingJourney must be used inside a booking journey')
  return journey as BookingJourney<Draft>
}

/**
 * The answers of one booking, kept on the device as a draft so a reload or a closed app loses nothing. Drafts follow
 * the device's rules: only in memory on a kiosk or shared computer, and gone at sign-out.
 */
export function BookingJourneyLayout<Draft extends object>({ name, empty }: { name: string; empty: () => Draft }) {
  return <RequireSignIn>{(session) => <DraftKeeper personId={session.person.id} name={name} empty={empty} />}</RequireSignIn>
}

function DraftKeeper<Draft extends object>({ personId, name, empty }: { personId: string; name: string; empty: () => Draft }) {
  const [draft, setDraft] = useState<Draft | null>(null)
  const loaded = useRef(false)

  useEffect(() => {
    let current = true
    void loadDraft<Draft>(name, personId)
      // A device whose storage is blocked can still book; the answers just do not survive a reload.
      .catch((error: unknown) => {
        console.warn('Could not read the booking kept on this device', error)
        return null
      })
      .then((stored) => {
        if (current) setDraft(stored ? { ...empty(), ...stored } : empty())
      })
    return () => {
      current = false
    }
  }, [personId, name, empty])

  useEffect(() => {
    if (!draft) return
    if (!loaded.current) {
      loaded.current = true
      return
    }
    void saveDraft(name, personId, draft).catch((error: unknown) => console.warn('Could not keep the booking on this device', error))
  }, [draft, personId, name])

  const change = useCallback((update: Partial<Draft>) => {
    setDraft((current) => (current ? { ...current, ...update } : current))
  }, [])

  const finish = useCallback(async () => {
    await discardDraft(name).catch((error: unknown) => console.warn('Could not remove the booking from this device', error))
    loaded.current = false
    setDraft(empty())
  }, [name, empty])

  if (!draft) return <Loading />
  return (
    <JourneyContext value={{ draft, change: change as (update: Partial<unknown>) => void, finish } as BookingJourney<unknown>}>
      <Outlet />
    </JourneyContext>
  )
}

/** Where Continue goes: the next question, or back to check your answers when the person came from there. */
export function useReturningToCheck() {
  const [search] = useSearchParams()
  return search.get('change') === '1'
}

/** A question page: back link, error summary, caption and the question as its heading. */
export function QuestionPage({
  title,
  caption,
  back,
  errors = [],
  heading = true,
  children,
}: {
  title: string
  caption: string
  back: string
  errors?: FieldError[]
  /** False where the question is the legend of its one fieldset, which then holds the h1 (see LegendHeading). */
  heading?: boolean
  children: ReactNode
}) {
  const { t } = useTranslation('booking')
  return (
    <Page title={title}>
      <BackLink to={back}>{t('back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <span className="govuk-caption-l">{caption}</span>
          {heading ? <h1 className="govuk-heading-l">{title}</h1> : null}
          {children}
        </div>
      </div>
    </Page>
  )
}

/** The page's question as the legend of its fieldset, as GOV.UK question pages do. */
export function LegendHeading({ children }: { children: ReactNode }) {
  return <h1 className="govuk-fieldset__heading">{children}</h1>
}
