import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { chooseLanguageOnThisDevice, languageChosenOnThisDevice } from '#src/device/device-settings'
import { forgetEverythingStored } from '#src/device/forget-the-person'
import { useGateway } from '#src/gateway/gateway-context'
import { useAssisting } from '#src/session/session-queries'
import { Button } from '#src/ui/button'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'

/** Ends the call at the gateway, then leaves nothing of the caller in this browser. The adviser stays signed in. */
export function useEndCall() {
  const gateway = useGateway()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return useMutation({
    mutationFn: () => gateway.call('endCall', { body: {} }),
    onSuccess: async (result) => {
      if (!result.ok) return
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
  const failure = endCall.data && !endCall.data.ok ? endCall.data.failure : null
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
