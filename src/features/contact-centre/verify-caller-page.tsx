import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import type { VerificationQuestionId } from '#src/gateway/contract/contact-centre'
import { failureOf } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { DateInput, type DateParts } from '#src/ui/date-input'
import { checkDate } from '#src/ui/date-check'
import { ErrorSummary } from '#src/ui/error-summary'
import { TextInput } from '#src/ui/fields'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { Loading, Page } from '#src/ui/page'
import { said, useSaidErrors, type Said } from '#src/ui/said'
import { SubmitButton } from '#src/ui/submit-button'
import { WarningText } from '#src/ui/warning-text'
import { meaningfulText } from '#src/ui/typed-text'
import { useCallerVerification } from './contact-centre-queries'

const noDate: DateParts = { day: '', month: '', year: '' }

/** Staff ask the gateway's questions and type what the caller says; the answers are never shown to them. */
export function VerifyCallerPage() {
  const { t } = useTranslation('contact-centre')
  const matchId = useParams().matchId ?? ''
  const verification = useCallerVerification(matchId)
  const gateway = useGateway()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const [typed, setTyped] = useState<Partial<Record<VerificationQuestionId, string>>>({})
  const [dateOfBirth, setDateOfBirth] = useState<DateParts>(noDate)
  const [errors, setErrors] = useSaidErrors<VerificationQuestionId>('contact-centre')
  const checking = useSubmissionKey('verify-caller')
  const verify = useMutation({
    mutationFn: (answers: { questionId: VerificationQuestionId; answer: string }[]) => {
      const body = { matchId, answers }
      return gateway.call('verifyCaller', { body, idempotencyKey: checking.keyFor(body) })
    },
    onSuccess: async (result) => {
      if (!result.ok) return
      checking.succeeded()
      if (!result.data.verified) return
      // Nothing the adviser's own session read may be shown as the caller's: every page asks again, as the caller.
      queryClient.clear()
      await navigate('/')
    },
  })

  if (verification.isPending) return <Loading />
  if (verification.isError) {
    const failure = failureOf(verification.error)
    return (
      <Page title={t('verify.title')}>
        <h1 className="govuk-heading-l">{t('verify.title')}</h1>
        {failure.kind === 'not-found' ? <p className="govuk-body">{t('verify.gone')}</p> : <GatewayFailureMessage failure={failure} />}
        <FindAnother />
      </Page>
    )
  }

  const { questions } = verification.data
  const answered = verify.data?.ok && !verify.data.data.verified ? verify.data.data : null
  const triesLeft = answered ? answered.triesLeft : verification.data.triesLeft
  const failure = verify.data && !verify.data.ok ? verify.data.failure : null

  if (triesLeft <= 0) {
    return (
      <Page title={t('verify.lockedTitle')}>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h1 className="govuk-heading-l">{t('verify.lockedTitle')}</h1>
            <p className="govuk-body">{t('verify.locked')}</p>
            <FindAnother />
          </div>
        </div>
      </Page>
    )
  }

  function check(event: FormEvent) {
    event.preventDefault()
    const found: Partial<Record<VerificationQuestionId, Said>> = {}
    const answers = questions.flatMap(({ id }): { questionId: VerificationQuestionId; answer: string }[] => {
      if (id === 'dateOfBirth') {
        const date = checkDate(dateOfBirth)
        if ('iso' in date) return [{ questionId: id, answer: date.iso }]
        found[id] = said(
          dateOfBirth.day || dateOfBirth.month || dateOfBirth.year ? 'errors.dateOfBirth.real' : 'errors.dateOfBirth.missing',
        )
        return []
      }
      const answer = meaningfulText(typed[id] ?? '')
      if (!answer) found[id] = said('errors.answer.missing', { question: t(`verify.questions.${id}`) })
      return answer ? [{ questionId: id, answer }] : []
    })
    setErrors(found)
    if (Object.keys(found).length === 0) verify.mutate(answers)
  }

  const summary = questions.flatMap(({ id }) => {
    const text = errors[id]
    return text ? [{ href: id, text }] : []
  })
  return (
    <Page title={t('verify.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <h1 className="govuk-heading-l">{t('verify.title')}</h1>
          <p className="govuk-body">{t('verify.intro')}</p>
          <div role="status">
            {answered ? <p className="govuk-body govuk-!-font-weight-bold">{t('verify.wrong')}</p> : null}
            <p className="govuk-body">{t('verify.triesLeft', { count: triesLeft })}</p>
          </div>
          <WarningText>{t('verify.readNothingOut')}</WarningText>
          <form noValidate onSubmit={check}>
            {questions.map(({ id }) =>
              id === 'dateOfBirth' ? (
                <DateInput
                  key={id}
                  id={id}
                  legend={t('verify.questions.dateOfBirth')}
                  hint={t('find.dateOfBirthHint')}
                  error={errors[id]}
                  labels={{ day: t('find.day'), month: t('find.month'), year: t('find.year') }}
                  value={dateOfBirth}
                  onChange={setDateOfBirth}
                />
              ) : (
                <TextInput
                  key={id}
                  id={id}
                  name={id}
                  label={t(`verify.questions.${id}`)}
                  labelSize="m"
                  error={errors[id]}
                  value={typed[id] ?? ''}
                  onChange={(value) => setTyped((before) => ({ ...before, [id]: value }))}
                  autoComplete="off"
                  spellCheck={false}
                />
              ),
            )}
            {failure ? <GatewayFailureMessage failure={failure} /> : null}
            <SubmitButton sending={verify.isPending}>{t('verify.button')}</SubmitButton>
          </form>
          <FindAnother />
        </div>
      </div>
    </Page>
  )
}

function FindAnother() {
  const { t } = useTranslation('contact-centre')
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to="/staff/callers">
        {t('verify.findAnother')}
      </Link>
    </p>
  )
}
