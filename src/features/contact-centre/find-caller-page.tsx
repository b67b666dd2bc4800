import { useMutation } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { CallerSearch } from '#src/gateway/contract/contact-centre'
import { useGateway } from '#src/gateway/gateway-context'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { DateInput, type DateParts } from '#src/ui/date-input'
import { checkDate } from '#src/ui/date-check'
import { ErrorSummary } from '#src/ui/error-summary'
import { Radios, TextInput } from '#src/ui/fields'
import { formErrorsFromGateway } from '#src/ui/form-errors-from-gateway'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { Page } from '#src/ui/page'
import { said, useSaidErrors, useSay } from '#src/ui/said'
import { SubmitButton } from '#src/ui/submit-button'
import { meaningfulText } from '#src/ui/typed-text'

type How = CallerSearch['by']
type Field = 'how' | 'reference' | 'name' | 'postcode' | 'dateOfBirth'

const noDate: DateParts = { day: '', month: '', year: '' }

/**
 * Staff find the caller by what the caller can read out. Until the caller answers the security questions the
 * gateway says only whether one person matches, so nothing of anyone is on screen to be read to a stranger.
 */
export function FindCallerPage() {
  const { t, i18n } = useTranslation('contact-centre')
  const gateway = useGateway()
  const navigate = useNavigate()
  const [how, setHow] = useState<How | null>(null)
  const [reference, setReference] = useState('')
  const [name, setName] = useState('')
  const [postcode, setPostcode] = useState('')
  const [dateOfBirth, setDateOfBirth] = useState<DateParts>(noDate)
  const [errors, setErrors] = useSaidErrors<Field>('contact-centre')
  const say = useSay('contact-centre')
  const searching = useSubmissionKey('find-caller')
  const find = useMutation({
    mutationFn: (search: CallerSearch) => gateway.call('findCaller', { body: search, idempotencyKey: searching.keyFor(search) }),
    onSuccess: async (result) => {
      if (!result.ok) return
      searching.succeeded()
      if (result.data.found === 'one') await navigate(`/staff/callers/${encodeURIComponent(result.data.matchId)}/verify`)
    },
  })
  const failure = find.data && !find.data.ok ? find.data.failure : null
  const refused =
    failure?.kind === 'invalid'
      ? formErrorsFromGateway(
          failure,
          {
            namespace: 'contact-centre',
            fields: { by: 'how', reference: 'reference', name: 'name', postcode: 'postcode', dateOfBirth: 'dateOfBirth' },
          },
          i18n,
        )
      : null
  const shown = (field: Field) => errors[field] ?? say(refused?.byField[field])
  const outcome = find.data?.ok ? find.data.data.found : null

  function search(event: FormEvent) {
    event.preventDefault()
    const found: Partial<Record<Field, ReturnType<typeof said>>> = {}
    let body: CallerSearch | null = null
    if (how === null) found.how = said('errors.how.missing')
    if (how === 'reference') {
      const wanted = meaningfulText(reference)
      if (!wanted) found.reference = said('errors.reference.missing')
      else body = { by: 'reference', reference: wanted }
    }
    if (how === 'name-and-postcode' || how === 'name-and-date-of-birth') {
      const wantedName = meaningfulText(name)
      if (!wantedName) found.name = said('errors.name.missing')
      if (how === 'name-and-postcode') {
        const wantedPostcode = meaningfulText(postcode)
        if (!wantedPostcode) found.postcode = said('errors.postcode.missing')
        if (wantedName && wantedPostcode) body = { by: how, name: wantedName, postcode: wantedPostcode }
      } else {
        const date = checkDate(dateOfBirth)
        if (!('iso' in date))
          found.dateOfBirth = said(date.parts.length === 3 && !dateOfBirth.day ? 'errors.dateOfBirth.missing' : 'errors.dateOfBirth.real')
        else if (wantedName) body = { by: how, name: wantedName, dateOfBirth: date.iso }
      }
    }
    setErrors(found)
    if (body && Object.keys(found).length === 0) find.mutate(body)
  }

  const summary = (['how', 'reference', 'name', 'postcode', 'dateOfBirth'] as const).flatMap((field) => {
    const text = shown(field)
    return text ? [{ href: field === 'how' ? 'how' : field === 'dateOfBirth' ? 'dateOfBirth' : field, text }] : []
  })
  const nameField = (
    <TextInput
      id="name"
      name="name"
      label={t('find.name')}
      error={shown('name')}
      value={name}
      onChange={setName}
      autoComplete="off"
      spellCheck={false}
    />
  )

  return (
    <Page title={t('find.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <h1 className="govuk-heading-l">{t('find.title')}</h1>
          <p className="govuk-body">{t('find.intro')}</p>
          <form noValidate onSubmit={search}>
            <Radios
              id="how"
              name="how"
              legend={t('find.how')}
              legendSize="m"
              error={shown('how')}
              value={how}
              onChange={(value) => setHow(value as How)}
              choices={[
                {
                  value: 'reference',
                  label: t('find.byReference'),
                  conditional: (
                    <TextInput
                      id="reference"
                      name="reference"
                      label={t('find.reference')}
                      hint={t('find.referenceHint')}
                      error={shown('reference')}
                      value={reference}
                      onChange={setReference}
                      autoComplete="off"
                      spellCheck={false}
                      widthClass="govuk-input--width-20"
                    />
                  ),
                },
                {
                  value: 'name-and-postcode',
                  label: t('find.byNameAndPostcode'),
                  conditional: (
                    <>
                      {nameField}
                      <TextInput
                        id="postcode"
                        name="postcode"
                        label={t('find.postcode')}
                        error={shown('postcode')}
                        value={postcode}
                        onChange={setPostcode}
                        autoComplete="off"
                        spellCheck={false}
                        widthClass="govuk-input--width-10"
                      />
                    </>
                  ),
                },
                {
                  value: 'name-and-date-of-birth',
                  label: t('find.byNameAndDateOfBirth'),
                  conditional: (
                    <>
                      {nameField}
                      <DateInput
                        id="dateOfBirth"
                        legend={t('find.dateOfBirth')}
                        legendSize="s"
                        hint={t('find.dateOfBirthHint')}
                        error={shown('dateOfBirth')}
                        labels={{ day: t('find.day'), month: t('find.month'), year: t('find.year') }}
                        value={dateOfBirth}
                        onChange={setDateOfBirth}
                      />
                    </>
                  ),
                },
              ]}
            />
            <SubmitButton sending={find.isPending}>{t('find.button')}</SubmitButton>
          </form>
          <div role="status">
            {outcome === 'several' ? <p className="govuk-body govuk-!-font-weight-bold">{t('find.several')}</p> : null}
            {outcome === 'none' ? <p className="govuk-body govuk-!-font-weight-bold">{t('find.none')}</p> : null}
            {outcome === 'one' ? <p className="govuk-body">{t('find.foundOne')}</p> : null}
          </div>
          {failure && !refused ? <GatewayFailureMessage failure={failure} /> : null}
          <p className="govuk-body">
            <Link className="govuk-link" to="/staff/payment-link">
              {t('find.paymentLinkInstead')}
            </Link>
          </p>
        </div>
      </div>
    </Page>
  )
}
