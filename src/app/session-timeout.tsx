import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { saveEverythingBeforeReload } from '#src/device/before-reload'
import { isKioskDevice } from '#src/device/device-settings'
import type { Session } from '#src/gateway/contract/session'
import { signInUrl, useGateway } from '#src/gateway/gateway-context'
import { SignOutButton } from '#src/features/sign-out/sign-out-button'
import { sessionKey, useSession, useSessionEndsAt } from '#src/session/session-queries'
import { NotificationBanner } from '#src/ui/notification-banner'
import { TakesFocus } from '#src/ui/takes-focus'

/** As the GOV.UK and HMRC timeout pattern does: long enough to read the warning and answer it. */
const WARN_BEFORE_MS = 2 * 60_000

/** How long until what is on screen must change: the warning's start, then each second of the countdown. */
function untilNextChange(left: number) {
  if (left > WARN_BEFORE_MS) return left - WARN_BEFORE_MS
  if (left > 0) return left % 1000 || 1000
  return 0
}

/**
 * Warns two minutes before the gateway would end a signed-in session, and lets the person stay signed in
 * (WCAG 2.2.1). If nobody answers, it signs them out as an ended session is signed out: what they typed is kept.
 */
export function SessionTimeout() {
  const { t, i18n } = useTranslation()
  const location = useLocation()
  const gateway = useGateway()
  const queryClient = useQueryClient()
  const session = useSession()
  const endsAt = useSessionEndsAt()
  const [now, setNow] = useState(() => Date.now())
  const [putAsideFor, setPutAsideFor] = useState<number | null>(null)
  const [signedOutOn, setSignedOutOn] = useState<string | null>(null)

  const signOutForTheirSecurity = useCallback(() => {
    saveEverythingBeforeReload()
    setSignedOutOn(location.pathname)
    queryClient.setQueryData<Session>(sessionKey, { signedIn: false })
    // The gateway's clock may be behind, or another tab may have kept the session going: it is ended there too.
    void gateway.call('signOut').finally(() => gateway.forgetSession())
  }, [gateway, queryClient, location.pathname])

  // One timeout for the next moment anything changes. A hidden tab's timers are slowed down, so coming back into view checks again.
  useEffect(() => {
    if (endsAt === null) return
    const check = () => {
      const checkedAt = Date.now()
      if (checkedAt >= endsAt) signOutForTheirSecurity()
      else setNow(checkedAt)
    }
    const timer = setTimeout(check, untilNextChange(endsAt - Date.now()))
    const checkWhenSeen = () => {
      if (document.visibilityState === 'visible') check()
    }
    document.addEventListener('visibilitychange', checkWhenSeen)
    return () => {
      clearTimeout(timer)
      document.removeEventListener('visibilitychange', checkWhenSeen)
    }
  }, [endsAt, now, signOutForTheirSecurity])

  // Said on the page where it happened; the person may then go elsewhere without signing in.
  if (signedOutOn === location.pathname && session.data?.signedIn !== true) {
    return (
      <TakesFocus>
        <NotificationBanner title={t('sessionTimeout.signedOut.title')}>
          <p className="govuk-notification-banner__heading">{t('sessionTimeout.signedOut.why')}</p>
          <p className="govuk-body">{t('sessionTimeout.signedOut.kept')}</p>
          <p className="govuk-body">
            <a className="govuk-notification-banner__link" href={signInUrl(location.pathname, i18n.language)}>
              {t('sessionTimeout.signedOut.signInAgain')}
            </a>
          </p>
        </NotificationBanner>
      </TakesFocus>
    )
  }
  // A kiosk warns of its own, sooner, and its warning must stand alone.
  if (isKioskDevice()) return null
  if (endsAt === null || !session.data?.signedIn || endsAt <= now || endsAt - now > WARN_BEFORE_MS || putAsideFor === endsAt) return null
  return (
    <TimeoutWarning
      personId={session.data.person.id}
      secondsLeft={Math.ceil((endsAt - now) / 1000)}
      staySignedIn={() => session.refetch()}
      signingOut={() => setPutAsideFor(endsAt)}
    />
  )
}

/** Asks nothing of the session itself: asking would slide it, and the warning would close by itself. */
function TimeoutWarning({
  personId,
  secondsLeft,
  staySignedIn,
  signingOut,
}: {
  personId: string
  secondsLeft: number
  staySignedIn: () => Promise<unknown>
  signingOut: () => void
}) {
  const { t } = useTranslation()
  const dialog = useRef<HTMLDialogElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const [asking, setAsking] = useState(false)

  const stayRef = useRef(stay)
  useEffect(() => {
    stayRef.current = stay
  })
  useEffect(() => {
    const box = dialog.current
    const focusedBefore = document.activeElement
    const stayOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.preventDefault()
      void stayRef.current()
    }
    box?.addEventListener('keydown', stayOnEscape)
    box?.showModal()
    heading.current?.focus()
    return () => {
      box?.removeEventListener('keydown', stayOnEscape)
      box?.close()
      if (focusedBefore instanceof HTMLElement && focusedBefore.isConnected) focusedBefore.focus()
    }
  }, [])

  // Asking for the session again slides it; the new answer moves the time it ends, which closes this.
  async function stay() {
    if (asking) return
    setAsking(true)
    await staySignedIn()
    setAsking(false)
  }
  // Other ways to close a dialog, such as a phone's back gesture, mean the same.
  function stayOnCancel(event: SyntheticEvent) {
    event.preventDefault()
    void stay()
  }

  const timeLeft = (seconds: number) =>
    seconds >= 60
      ? t('sessionTimeout.minutesLeft', { count: Math.ceil(seconds / 60) })
      : t('sessionTimeout.secondsLeft', { count: seconds })
  // Said to screen readers only at each minute, then at 30 seconds, so they are not talked over every second.
  const saidAloud = timeLeft(secondsLeft > 60 ? Math.ceil(secondsLeft / 60) * 60 : Math.ceil(secondsLeft / 30) * 30)

  return (
    <dialog
      ref={dialog}
      className="app-timeout-warning"
      aria-labelledby="timeout-warning-title"

      onCancel={stayOnCancel}
    >
      <h2 className="govuk-heading-m" id="timeout-warning-title" ref={heading} tabIndex={-1}>
        {t('sessionTimeout.title')}
      </h2>
      <p className="govuk-body" aria-hidden="true">
        {timeLeft(secondsLeft)}
      </p>
      <p className="govuk-visually-hidden" aria-live="polite">
        {saidAloud}
      </p>
      <p className="govuk-body">{t('sessionTimeout.why')}</p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={() => void stay()}>
          {t('sessionTimeout.staySignedIn')}
        </button>
        <SignOutButton personId={personId} className="app-button-as-link govuk-link" onChoose={signingOut} />
      </div>
    </dialog>
  )
}
