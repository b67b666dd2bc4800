import type { TFunction } from 'i18next'
import { Trans, useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { useCouncil } from '#src/councils/council-context'
import type { GatewayFailure } from '#src/gateway/errors'
import { signInUrl } from '#src/gateway/gateway-context'
import { InsetText } from './inset-text'
import { PhoneLink } from './phone-link'
import { phoneNumberText } from '#src/format/format'
import { Button } from '#src/ui/button'

/** A wait a person can picture: seconds under a minute, whole minutes (rounded up) beyond. */
function howLongToWait(t: TFunction, retryAfterSeconds: number | null): string {
  if (retryAfterSeconds === null) return t('failures.too-many-requests.body')
  if (retryAfterSeconds < 60) return t('failures.too-many-requests.bodyWithWait', { count: retryAfterSeconds })
  return t('failures.too-many-requests.bodyWithWaitMinutes', { count: Math.ceil(retryAfterSeconds / 60) })
}

/**
 * What to tell a person when a call fails, in plain words, with another way to get help. `titled`: the page's heading
 * already says what happened.
 */
export function GatewayFailureMessage({
  failure,
  onTryAgain,
  kept,
  titled,
}: {
  failure: GatewayFailure
  onTryAgain?: () => void
  kept?: boolean
  titled?: boolean
}) {
  const council = useCouncil()
  const { t, i18n } = useTranslation()
  const returnTo = useLocation().pathname
  return (
    <InsetText role="alert">
      {titled ? null : <p className="govuk-body govuk-!-font-weight-bold">{t(`failures.${failure.kind}.title`)}</p>}
      <p className="govuk-body">
        {failure.kind === 'too-many-requests' ? howLongToWait(t, failure.retryAfterSeconds) : t(`failures.${failure.kind}.body`)}
      </p>
      {kept ? (
        <p className="govuk-body">{failure.kind === 'signed-out' ? t('failures.keptUntilSignIn') : t('failures.keptUntilOnline')}</p>
      ) : null}
      {failure.kind === 'signed-out' ? (
        <p className="govuk-body">
          <a className="govuk-link" href={signInUrl(returnTo, i18n.language)}>
            {t('failures.signed-out.signIn')}
          </a>
        </p>
      ) : null}
      {onTryAgain && failure.kind !== 'signed-out' && failure.kind !== 'forbidden' && failure.kind !== 'not-found' ? (
        <Button type="button" look="secondary" className="govuk-!-margin-bottom-2" onClick={onTryAgain}>
          {t('failures.tryAgain')}
        </Button>
      ) : null}
      <p className="govuk-body">
        <Trans
          t={t}
          i18nKey="failures.otherWays"
          values={{ phone: phoneNumberText(council.contact.phone) }}
          components={{ phone: <PhoneLink number={council.contact.phone} /> }}
        />
      </p>
    </InsetText>
  )
}
