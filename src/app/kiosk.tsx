import { useCallback, useEffect, useRef, useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { useCouncil } from '#src/councils/council-context'
import { useEndTheVisit } from '#src/features/kiosk/end-the-visit'
import { useSession } from '#src/session/session-queries'

/** What a person does at a touch screen, or with a keyboard or mouse if it has one. */
const SIGNS_OF_LIFE = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'scroll'] as const

/**
 * What a kiosk adds to the header: the "Finish and clear" button, always there, and the watch for a visit left
 * alone. A page restored from the browser's back-forward cache would bring an ended visit back, so it is loaded afresh.
 */
export function KioskVisit() {
  const { t } = useTranslation('kiosk')
  const endTheVisit = useEndTheVisit()
  const [ending, setEnding] = useState(false)
  useEffect(() => {
    const loadAfresh = (event: PageTransitionEvent) => {
      if (event.persisted) location.reload()
    }
    window.addEventListener('pageshow', loadAfresh)
    return () => window.removeEventListener('pageshow', loadAfresh)
  }, [])
  const ended = useRef(false)
  // Once only, however it is asked for: the button, the countdown, or both at once.
  const end = useCallback(() => {
    if (ended.current) return
    ended.current = true
    setEnding(true)
    void endTheVisit()
  }, [endTheVisit])
  return (
    <>
      <button type="button" className="govuk-button govuk-button--warning app-kiosk-finish" disabled={ending} onClick={end}>
        {t('finish')}
      </button>
      <IdleWatch onEnd={end} />
    </>
  )
}

/** Watches only while there is something to clear: someone signed in, another page, or another language. */
function IdleWatch({ onEnd }: { onEnd: () => void }) {
  const council = useCouncil()
  const { i18n } = useTranslation()
  const location = useLocation()
  const signedIn = useSession().data?.signedIn === true
  const inUse = signedIn || location.pathname !== '/' || i18n.language !== council.defaultLanguage
  const [warning, setWarning] = useState(false)

  useEffect(() => {
    if (!inUse || warning) return
    let timer = setTimeout(() => setWarning(true), council.kiosk.idleMinutes * 60_000)
    const startAgain = () => {
      clearTimeout(timer)
      timer = setTimeout(() => setWarning(true), council.kiosk.idleMinutes * 60_000)
    }
    for (const event of SIGNS_OF_LIFE) window.addEventListener(event, startAgain, { capture: true, passive: true })
    return () => {
      clearTimeout(timer)
      for (const event of SIGNS_OF_LIFE) window.removeEventListener(event, startAgain, { capture: true })
    }
  }, [inUse, warning, council.kiosk.idleMinutes])

  if (!inUse || !warning) return null
  return <IdleWarning seconds={council.kiosk.warningSeconds} moreTime={() => setWarning(false)} onEnd={onEnd} />
}

/** Said aloud at each half minute, then every ten seconds: a screen reader is not talked over every second. */
function saidAloudAt(secondsLeft: number) {
  return secondsLeft > 30 ? Math.ceil(secondsLeft / 30) * 30 : Math.ceil(secondsLeft / 10) * 10
}

/** The warning before a kiosk clears itself (WCAG 2.2.1): a countdown, and a way to keep going. */
export function IdleWarning({ seconds, moreTime, onEnd }: { seconds: number; moreTime: () => void; onEnd: () => void }) {
  const { t } = useTranslation('kiosk')
  const dialog = useRef<HTMLDialogElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  // Counted from a deadline, not tick by tick: a busy or sleeping screen that misses ticks still ends on time.
  const [endsAt] = useState(() => Date.now() + seconds * 1000)
  const [now, setNow] = useState(() => Date.now())
  const secondsLeft = Math.max(0, Math.ceil((endsAt - now) / 1000))

  useEffect(() => {
    const box = dialog.current
    box?.showModal()
    heading.current?.focus()
    return () => box?.close()
  }, [])

  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(tick)
  }, [])

  const timeIsUp = secondsLeft === 0
  useEffect(() => {
    if (timeIsUp) onEnd()
  }, [timeIsUp, onEnd])

  // Escape, or a phone's back gesture, means the person is there.
  function moreTimeOnCancel(event: SyntheticEvent) {
    event.preventDefault()
    moreTime()
  }

  return (
    <dialog
      ref={dialog}
      className="app-timeout-warning app-kiosk-idle"
      aria-labelledby="kiosk-idle-title"
      aria-describedby="kiosk-idle-why"
      onCancel={moreTimeOnCancel}
    >
      <h2 className="govuk-heading-m" id="kiosk-idle-title" ref={heading} tabIndex={-1}>
        {t('idle.title')}
      </h2>
      <p className="govuk-body" id="kiosk-idle-why">
        {t('idle.why')}
      </p>
      <p className="govuk-body govuk-!-font-weight-bold" aria-hidden="true">
        {t('idle.secondsLeft', { count: secondsLeft })}
      </p>
      <p className="govuk-visually-hidden" aria-live="polite">
        {t('idle.secondsLeft', { count: saidAloudAt(secondsLeft) })}
      </p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={moreTime}>
          {t('idle.moreTime')}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onEnd}>
          {t('idle.finishNow')}
        </button>
      </div>
    </dialog>
  )
}
