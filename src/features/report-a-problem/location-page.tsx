import { useMutation } from '@tanstack/react-query'
import { useState, useSyncExternalStore, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Address } from '#src/gateway/contract/addresses'
import { useGateway } from '#src/gateway/gateway-context'
import { usePersonalAutocomplete } from '#src/session/session-queries'
import { Radios, Textarea, TextInput } from '#src/ui/fields'
import { ErrorMessage } from '#src/ui/error-message'
import { formErrorsFromGateway } from '#src/ui/form-errors-from-gateway'
import { said, useSaidError, useSaidErrors } from '#src/ui/said'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { InsetText } from '#src/ui/inset-text'
import { TakesFocus } from '#src/ui/takes-focus'
import { isOfflineFailure } from '#src/ui/offline-notice'
import { meaningfulText } from '#src/ui/typed-text'
import type { LocationMethod } from './report-draft'
import { useBackLink, useNextStep, useReportJourney } from './report-journey'
import { NoReportStarted, StepPage } from './step-page'
import { Button } from '#src/ui/button'

const postcodePattern = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i

type Where = 'postcode' | 'address' | 'device' | 'described' | 'method'

function hearConnection(changed: () => void) {
  window.addEventListener('online', changed)
  window.addEventListener('offline', changed)
  return () => {
    window.removeEventListener('online', changed)
    window.removeEventListener('offline', changed)
  }
}

/** Whether the browser knows it has no connection, kept up to date as that changes. */
function useBrowserIsOffline() {
  return useSyncExternalStore(
    hearConnection,
    () => !navigator.onLine,
    () => false,
  )
}

/** Three ways to say where, so nobody depends on a map or on their phone sharing its location. */
export function LocationPage() {
  const { t, i18n } = useTranslation('report')
  const { draft, change } = useReportJourney()
  const gateway = useGateway()
  const next = useNextStep('location')
  const back = useBackLink('location')
  const personal = usePersonalAutocomplete()
  const [method, setMethod] = useState<LocationMethod | null>(draft.locationMethod)
  const [postcode, setPostcode] = useState(draft.postcode)
  const [described, setDescribed] = useState(draft.describedLocation)
  const [errors, setErrors] = useSaidErrors<Where>('report')
  const [locating, setLocating] = useState(false)
  const [deviceError, setDeviceError] = useSaidError('report')
  const findAddresses = useMutation({ mutationFn: (wanted: string) => gateway.call('findAddresses', { body: { postcode: wanted } }) })
  const addresses: Address[] | null = findAddresses.data?.ok ? findAddresses.data.data.addresses : null
  const chosenUprn = draft.location?.kind === 'address' ? draft.location.uprn : null
  // Finding addresses asks the council's gateway; the other two ways work with no signal at all.
  const lookUpNeedsSignal = useBrowserIsOffline() || (findAddresses.data?.ok === false && isOfflineFailure(findAddresses.data.failure))

  function chooseMethod(value: string) {
    const chosen = value as LocationMethod
    setMethod(chosen)
    setErrors({})
    change({ locationMethod: chosen, location: null })
  }

  async function lookUp() {
    const wanted = meaningfulText(postcode)
    change({ postcode: wanted })
    if (!wanted) return setErrors({ postcode: said('errors.postcode.missing') })
    if (!postcodePattern.test(wanted)) return setErrors({ postcode: said('errors.postcode.format') })
    setErrors({})
    const result = await findAddresses.mutateAsync(wanted)
    if (result.ok && result.data.addresses.length === 0) setErrors({ postcode: said('errors.postcode.noAddresses') })
    if (!result.ok && result.failure.kind === 'invalid') {
      // The only field sent is the postcode, so a refusal is always said there.
      const refused = formErrorsFromGateway(result.failure, { namespace: 'report', fields: { postcode: 'postcode' } }, i18n)
      setErrors({ postcode: refused.byField.postcode ?? refused.general ?? undefined })
    }
  }

  function useDeviceLocation() {
    setDeviceError(null)
    if (!('geolocation' in navigator)) {
      setDeviceError(said('location.device.unsupported'))
      return
    }
    setLocating(true)
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false)
        change({
          location: {
            kind: 'device',
            latitude: position.coords.latitude,
            longitude: position.coords.longitude,
            accuracyMetres: Math.round(position.coords.accuracy),
          },
        })
      },
      (positionError) => {
        setLocating(false)
        setDeviceError(said(positionError.code === positionError.PERMISSION_DENIED ? 'location.device.refused' : 'location.device.unknown'))
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    )
  }

  function continueOn(event: FormEvent) {
    event.preventDefault()
    if (method === 'described') {
      const text = meaningfulText(described)
      if (!text) return setErrors({ described: said('errors.described.missing') })
      if (text.length > 500) return setErrors({ described: said('errors.described.tooLong', { count: 500 }) })
      change({ location: { kind: 'described', description: text }, describedLocation: text })
      return next()
    }
    if (method === 'postcode' && draft.location?.kind !== 'address') {
      return setErrors(addresses?.length ? { address: said('errors.address.missing') } : { postcode: said('errors.postcode.missing') })
    }
    if (method === 'device' && draft.location?.kind !== 'device') return setErrors({ device: said('errors.device.missing') })
    if (!method) return setErrors({ method: said('errors.method.missing') })
    next()
  }

  const summary = (['method', 'postcode', 'address', 'device', 'described'] as const).flatMap((field) =>
    errors[field]
      ? [{ href: field === 'device' ? 'use-device-location' : field === 'method' ? 'location-method' : field, text: errors[field] }]
      : [],
  )

  if (!draft.serviceCode) return <NoReportStarted title={t('location.title')} />
  return (
    <StepPage title={t('location.title')} back={back} errors={summary}>
      <form noValidate onSubmit={continueOn}>
        <Radios
          id="location-method"
          name="location-method"
          legend={t('location.methodLegend')}
          legendSize="s"
          error={errors.method}
          value={method}
          onChange={chooseMethod}
          choices={[
            { value: 'postcode', label: t('location.methods.postcode') },
            { value: 'device', label: t('location.methods.device') },
            { value: 'described', label: t('location.methods.described') },
          ]}
        />

        {method === 'postcode' ? (
          <InsetText>
            <TextInput
              id="postcode"
              name="postcode"
              label={t('location.postcode')}
              hint={t('location.postcodeHint')}
              error={errors.postcode}
              value={postcode}
              onChange={(value) => {
                setPostcode(value)
                change({ postcode: value })
              }}
              autoComplete={personal('postal-code')}
              widthClass="govuk-input--width-10"
              onEnter={() => void lookUp()}
            />
            <Button type="button" look="secondary" onClick={() => void lookUp()} disabled={findAddresses.isPending}>
              {t('location.findAddress')}
            </Button>
            {lookUpNeedsSignal ? (
              <div role="status">
                <p className="govuk-body">{t('location.offline.needsSignal')}</p>
                <p className="govuk-body">
                  <button type="button" className="app-button-as-link govuk-link" onClick={() => chooseMethod('described')}>
                    {t('location.offline.describeInstead')}
                  </button>
                </p>
              </div>
            ) : findAddresses.data && !findAddresses.data.ok && findAddresses.data.failure.kind !== 'invalid' ? (
              <GatewayFailureMessage failure={findAddresses.data.failure} onTryAgain={() => void lookUp()} />
            ) : null}
            {addresses && addresses.length > 0 ? (
              <TakesFocus key={addresses[0]?.postcode}>
                <Radios
                  id="address"
                  name="address"
                  legend={t('location.chooseAddress', { count: addresses.length, postcode: addresses[0]?.postcode ?? '' })}
                  legendSize="s"
                  error={errors.address}
                  value={chosenUprn}
                  onChange={(uprn) => {
                    const address = addresses.find((candidate) => candidate.uprn === uprn)
                    if (address) change({ location: { kind: 'address', uprn: address.uprn, text: `${address.text} ${address.postcode}` } })
                  }}
                  choices={addresses.map((address) => ({ value: address.uprn, label: address.text }))}
                />
              </TakesFocus>
            ) : null}
            {draft.location?.kind === 'address' && !addresses ? (
              <p className="govuk-body">{t('location.chosenAddress', { address: draft.location.text })}</p>
            ) : null}
          </InsetText>
        ) : null}

        {method === 'device' ? (
          <InsetText>
            <div className={`govuk-form-group${errors.device ? ' govuk-form-group--error' : ''}`}>
              {errors.device ? <ErrorMessage id="use-device-location-error">{errors.device}</ErrorMessage> : null}
              <Button type="button" id="use-device-location" look="secondary" onClick={useDeviceLocation} disabled={locating}>
                {t('location.device.button')}
              </Button>
            </div>
            <p className="govuk-body" role="status">
              {locating
                ? t('location.device.finding')
                : draft.location?.kind === 'device'
                  ? t('location.device.found', { metres: draft.location.accuracyMetres })
                  : ''}
            </p>
            {deviceError ? (
              <p className="govuk-body" role="alert">
                {deviceError}
              </p>
            ) : null}
          </InsetText>
        ) : null}

        {method === 'described' ? (
          <InsetText>
            <Textarea
              id="described"
              name="described"
              label={t('location.described')}
              hint={t('location.describedHint')}
              error={errors.described}
              value={described}
              onChange={(value) => {
                setDescribed(value)
                change({ describedLocation: value })
              }}
              rows={3}
              autoComplete={personal()}
            />
          </InsetText>
        ) : null}

        <Button>{t('continue')}</Button>
      </form>
    </StepPage>
  )
}
