import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { pcnNumberOf, type PenaltyChargeFound } from '#src/gateway/contract/penalty-charges'
import { plateOf } from '#src/gateway/contract/vehicle-registration'
import { signInUrl } from '#src/gateway/gateway-context'
import { formatMoney } from '#src/format/format'
import { useSignedInPersonId } from '#src/session/session-queries'
import { ErrorSummary } from '#src/ui/error-summary'
import { TextInput } from '#src/ui/fields'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { InsetText } from '#src/ui/inset-text'
import { Page } from '#src/ui/page'
import { said, useSaidErrors } from '#src/ui/said'
import { SubmitButton } from '#src/ui/submit-button'
import { ChallengeProgress, ChargeDetails, ChargePhotos, NS } from './charge-parts'
import { useFindPenaltyCharge, useStartLookupPayment } from './penalty-charge-queries'

type Field = 'pcnNumber' | 'vehicleRegistration'

/** Leaving the app for the payment provider's card page, which comes back to the payment link's own page. */
export const lookupCardPage = {
  open(url: string) {
    window.location.assign(url)
  },
}

/**
 * Finding a penalty charge by the number on the notice and the vehicle's registration, without signing in, as
 * council sites allow. Both go by POST and are never kept: not in the address, not on the device.
 */
export function FindPenaltyChargePage() {
  const { t } = useTranslation(NS)
  const [typed, setTyped] = useState({ pcnNumber: '', vehicleRegistration: '' })
  const [errors, setErrors] = useSaidErrors<Field>(NS)
  const finding = useFindPenaltyCharge()
  const answer = finding.data
  const found = answer?.ok ? answer.data : null
  const failure = answer && !answer.ok && answer.failure.kind !== 'not-found' ? answer.failure : null
  const notFound = answer && !answer.ok && answer.failure.kind === 'not-found'

  function find(event: FormEvent) {
    event.preventDefault()
    const problems: Partial<Record<Field, ReturnType<typeof said>>> = {}
    if (!typed.pcnNumber.trim()) problems.pcnNumber = said('errors.pcnNumber.missing')
    else if (!pcnNumberOf(typed.pcnNumber)) problems.pcnNumber = said('errors.pcnNumber.format')
    if (!typed.vehicleRegistration.trim()) problems.vehicleRegistration = said('errors.vehicleRegistration.missing')
    else if (!plateOf(typed.vehicleRegistration)) problems.vehicleRegistration = said('errors.vehicleRegistration.format')
    setErrors(problems)
    if (Object.keys(problems).length > 0) return finding.reset()
    finding.mutate({ pcnNumber: typed.pcnNumber, vehicleRegistration: typed.vehicleRegistration })
  }

  const summary = [
    ...(['pcnNumber', 'vehicleRegistration'] as const).flatMap((field) => {
      const text = errors[field]
      return text ? [{ href: field, text }] : []
    }),
    ...(notFound ? [{ href: 'pcnNumber', text: t('find.notFound') }] : []),
  ]

  return (
    <Page title={found ? t('found.title', { reference: found.penaltyCharge.reference }) : t('find.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          {found ? (
            <FoundCharge found={found} onSearchAgain={() => finding.reset()} />
          ) : (
            <>
              <h1 className="govuk-heading-l">{t('find.title')}</h1>
              <p className="govuk-body">{t('find.lead')}</p>
              <form noValidate onSubmit={find}>
                <TextInput
                  id="pcnNumber"
                  name="pcnNumber"
                  label={t('find.pcnNumber')}
                  hint={t('find.pcnNumberHint')}
                  error={errors.pcnNumber}
                  value={typed.pcnNumber}
                  onChange={(pcnNumber) => setTyped({ ...typed, pcnNumber })}
                  autoComplete="off"
                  spellCheck={false}
                  widthClass="govuk-input--width-10"
                />
                <TextInput
                  id="vehicleRegistration"
                  name="vehicleRegistration"
                  label={t('find.vehicleRegistration')}
                  hint={t('find.vehicleRegistrationHint')}
                  error={errors.vehicleRegistration}
                  value={typed.vehicleRegistration}
                  onChange={(vehicleRegistration) => setTyped({ ...typed, vehicleRegistration })}
                  autoComplete="off"
                  spellCheck={false}
                  widthClass="govuk-input--width-10"
                />
                {failure ? <GatewayFailureMessage failure={failure} /> : null}
                <SubmitButton sending={finding.isPending}>{t('find.submit')}</SubmitButton>
              </form>
            </>
          )}
        </div>
      </div>
    </Page>
  )
}

function FoundCharge({ found, onSearchAgain }: { found: PenaltyChargeFound; onSearchAgain: () => void }) {
  const { t, i18n } = useTranslation(NS)
  const charge = found.penaltyCharge
  return (
    <>
      <span className="govuk-caption-l">{t('found.caption')}</span>
      <h1 className="govuk-heading-l">{t('found.title', { reference: charge.reference })}</h1>
      <ChargeDetails charge={charge} />
      <ChallengeProgress charge={charge} />
      <h2 className="govuk-heading-m">{t('found.whatYouCanDo')}</h2>
      {charge.status === 'unpaid' && found.paymentLinkToken ? (
        <>
          <PayWithoutSigningIn token={found.paymentLinkToken} amount={charge.amountDueNow} />
          <h3 className="govuk-heading-s">{t('found.challengeTitle')}</h3>
          <p className="govuk-body">{t('found.challengeSignIn')}</p>
          <p className="govuk-body">
            <a className="govuk-link" href={signInUrl('/parking/penalty-charges', i18n.language)}>
              {t('found.signInToChallenge')}
            </a>
          </p>
        </>
      ) : (
        <InsetText>
          <p className="govuk-body">{t(`found.nothingToPay.${charge.status}`)}</p>
        </InsetText>
      )}
      <ChargePhotos charge={charge} />
      <p className="govuk-body">
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onSearchAgain}>
          {t('found.searchAgain')}
        </button>
      </p>
      <SignedInLink />
    </>
  )
}

/** Someone signed in finds their own charges in their account, where a challenge's decision comes too. */
function SignedInLink() {
  const { t } = useTranslation(NS)
  if (!useSignedInPersonId()) return null
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to="/parking/penalty-charges">
        {t('found.yourCharges')}
      </Link>
    </p>
  )
}

function PayWithoutSigningIn({ token, amount }: { token: string; amount: number }) {
  const { t, i18n } = useTranslation(NS)
  const starting = useStartLookupPayment()
  const failure = starting.data && !starting.data.ok ? starting.data.failure : null

  function pay(event: FormEvent) {
    event.preventDefault()
    if (starting.isPending || starting.data?.ok) return
    starting.mutate(
      { token, amount },
      {
        onSuccess: (result) => {
          if (result.ok && result.data.nextUrl) lookupCardPage.open(result.data.nextUrl)
        },
      },
    )
  }

  return (
    <form noValidate onSubmit={pay}>
      <h3 className="govuk-heading-s">{t('found.payTitle')}</h3>
      <p className="govuk-body">{t('found.payLead')}</p>
      {failure ? (
        failure.kind === 'conflict' ? (
          <p className="govuk-body" role="alert">
            {t('found.cannotPay')}
          </p>
        ) : (
          <GatewayFailureMessage failure={failure} />
        )
      ) : null}
      <SubmitButton sending={starting.isPending} disabled={starting.data?.ok === true}>
        {t('found.pay', { amount: formatMoney(amount, i18n.language) })}
      </SubmitButton>
    </form>
  )
}
