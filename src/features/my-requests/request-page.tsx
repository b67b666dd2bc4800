import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { ServiceRequest } from '#src/gateway/contract/service-requests'
import { failureOf, type GatewayFailure } from '#src/gateway/errors'
import { formatDate, formatDateTime } from '#src/format/format'
import { usePersonalAutocomplete } from '#src/session/session-queries'
import { ErrorSummary } from '#src/ui/error-summary'
import { Textarea } from '#src/ui/fields'
import { GatewayWords } from '#src/ui/gateway-words'
import { formErrorsFromGateway } from '#src/ui/form-errors-from-gateway'
import { said, useSaidErrors, type Said } from '#src/ui/said'
import { SubmitButton } from '#src/ui/submit-button'
import { isOfflineFailure, OfflineNotice } from '#src/ui/offline-notice'
import { NotificationBanner } from '#src/ui/notification-banner'
import { SummaryList } from '#src/ui/summary-list'
import { BackLink } from '#src/ui/back-link'
import { InsetText } from '#src/ui/inset-text'
import { Tag } from '#src/ui/tag'
import { Loading, Page } from '#src/ui/page'
import { meaningfulText } from '#src/ui/typed-text'
import { useCommentOnRequest, useMyRequest, useReopenRequest } from './request-queries'
import { canReopen, followingTagColour, statusKey, statusTagColour, type RequestStatus } from './request-status'
import { keptThroughReload, useKeepThroughReload } from '#src/device/before-reload'
import { CouldNotLoadPage } from '#src/ui/could-not-load-page'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'

/** The gateway takes up to this many characters in a comment or a reason to reopen. */
const longestText = 2000

type Notice = { kind: 'comment-added' } | { kind: 'reopened'; status: RequestStatus }

export function RequestPage() {
  const { reference } = useParams()
  return reference ? <RequestDetails key={reference} reference={reference} /> : <RequestNotFound />
}

function RequestDetails({ reference }: { reference: string }) {
  const { t } = useTranslation('requests')
  const request = useMyRequest(reference)

  if (request.isPending) {
    return (
      <Page title={t('request.caption', { reference })}>
        <Loading />
      </Page>
    )
  }
  if (request.isError) {
    const failure = failureOf(request.error)
    // With no signal, the report as last seen is still worth reading; any other problem is said as before.
    if (request.data !== undefined && isOfflineFailure(failure)) {
      return <RequestView request={request.data} notice={<OfflineNotice updatedAt={request.dataUpdatedAt} failure={failure} />} />
    }
    if (failure.kind === 'not-found') return <RequestNotFound />
    return <CouldNotLoadPage failure={failure} onTryAgain={() => void request.refetch()} />
  }
  return <RequestView request={request.data} />
}

function RequestNotFound() {
  const { t } = useTranslation('requests')
  return (
    <Page title={t('notFound.title')}>
      <h1 className="govuk-heading-l">{t('notFound.title')}</h1>
      <p className="govuk-body">{t('notFound.body')}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/requests">
          {t('notFound.back')}
        </Link>
      </p>
    </Page>
  )
}

function StatusTag({ status }: { status: RequestStatus }) {
  const { t } = useTranslation('requests')
  return <Tag colour={statusTagColour[status]}>{t(statusKey[status])}</Tag>
}

function RequestView({ request, notice: offlineNotice }: { request: ServiceRequest; notice?: ReactNode }) {
  const { t, i18n } = useTranslation('requests')
  const language = i18n.language
  const [notice, setNotice] = useState<Notice | null>(null)
  const [errors, setErrors] = useSaidErrors<'comment' | 'reason'>('requests')
  const banner = useRef<HTMLDivElement>(null)

  // As GOV.UK Frontend does for a success banner: move focus to it, so the news is not missed.
  useEffect(() => {
    if (notice) banner.current?.focus()
  }, [notice])

  /** Each form reports its own error; starting again clears any earlier news. */
  const errorFor = (field: 'comment' | 'reason') => (message: Said | undefined) => {
    setNotice(null)
    setErrors((current) => ({ ...current, [field]: message }))
  }

  const summaryErrors = (['comment', 'reason'] as const).flatMap((field) => (errors[field] ? [{ href: field, text: errors[field] }] : []))

  return (
    // Two reports of the same kind are told apart in the window title by their reference.
    <Page title={`${request.serviceName} – ${t('request.caption', { reference: request.reference })}`}>
      <BackLink to="/requests">{t('request.back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summaryErrors} />
          {offlineNotice}
          {notice ? (
            <div ref={banner} tabIndex={-1}>
              <NotificationBanner success title={t('success')}>
                <p className="govuk-notification-banner__heading">
                  {notice.kind === 'comment-added' ? t('comments.added') : t('reopen.reopened')}
                </p>
                {notice.kind === 'reopened' ? (
                  <p className="govuk-body">{t('reopen.newStatus', { status: t(statusKey[notice.status]) })}</p>
                ) : null}
              </NotificationBanner>
            </div>
          ) : null}
          <span className="govuk-caption-l">{t('request.caption', { reference: request.reference })}</span>
          <h1 className="govuk-heading-l">
            <GatewayWords>{request.serviceName}</GatewayWords>
          </h1>
          {request.followed ? (
            <p className="govuk-body">
              <Tag colour={followingTagColour}>{t('following')}</Tag> {t('request.followed')}
            </p>
          ) : null}
          <SummaryList
            rows={[
              { key: t('fields.reference'), value: request.reference },
              { key: t('fields.where'), value: request.location },
              { key: t('fields.reportedOn'), value: formatDate(request.submittedAt, language) },
              ...(request.open && request.expectedBy
                ? [{ key: t('fields.expectedBy'), value: formatDate(request.expectedBy, language) }]
                : []),
              { key: t('fields.status'), value: <StatusTag status={request.status} /> },
            ]}
          />
          {request.madeBy ? <MadeByTheContactCentre /> : null}

          <h2 className="govuk-heading-m" id="timeline-title">
            {t('request.timeline')}
          </h2>
          <ol className="govuk-list" aria-labelledby="timeline-title">
            {request.timeline.map((entry, index) => (
              <li key={`${entry.at}-${index}`} className="govuk-!-margin-bottom-4">
                <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{t(statusKey[entry.status])}</h3>
                <p className="govuk-body-s govuk-!-margin-bottom-1">
                  <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
                </p>
                {entry.note ? (
                  <GatewayWords as="p" className="govuk-body">
                    {entry.note}
                  </GatewayWords>
                ) : null}
              </li>
            ))}
          </ol>

          <h2 className="govuk-heading-m" id="comments-title">
            {t('comments.title')}
          </h2>
          {request.comments.length === 0 ? <p className="govuk-body">{t('comments.none')}</p> : null}
          {request.comments.length > 0 ? (
            <ul className="govuk-list" aria-labelledby="comments-title">
              {request.comments.map((comment, index) => (
                <li key={`${comment.at}-${index}`} className="govuk-!-margin-bottom-4">
                  <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                    {comment.by === 'you' ? t('comments.you') : t('comments.council')}
                  </p>
                  <p className="govuk-body-s govuk-!-margin-bottom-1">
                    <time dateTime={comment.at}>{formatDateTime(comment.at, language)}</time>
                  </p>
                  {comment.text ? (
                    <p className="govuk-body govuk-!-margin-bottom-1" style={{ whiteSpace: 'pre-line' }}>
                      {comment.by === 'council' ? <GatewayWords>{comment.text}</GatewayWords> : comment.text}
                    </p>
                  ) : null}
                  {comment.photos > 0 ? <p className="govuk-body-s">{t('comments.photos', { count: comment.photos })}</p> : null}
                </li>
              ))}
            </ul>
          ) : null}
          <CommentForm
            reference={request.reference}
            error={errors.comment}
            onError={errorFor('comment')}
            onAdded={() => setNotice({ kind: 'comment-added' })}
          />

          {canReopen(request) && request.reopenUntil ? (
            <ReopenSection
              reference={request.reference}
              reopenUntil={request.reopenUntil}
              error={errors.reason}
              onError={errorFor('reason')}
              onReopened={(status) => setNotice({ kind: 'reopened', status })}
            />
          ) : null}
        </div>
      </div>
    </Page>
  )
}

/** Each form has one field, so a refusal it cannot place is said on that field too. */
const refusedComment = { namespace: 'requests', fields: { text: 'comment' }, sameAs: { 'comment.empty': 'comment.missing' } } as const
const refusedReason = {
  namespace: 'requests',
  fields: { reason: 'reason' },
  sameAs: { 'reason.required': 'reason.missing', too_small: 'reason.missing' },
} as const

interface FormProps {
  reference: string
  error: string | undefined
  onError: (message: Said | undefined) => void
}

function CommentForm({ reference, error, onError, onAdded }: FormProps & { onAdded: () => void }) {
  const { t, i18n } = useTranslation('requests')
  const addComment = useCommentOnRequest(reference)
  const personal = usePersonalAutocomplete()
  const [text, setText] = useState(() => keptThroughReload(`comment.${reference}`) ?? '')
  useKeepThroughReload(`comment.${reference}`, text)
  const [failure, setFailure] = useState<GatewayFailure | null>(null)
  const [kept, setKept] = useState(false)

  async function send(event: FormEvent) {
    event.preventDefault()
    setFailure(null)
    const comment = meaningfulText(text)
    if (!comment) return onError(said('errors.comment.missing'))
    if (comment.length > longestText) return onError(said('errors.comment.tooLong', { count: longestText }))
    onError(undefined)
    const result = await addComment.mutateAsync({ text: comment, photoIds: [] })
    if (result.ok) {
      setText('')
      onAdded()
    } else if (result.failure.kind === 'invalid') {
      const refused = formErrorsFromGateway(result.failure, refusedComment, i18n)
      onError(refused.byField.comment ?? refused.general ?? undefined)
    } else {
      setFailure(result.failure)
      setKept(result.kept === true)
    }
  }

  return (
    <form noValidate onSubmit={(event) => void send(event)}>
      <Textarea
        id="comment"
        name="comment"
        label={t('comments.label')}
        hint={t('comments.hint')}
        error={error}
        value={text}
        onChange={setText}
        autoComplete={personal()}
      />
      {failure ? <GatewayFailureMessage failure={failure} kept={kept} /> : null}
      <SubmitButton sending={addComment.isPending}>{t('comments.send')}</SubmitButton>
    </form>
  )
}

function ReopenSection({
  reference,
  reopenUntil,
  error,
  onError,
  onReopened,
}: FormProps & { reopenUntil: string; onReopened: (status: RequestStatus) => void }) {
  const { t, i18n } = useTranslation('requests')
  const reopen = useReopenRequest(reference)
  const personal = usePersonalAutocomplete()
  const [reason, setReason] = useState(() => keptThroughReload(`reopen.${reference}`) ?? '')
  useKeepThroughReload(`reopen.${reference}`, reason)
  const [failure, setFailure] = useState<GatewayFailure | null>(null)
  const [kept, setKept] = useState(false)

  async function send(event: FormEvent) {
    event.preventDefault()
    setFailure(null)
    const why = meaningfulText(reason)
    if (!why) return onError(said('errors.reason.missing'))
    if (why.length > longestText) return onError(said('errors.reason.tooLong', { count: longestText }))
    onError(undefined)
    const result = await reopen.mutateAsync({ reason: why })
    if (result.ok) {
      setReason('')
      onReopened(result.data.status)
    } else if (result.failure.kind === 'invalid') {
      const refused = formErrorsFromGateway(result.failure, refusedReason, i18n)
      onError(refused.byField.reason ?? refused.general ?? undefined)
    } else {
      setFailure(result.failure)
      setKept(result.kept === true)
    }
  }

  return (
    <section aria-labelledby="reopen-title" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-m" id="reopen-title">
        {t('reopen.title')}
      </h2>
      <p className="govuk-body">{t('reopen.body', { date: formatDate(reopenUntil, i18n.language) })}</p>
      <form noValidate onSubmit={(event) => void send(event)}>
        <Textarea
          id="reason"
          name="reason"
          label={t('reopen.label')}
          hint={t('reopen.hint')}
          error={error}
          value={reason}
          onChange={setReason}
          autoComplete={personal()}
        />
        {failure?.kind === 'conflict' ? (
          <InsetText role="alert">
            <p className="govuk-body govuk-!-font-weight-bold">{t('reopen.refused.title')}</p>
            <p className="govuk-body">{t('reopen.refused.body')}</p>
            <p className="govuk-body">
              <Link className="govuk-link" to="/report">
                {t('reopen.refused.link')}
              </Link>
            </p>
          </InsetText>
        ) : null}
        {failure && failure.kind !== 'conflict' ? <GatewayFailureMessage failure={failure} kept={kept} /> : null}
        <SubmitButton sending={reopen.isPending} secondary>
          {t('reopen.send')}
        </SubmitButton>
      </form>
    </section>
  )
}

function MadeByTheContactCentre() {
  const { t } = useTranslation('contact-centre')
  return <p className="govuk-body">{t('madeBy')}</p>
}
