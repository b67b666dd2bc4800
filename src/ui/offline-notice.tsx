import { useTranslation } from 'react-i18next'
import { formatDateTime } from '#src/format/format'
import type { GatewayFailure } from '#src/gateway/errors'
import { InsetText } from './inset-text'

/** No signal, or too little of it: what was last seen can still be shown, saying when it is from. */
export function isOfflineFailure(failure: GatewayFailure | null): boolean {
  return failure?.kind === 'offline' || failure?.kind === 'timeout'
}

/**
 * Shown above answers kept from before, when asking for them again failed for want of a signal.
 * `updatedAt` is when the answer shown came from the gateway (a query's dataUpdatedAt).
 */
export function OfflineNotice({ updatedAt, failure }: { updatedAt: number; failure: GatewayFailure | null }) {
  const { t, i18n } = useTranslation()
  if (!failure || !isOfflineFailure(failure) || !updatedAt) return null
  const when = formatDateTime(new Date(updatedAt).toISOString(), i18n.language)
  return (
    <InsetText role="status">
      <p className="govuk-body">{failure.kind === 'timeout' ? t('offline.slow', { when }) : t('offline.notice', { when })}</p>
    </InsetText>
  )
}
