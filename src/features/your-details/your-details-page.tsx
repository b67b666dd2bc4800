import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { useCouncil, useCouncilName } from '#src/councils/council-context'
import type { Profile } from '#src/gateway/contract/session'
import { failureOf, type GatewayFailure } from '#src/gateway/errors'
import { beforeReload } from '#src/device/before-reload'
import { chooseLanguageOnThisDevice } from '#src/device/device-settings'
import { usePersonalAutocomplete, useSignedInPersonId } from '#src/session/session-queries'
import { ErrorSummary } from '#src/ui/error-summary'
import { Checkboxes, Radios, TextInput } from '#src/ui/fields'
import { formErrorsFromGateway } from '#src/ui/form-errors-from-gateway'
import { said, useSaidError, useSaidErrors } from '#src/ui/said'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { InsetText } from '#src/ui/inset-text'
import { SubmitButton } from '#src/ui/submit-button'
import { SummaryList } from '#src/ui/summary-list'
import { Loading, Page } from '#src/ui/page'
import {
  answersFrom,
  changeFrom,
  checkDetails,
  forgetDraft,
  keepDraftWhileSigningIn,
  keptDraft,
  type DetailsAnswers,
  type DetailsField,
} from './details-form'
import { useChangeProfile, useProfile } from '#src/session/profile-queries'
import { languageFacts } from '#src/i18n/languages'

/** Where the gateway's field errors go: alerts are refused as `alerts.channels` or `alerts.topics`. */
const refusedDetails = { namespace: 'details', fields: { email: 'email', phone: 'phone', alerts: 'channels' } } as const

export function YourDetailsPage() {
  const { t } = useTranslation('details')
  const profile = useProfile()
  const personId = useSignedInPersonId()
  return (
    <Page title={t('title')}>
      <h1 className="govuk-heading-l">{t('title')}</h1>
      {profile.isPending ? <Loading /> : null}
      {profile.isError ? <GatewayFailureMessage failure={failureOf(profile.error)} onTryAgain={() => void profile.refetch()} /> : null}
      {profile.data && personId ? <DetailsForm profile={profile.data} personId={personId} /> : null}
    </Page>
  )
}

function DetailsForm({ profile, personId }: { profile: Profile; personId: string }) {
  const council = useCouncil()
  const { t, i18n } = useTranslation('details')
  const navigate = useNavigate()
  const councilName = useCouncilName()
  const changeProfile = useChangeProfile()
  const personal = usePersonalAutocomplete()
  const [answers, setAnswers] = useState<DetailsAnswers>(() => keptDraft(personId) ?? answersFrom(profile))
  useEffect(forgetDraft, [])
  useEffect(() => beforeReload(() => keepDraftWhileSigningIn(personId, answers)), [personId, answers])
  const [errors, setErrors] = useSaidErrors<DetailsField>('details')
  const [refusedElsewhere, setRefusedElsewhere] = useSaidError('details')
  const [failure, setFailure] = useState<GatewayFailure | null>(null)
  const change =
    <Key extends keyof DetailsAnswers>(key: Key) =>
    (value: DetailsAnswers[Key]) =>
      setAnswers((current) => ({ ...current, [key]: value }))

  async function saveDetails(event: FormEvent) {
    event.preventDefault()
    setFailure(null)
    setRefusedElsewhere(null)
    const found = checkDetails(answers)
    setErrors(Object.fromEntries(Object.entries(found).map(([field, key]) => [field, said(key)])))
    if (Object.keys(found).length > 0) return
    const result = await changeProfile.mutateAsync(changeFrom(answers))
    if (result.ok) {
      if (result.data.language !== i18n.language) {
        chooseLanguageOnThisDevice(result.data.language)
        await i18n.changeLanguage(result.data.language)
      }
      void navigate('/your-details/updated')
      return
    }
    if (result.failure.kind === 'invalid') {
      const refused = formErrorsFromGateway(result.failure, refusedDetails, i18n)
      setErrors(refused.byField)
      setRefusedElsewhere(refused.general)
      return
    }
    if (result.failure.kind === 'signed-out') keepDraftWhileSigningIn(personId, answers)
    setFailure(result.failure)
  }

  const summaryErrors = [
    ...(['email', 'phone', 'channels'] as const).flatMap((field) => (errors[field] ? [{ href: field, text: errors[field] }] : [])),
    ...(refusedElsewhere ? [{ text: refusedElsewhere }] : []),
  ]

  return (
    <>
      <ErrorSummary errors={summaryErrors} />
      <SummaryList
        rows={[
          { key: t('name'), value: profile.name },
          { key: t('address'), value: profile.address?.text ?? t('noAddress') },
        ]}
      />
      <p className="govuk-body">{t('nameAndAddressHint')}</p>
      <form noValidate onSubmit={(event) => void saveDetails(event)}>
        <h2 className="govuk-heading-m">{t('contactTitle')}</h2>
        <InsetText>
          {t('privacy.before')}{' '}
          <Link className="govuk-link" to="/privacy">
            {t('privacy.link')}
          </Link>{' '}
          {t('privacy.after', { council: councilName })}
        </InsetText>
        <TextInput
          id="email"
          name="email"
          type="email"
          autoComplete={personal('email')}
          spellCheck={false}
          label={t('email')}
          error={errors.email}
          value={answers.email}
          onChange={change('email')}
        />
        <TextInput
          id="phone"
          name="phone"
          type="tel"
          autoComplete={personal('tel')}
          label={t('phone')}
          hint={t('phoneHint')}
          error={errors.phone}
          value={answers.phone}
          onChange={change('phone')}
          widthClass="govuk-input--width-20"
        />
        <Radios
          id="language"
          name="language"
          legend={t('language')}
          value={answers.language}
          onChange={(value) => change('language')(value as DetailsAnswers['language'])}
          choices={council.languages.map((language) => ({
            value: language,
            label: <span lang={language}>{languageFacts[language].ownName}</span>,
          }))}
        />
        <Checkboxes
          id="channels"
          name="channels"
          legend={t('alerts.channelsLegend')}
          hint={t('alerts.channelsHint')}
          error={errors.channels}
          values={answers.channels}
          onChange={(values) => change('channels')(values as DetailsAnswers['channels'])}
          choices={[
            { value: 'email', label: t('alerts.email') },
            { value: 'text', label: t('alerts.text') },
          ]}
        />
        <Checkboxes
          id="topics"
          name="topics"
          legend={t('alerts.topicsLegend')}
          values={answers.topics}
          onChange={(values) => change('topics')(values as DetailsAnswers['topics'])}
          choices={[
            { value: 'requests', label: t('alerts.requests') },
            { value: 'bookings', label: t('alerts.bookings') },
            { value: 'payments', label: t('alerts.payments') },
          ]}
        />
        {failure ? <GatewayFailureMessage failure={failure} /> : null}
        <SubmitButton sending={changeProfile.isPending}>{t('save')}</SubmitButton>
      </form>
    </>
  )
}
