import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Feedback } from '#src/gateway/contract/account'
import { ErrorSummary } from '#src/ui/error-summary'
import { Radios } from '#src/ui/fields'
import { formErrorsFromGateway } from '#src/ui/form-errors-from-gateway'
import { said, useSaidError, useSay } from '#src/ui/said'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { SubmitButton } from '#src/ui/submit-button'
import { satisfactionLevels, useSendFeedback } from './feedback-queries'

/** The one question on every confirmation page, as in the GOV.UK "done" pattern. */
export function SatisfactionQuestion({ page }: { page: string }) {
  const { t, i18n } = useTranslation('feedback')
  const sendFeedback = useSendFeedback()
  const [satisfaction, setSatisfaction] = useState<Feedback['satisfaction']>(null)
  const [error, setError] = useSaidError('feedback')
  const say = useSay('feedback')
  const result = sendFeedback.data
  const refused =
    result && !result.ok && result.failure.kind === 'invalid'
      ? say(
          formErrorsFromGateway(result.failure, { namespace: 'feedback', fields: { satisfaction: 'satisfaction' } }, i18n).byField
            .satisfaction,
        )
      : undefined
  const shownError = error ?? refused

  if (result?.ok) {
    return (
      <p className="govuk-body" role="status">
        {t('satisfaction.thanks')}
      </p>
    )
  }

  function sendAnswer(event: FormEvent) {
    event.preventDefault()
    if (!satisfaction) {
      setError(said('errors.satisfaction.missing'))
      return
    }
    setError(null)
    sendFeedback.mutate({ page, satisfaction, comments: '' })
  }

  return (
    <form noValidate onSubmit={sendAnswer} className="govuk-!-margin-top-8">
      <ErrorSummary errors={shownError ? [{ href: 'satisfaction', text: shownError }] : []} />
      <Radios
        id="satisfaction"
        name="satisfaction"
        legend={t('satisfaction.question')}
        legendSize="m"
        error={shownError}
        value={satisfaction}
        onChange={(value) => setSatisfaction(value as Feedback['satisfaction'])}
        choices={satisfactionLevels.map((level) => ({ value: level, label: t(`satisfaction.levels.${level}`) }))}
      />
      {result && !result.ok && !refused ? <GatewayFailureMessage failure={result.failure} /> : null}
      <SubmitButton sending={sendFeedback.isPending} secondary>
        {t('satisfaction.send')}
      </SubmitButton>
    </form>
  )
}
