import { useTranslation } from 'react-i18next'
import type { GatewayFailure } from '#src/gateway/errors'
import { GatewayFailureMessage } from './gateway-failure-message'
import { isOfflineFailure } from './offline-notice'
import { Page } from './page'

/** A page whose answer could not be had. With no signal, its heading says so: nothing has gone wrong that the person must fix. */
export function CouldNotLoadPage({ failure, onTryAgain }: { failure: GatewayFailure; onTryAgain: () => void }) {
  const { t } = useTranslation()
  const noSignal = isOfflineFailure(failure)
  const title = noSignal ? t(`failures.${failure.kind}.title`) : t('failures.pageTitle')
  return (
    <Page title={title}>
      <h1 className="govuk-heading-l">{title}</h1>
      <GatewayFailureMessage failure={failure} onTryAgain={onTryAgain} titled={noSignal} />
    </Page>
  )
}
