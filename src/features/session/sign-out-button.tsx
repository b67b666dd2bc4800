import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { useGateway } from '#src/gateway/gateway-context'
import { outboxFor } from '#src/outbox/outbox-store'
import { useWaitingToSendCount } from '#src/outbox/use-outbox'
import { Page } from '#src/ui/page'
import { forgetThisPerson } from './forget-this-person'
import { useSignedInPersonId } from './session-queries'

export function useSignOut() {
  const gateway = useGateway()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return useMutation({
    mutationFn: () => gateway.call('signOut'),
    onSettled: async (result) => {
      await forgetThisPerson(queryClient, gateway)
      await navigate(result?.ok ? '/signed-out' : '/signed-out?incomplete=1', { replace: true })
    },
  })
}

/** Signing out deletes everything on the device, so anything still waiting to send is pointed out first. */
export function SignOutButton({ className }: { className?: string }) {
  const { t } = useTranslation()
  const personId = useSignedInPersonId()
  const navigate = useNavigate()
  const signOut = useSignOut()
  const [checking, setChecking] = useState(false)

  // Read at the click itself: a count shown on screen may not have caught up yet, and signing out cannot be undone.
  async function signOutOrWarn() {
    setChecking(true)
    const items = personId ? await outboxFor(personId).catch(() => []) : []
    setChecking(false)
    if (items.some((item) => item.state !== 'sent')) await navigate('/sign-out')
    else signOut.mutate()
  }

  return (
    <button type="button" className={className ?? 'app-button-as-link'} onClick={() => void signOutOrWarn()} disabled={checking || signOut.isPending}>
      {t('header.signOut')}
    </button>
  )
}

export function SignOutPage() {
  const { t } = useTranslation()
  const waiting = useWaitingToSendCount(useSignedInPersonId())
  const signOut = useSignOut()
  return (
    <Page title={t('signOutWarning.title', { count: waiting })}>
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('signOutWarning.title', { count: waiting })}</h1>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">{t('warning')}</span>
            {t('signOutWarning.body')}
          </strong>
        </div>
        <div className="govuk-button-group">
          <button type="button" className="govuk-button govuk-button--warning" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
            {t('signOutWarning.signOutAnyway')}
          </button>
          <Link className="govuk-link" to="/waiting">
            {t('signOutWarning.seeWaiting')}
          </Link>
        </div>
      </div>
    </div>
    </Page>
  )
}
