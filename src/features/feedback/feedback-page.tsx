import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { keptThroughReload, useKeepThroughReload } from '#src/device/before-reload'
import { usePersonalAutocomplete } from '#src/session/session-queries'
import type { Feedback } from '#src/gateway/contract/account'
import { ErrorSummary } from '#src/ui/error-summary'
import { Radios, Textarea } from '#src/ui/fields'
import { formErrorsFromGateway } from '#src/ui/form-errors-from-gateway'
import { said, useSaidErrors, useSay, type Said } from '#src/ui/said'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { SubmitButton } from '#src/ui/submit-button'
import { Page } from '#src/ui/page'
import { meaningfulText } from '#src/ui/typed-text'
import { satisfactionLevels, useSendFeedback } from '#src/feedback/feedback-queries'

const longestComment = 1200

export function FeedbackPage() {
  const { t, i18n } = useTranslation('feedback')
  const navigate = useNavigate()
  const location = useLocation()
  const from =
    typeof (location.state as { from?: unknown } | null)?.from === 'string' ? (location.state as { from: string }).from : 'unknown'
  const sendFeedback = useSendFeedback()
  const personal = usePersonalAutocomplete()
  const [satisfaction, setSatisfaction] = useState<Feedback['satisfaction']>(null)
  const [comments, setComments] = useState(() => keptThroughReload('feedback') ?? '')
  useKeepThroughReload('feedback', comments)
  const [errors, setErrors] = useSaidErrors<'comments'>('feedback')
  const say = useSay('feedback')

  async function sendIt(event: FormEvent) {
    event.preventDefault()
    const found: { comments?: Said } = {}
    const written = meaningfulText(comments)
    if (!satisfaction && !written) found.comments = said('errors.comments.missing')
    else if (written.length > longestComment) found.comments = said('errors.comments.tooLong', { count: longestComment })
    setErrors(found)
    if (found.comments) return
    const result = await sendFeedback.mutateAsync({ page: from.slice(0, 200), satisfaction, comments: written })
    if (result.ok) void navigate('/feedback/sent', { replace: true })
  }

  const failure = sendFeedback.data && !sendFeedback.data.ok ? sendFeedback.data.failure : null
  const refusedComments =
    failure?.kind === 'invalid'
      ? say(formErrorsFromGateway(failure, { namespace: 'feedback', fields: { comments: 'comments' } }, i18n).byField.comments)
      : undefined
  const commentsError = errors.comments ?? refusedComments
  return (
    <Page title={t('page.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={commentsError ? [{ href: 'comments', text: commentsError }] : []} />
          <h1 className="govuk-heading-l">{t('page.title')}</h1>
          <form noValidate onSubmit={(event) => void sendIt(event)}>
            <Radios
              id="satisfaction"
              name="satisfaction"
              legend={t('satisfaction.question')}
              value={satisfaction}
              onChange={(value) => setSatisfaction(value as Feedback['satisfaction'])}
              choices={satisfactionLevels.map((level) => ({ value: level, label: t(`satisfaction.levels.${level}`) }))}
            />
            <Textarea
              id="comments"
              name="comments"
              label={t('page.comments')}
              hint={t('page.commentsHint')}
              error={commentsError}
              value={comments}
              onChange={setComments}
              autoComplete={personal()}
            />
            {failure && !refusedComments ? <GatewayFailureMessage failure={failure} /> : null}
            <SubmitButton sending={sendFeedback.isPending}>{t('page.send')}</SubmitButton>
          </form>
        </div>
      </div>
    </Page>
  )
}

export function FeedbackSentPage() {
  const { t } = useTranslation('feedback')
  return (
    <Page title={t('sent.title')}>
      <h1 className="govuk-heading-l">{t('sent.title')}</h1>
      <p className="govuk-body">{t('sent.body')}</p>
    </Page>
  )
}
