import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { outboxFor } from '#src/outbox/outbox-store'
import { useSignOut } from '#src/session/sign-out'

/** Signing out deletes everything on the device, so anything still waiting to send is pointed out first. */
/**
 * `onChoose` is told as soon as the person chooses to sign out, before any warning. The person comes from the
 * caller, which already asks who is signed in: asking again here would refresh the session, and so slide it.
 */
export function SignOutButton({ personId, className, onChoose }: { personId: string; className?: string; onChoose?: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const signOut = useSignOut()
  const [checking, setChecking] = useState(false)

  // Read at the click itself: a count shown on screen may not have caught up yet, and signing out cannot be undone.
  async function signOutOrWarn() {
    onChoose?.()
    setChecking(true)
    const items = await outboxFor(personId).catch(() => [])
    setChecking(false)
    if (items.some((item) => item.state !== 'sent')) await navigate('/sign-out')
    else signOut.mutate()
  }

  return (
    <button
      type="button"
      className={className ?? 'app-button-as-link'}
      onClick={() => void signOutOrWarn()}
      disabled={checking || signOut.isPending}
    >
      {t('header.signOut')}
    </button>
  )
}
