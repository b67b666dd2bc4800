import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { chooseLanguageOnThisDevice, languageChosenOnThisDevice } from '#src/device/device-settings'
import { forgetEverythingStored } from '#src/device/forget-the-person'
import { useGateway } from '#src/gateway/gateway-context'
import { outboxFor } from '#src/outbox/outbox-store'
import { useAssisting, useSignedInPersonId } from '#src/session/session-queries'
import { Button } from '#src/ui/button'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { WarningText } from '#src/ui/warning-text'

/**
 * Ends the call at the gateway, then leaves nothing of the caller in this browser. The adviser stays signed in.
 * What was sent for the caller and has not gone yet would go with everything else, so the call stays open until it has.
 */
export function useEndCall() {
  const gateway = useGateway()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const staffId = useSignedInPersonId()
  return useMutation({
    mutationFn: async () => {
      const waiting = staffId ? (await outboxFor(staffId)).filter((item) => item.state !== 'sent') : []
      if (waiting.length > 0) return 'still waiting to send' as const
      return gateway.call('endCall', { body: {} })
    },
    onSuccess: async (result) => {
      if (result === 'still waiting to send' || !result.ok) return
      // The language is the adviser's own choice, not the caller's, so it stays.
      const language = languageChosenOnThisDevice()
      queryClient.clear()
      await forgetEverythingStored()
      if (language) chooseLanguageOnThisDevice(language)
      await navigate('/staff/callers', { replace: true })
    },
  })
}

/** On every page while staff help a caller, so nobody ever forgets whose account is on screen. */
export function AssistingBanner() {
  const { t } = useTranslation('contact-centre')
  const assisting = useAssisting()
  const endCall = useEndCall()
  if (!assisting) return null
  const answer = endCall.data === 'still waiting to send' ? null : endCall.data
  const stillWaiting = endCall.data === 'still waiting to send'
  const failure = answer && !answer.ok ? answer.failure : null
  return (
    <div className="govuk-notification-banner assisting-banner" role="region" aria-labelledby="assisting-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="assisting-title">
          {t('banner.title')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{t('banner.helping', { name: assisting.name })}</p>
        <p className="govuk-body">{t('banner.recorded')}</p>
        <ul className="govuk-list assisting-banner__links">
          <li>
            <Link className="govuk-notification-banner__link" to="/staff/finish-link">
              {t('banner.finishLink')}
            </Link>
          </li>
          <li>
            <Link className="govuk-notification-banner__link" to="/staff/payment-link">
              {t('banner.paymentLink')}
            </Link>
          </li>
        </ul>
        {failure ? <GatewayFailureMessage failure={failure} /> : null}
        <div role="alert">
          {stillWaiting ? (
            <>
              <WarningText>{t('banner.stillWaiting')}</WarningText>
              <p className="govuk-body">
                <Link className="govuk-notification-banner__link" to="/waiting">
                  {t('banner.seeWaiting')}
                </Link>
              </p>
            </>
          ) : null}
        </div>
        <Button
          type="button"
          look="warning"
          className="govuk-!-margin-bottom-0"
          disabled={endCall.isPending}
          onClick={() => endCall.mutate()}
        >
          {t('banner.endCall')}
        </Button>
      </div>
    </div>
  )
}
