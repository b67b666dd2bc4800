import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useOutbox } from '#src/outbox/use-outbox'
import { useSignedInPersonId } from '#src/session/session-queries'

/**
 * One polite voice for changes a screen reader would otherwise miss, as GOV.UK does: the connection going and
 * coming back, and how many of the person's submissions are waiting to send. Nothing else speaks unasked.
 */
export function Announcements() {
  const { t } = useTranslation()
  // Only what has tried and failed to go is waiting: a submission sent at once would otherwise be announced twice.
  const waiting = useOutbox(useSignedInPersonId()).filter((item) => item.state !== 'sent' && item.failure !== null).length
  const waitingBefore = useRef(waiting)
  const [said, setSaid] = useState('')

  useEffect(() => {
    const offline = () => setSaid(t('announce.offline'))
    const online = () => setSaid(t('announce.online'))
    window.addEventListener('offline', offline)
    window.addEventListener('online', online)
    return () => {
      window.removeEventListener('offline', offline)
      window.removeEventListener('online', online)
    }
  }, [t])

  useEffect(() => {
    const before = waitingBefore.current
    waitingBefore.current = waiting
    if (waiting === before) return
    setSaid(waiting === 0 ? t('announce.allSent') : t('announce.waiting', { count: waiting }))
  }, [waiting, t])

  return (
    <div className="govuk-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {said}
    </div>
  )
}
