import { createContext, useContext, useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router'
import { useKeptAnswers } from '#src/device/kept-answers'
import { formatDay, formatTime, formatTimeOf } from '#src/format/format'
import { startHadPassed, type VisitorAllowance } from '#src/gateway/contract/visitor-permits'
import { isOfKind } from '#src/outbox/outbox-item'
import { outboxItem, removeFromOutbox } from '#src/outbox/outbox-store'
import { useSignedInPersonId } from '#src/session/session-queries'
import { BackLink } from '#src/ui/back-link'
import { Button } from '#src/ui/button'
import { ConfirmationPanel } from '#src/ui/confirmation-panel'
import { DateInput } from '#src/ui/date-input'
import { ErrorSummary } from '#src/ui/error-summary'
import { Radios, TextInput } from '#src/ui/fields'
import { formErrorsFromGateway } from '#src/ui/form-errors-from-gateway'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { KeptToSendPage } from '#src/ui/kept-to-send-page'
import { NotificationBanner } from '#src/ui/notification-banner'
import { Loading, Page } from '#src/ui/page'
import { useSay } from '#src/ui/said'
import { SubmitButton } from '#src/ui/submit-button'
import { SummaryList } from '#src/ui/summary-list'
import {
  checkVisitorPermit,
  controlledHoursValues,
  fromBody,
  lengthsInHours,
  noAnswers,
  type AnswerField,
  type AnswerProblems,
  type VisitorPermitAnswers,
} from './visitor-permit-answers'
import { NS, useAmount, visitorPaths } from './visitor-permit-words'
import { BackToVisitorPermits, WithVisitorPermits } from './visitor-permits-page'
import { useBookVisitorPermit } from './visitor-permits-queries'

const DRAFT_NAME = 'visitor-permit'

interface Journey {
  answers: VisitorPermitAnswers
  answer: (update: Partial<VisitorPermitAnswers>) => void
  allowance: VisitorAllowance
  booking: ReturnType<typeof useBookVisitorPermit>
  /** The registration of a booking the council refused because its start had passed, brought back to book again. */
  refusedRegistration: string | null
}

const JourneyContext = createContext<Journey | null>(null)

function useJourney(): Journey {
  const journey = useContext(JourneyContext)
  if (!journey) throw new Error('A step of booking a visitor permit is shown outside its journey')
  return journey
}

/** The steps share the answers, kept as a draft; the allowance is read first, as it decides the questions. */
export function BookVisitorPermitJourney() {
  const personId = useSignedInPersonId()
  return personId ? <AnswersKeeper key={personId} personId={personId} /> : <Loading />
}

/**
 * A booking refused on "Waiting to send" or the visitor permits page comes back by its outbox id alone: what was
 * typed becomes the answers again, and the item leaves the outbox, so only the new booking can go.
 */
function useRefusedBooking(personId: string, answer: Journey['answer'], ready: boolean) {
  const arrivedWith = useLocation().state as { refusedVisitorPermit?: string } | null
  const [refusedId] = useState(arrivedWith?.refusedVisitorPermit ?? null)
  const [registration, setRegistration] = useState<string | null>(null)
  useEffect(() => {
    if (!refusedId || !ready) return
    let current = true
    void outboxItem(refusedId).then(async (refused) => {
      if (!refused || refused.personId !== personId || !isOfKind(refused, 'book-visitor-permit') || !startHadPassed(refused.failure)) return
      await removeFromOutbox(refused.id)
      if (!current) return
      answer(fromBody(refused.payload.body))
      setRegistration(refused.payload.body.vehicleRegistration)
    })
    return () => {
      current = false
    }
  }, [refusedId, ready, personId, answer])
  return registration
}

function AnswersKeeper({ personId }: { personId: string }) {
  const { t } = useTranslation(NS)
  const { answers, answer, finish } = useKeptAnswers(DRAFT_NAME, personId, noAnswers)
  const booking = useBookVisitorPermit()
  const refusedRegistration = useRefusedBooking(personId, answer, answers !== null)
  const result = booking.data
  useEffect(() => {
    // Booked, or kept in the outbox to be sent: the answers are not kept as a draft as well.
    if (result?.ok || result?.kept) finish()
  }, [result, finish])
  if (!answers) return <Loading />
  return (
    <WithVisitorPermits title={t('form.title')}>
      {({ allowance }) => (
        <JourneyContext value={{ answers, answer, allowance, booking, refusedRegistration }}>
          <Outlet />
        </JourneyContext>
      )}
    </WithVisitorPermits>
  )
}

const fieldOrder: AnswerField[] = ['vehicleRegistration', 'date', 'startTime', 'length']

export function BookVisitorPermitPage() {
  const { t, i18n } = useTranslation(NS)
  const say = useSay(NS)
  const navigate = useNavigate()
  const amount = useAmount()
  const { answers, answer, allowance, refusedRegistration } = useJourney()
  // Sent back from checking answers that no longer pass (the start time went by meanwhile): say why straight away.
  const recheck = (useLocation().state as { recheck?: boolean } | null)?.recheck === true
  const [problems, setProblems] = useState<AnswerProblems | null>(() => {
    const checked = recheck ? checkVisitorPermit(answers, allowance) : null
    return checked && 'errors' in checked ? checked : null
  })
  const error = (field: AnswerField) => say(problems?.errors[field])
  const until = formatTime(allowance.controlledHours.until, i18n.language)
  const from = formatTime(allowance.controlledHours.from, i18n.language)

  function next(event: FormEvent) {
    event.preventDefault()
    const checked = checkVisitorPermit(answers, allowance)
    if ('errors' in checked) return setProblems(checked)
    setProblems(null)
    void navigate(visitorPaths.check)
  }

  const summary = fieldOrder.flatMap((field) => {
    const text = error(field)
    return text ? [{ href: field === 'date' ? 'date' : field, text }] : []
  })

  return (
    <Page title={t('form.title')}>
      <BackLink to={visitorPaths.permits}>{t('backToVisitors')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          {refusedRegistration ? (
            <NotificationBanner title={t('refused.title')}>
              <p className="govuk-notification-banner__heading">{t('refused.heading', { registration: refusedRegistration })}</p>
              <p className="govuk-body">{t('refused.body')}</p>
            </NotificationBanner>
          ) : null}
          <span className="govuk-caption-l">{allowance.zone}</span>
          <h1 className="govuk-heading-l">{t('form.title')}</h1>
          <p className="govuk-body">{t('balance.left', { left: amount(allowance.unit, allowance.left) })}</p>
          <form noValidate onSubmit={next}>
            <TextInput
              id="vehicleRegistration"
              name="vehicleRegistration"
              label={t('form.registration.label')}
              labelSize="s"
              hint={t('form.registration.hint')}
              error={error('vehicleRegistration')}
              value={answers.vehicleRegistration}
              onChange={(vehicleRegistration) => answer({ vehicleRegistration })}
              autoComplete="off"
              spellCheck={false}
              widthClass="govuk-input--width-10 govuk-input--extra-letter-spacing"
            />
            <DateInput
              id="date"
              legend={t('form.date.legend')}
              legendSize="s"
              hint={t('form.date.hint')}
              error={error('date')}
              wrongParts={problems?.dateParts}
              labels={{ day: t('form.date.day'), month: t('form.date.month'), year: t('form.date.year') }}
              value={answers.date}
              onChange={(date) => answer({ date })}
            />
            <TextInput
              id="startTime"
              name="startTime"
              label={t('form.startTime.label')}
              labelSize="s"
              hint={t('form.startTime.hint', { from, until })}
              error={error('startTime')}
              value={answers.startTime}
              onChange={(startTime) => answer({ startTime })}
              autoComplete="off"
              widthClass="govuk-input--width-5"
            />
            {allowance.unit === 'hours' ? (
              <Radios
                id="length"
                name="length"
                legend={t('form.length.legend')}
                legendSize="s"
                hint={t('form.length.hint')}
                error={error('length')}
                value={answers.length}
                onChange={(length) => answer({ length })}
                choices={[
                  ...lengthsInHours.map((hours) => ({ value: String(hours), label: amount('hours', hours) })),
                  { value: 'day', label: t('form.length.restOfDay', { until }) },
                ]}
              />
            ) : (
              <p className="govuk-body">{t('form.wholeDay', { until })}</p>
            )}
            <Button>{t('form.continue')}</Button>
          </form>
        </div>
      </div>
    </Page>
  )
}

export function CheckVisitorPermitPage() {
  const { t, i18n } = useTranslation(NS)
  const say = useSay(NS)
  const amount = useAmount()
  const { answers, allowance, booking } = useJourney()
  const result = booking.data

  if (result?.ok) return <Booked zone={allowance.zone} unit={allowance.unit} booked={result.data} />
  if (result?.kept) return <WaitingToBook />
  const checked = checkVisitorPermit(answers, allowance)
  // A refusal is shown here, on the answers the council saw; otherwise answers that no longer pass go back to the form.
  const failure = result && !result.ok ? result.failure : null
  if ('errors' in checked && !failure) return <Navigate to={visitorPaths.book} replace state={{ recheck: true }} />

  const refused =
    failure?.kind === 'invalid'
      ? formErrorsFromGateway(
          failure,
          {
            namespace: NS,
            fields: { vehicleRegistration: 'vehicleRegistration', date: 'date', startTime: 'startTime', hours: 'length' } as const,
            sameAs: { custom: 'vehicleRegistration.format', too_big: 'vehicleRegistration.format' },
            values: {
              date: { days: allowance.bookAheadDays },
              startTime: controlledHoursValues(allowance.controlledHours),
              length: controlledHoursValues(allowance.controlledHours),
            },
          },
          i18n,
        )
      : null
  const errors = refused ? refused.summary.map((error) => ({ text: say(error.said) ?? '' })) : []
  const change = (what: string) => [{ to: visitorPaths.book, text: t('check.change'), visuallyHiddenText: what }]
  const body = 'errors' in checked ? null : checked.body

  return (
    <Page title={t('check.title')}>
      <BackLink to={visitorPaths.book}>{t('backLink')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <h1 className="govuk-heading-l">{t('check.title')}</h1>
          {'errors' in checked ? null : (
            <SummaryList
              rows={[
                {
                  key: t('check.registration'),
                  value: checked.body.vehicleRegistration,
                  actions: change(t('check.registration')),
                },
                {
                  key: t('check.date'),
                  value: formatDay(`${checked.body.date}T12:00:00Z`, i18n.language),
                  actions: change(t('check.date')),
                },
                {
                  key: t('check.startTime'),
                  value: formatTime(checked.body.startTime, i18n.language),
                  actions: change(t('check.startTime')),
                },
                {
                  key: t('check.length'),
                  value:
                    checked.body.hours === null
                      ? t('form.length.restOfDay', { until: formatTime(checked.until, i18n.language) })
                      : t('check.lengthValue', {
                          amount: amount('hours', checked.body.hours),
                          until: formatTime(checked.until, i18n.language),
                        }),
                  actions: allowance.unit === 'hours' ? change(t('check.length')) : undefined,
                },
                {
                  key: t('check.uses'),
                  value: t('check.usesValue', {
                    amount: amount(allowance.unit, checked.uses),
                    left: amount(allowance.unit, allowance.left),
                  }),
                },
              ]}
            />
          )}
          {failure && !refused ? <GatewayFailureMessage failure={failure} /> : null}
          {body ? (
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault()
                booking.mutate(body)
              }}
            >
              <SubmitButton sending={booking.isPending}>{t('check.book')}</SubmitButton>
            </form>
          ) : (
            <p className="govuk-body">
              <Link className="govuk-link" to={visitorPaths.book}>
                {t('check.change')}
              </Link>
            </p>
          )}
        </div>
      </div>
    </Page>
  )
}

function Booked({
  zone,
  unit,
  booked: { permit, left },
}: {
  zone: string
  unit: VisitorAllowance['unit']
  booked: { permit: { reference: string; vehicleRegistration: string; startsAt: string; endsAt: string }; left: number }
}) {
  const { t, i18n } = useTranslation(NS)
  const amount = useAmount()
  return (
    <Page title={t('booked.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ConfirmationPanel title={t('booked.title')}>
            {t('booked.reference')}
            <br />
            <strong>{permit.reference}</strong>
          </ConfirmationPanel>
          <p className="govuk-body">
            {t('booked.canPark', {
              registration: permit.vehicleRegistration,
              zone,
              day: formatDay(permit.startsAt, i18n.language),
              from: formatTimeOf(permit.startsAt, i18n.language),
              until: formatTimeOf(permit.endsAt, i18n.language),
            })}
          </p>
          <p className="govuk-body">{t('booked.left', { left: amount(unit, left) })}</p>
          <p className="govuk-body">{t('booked.cancelLater')}</p>
          <BackToVisitorPermits />
        </div>
      </div>
    </Page>
  )
}

function WaitingToBook() {
  const { t } = useTranslation(NS)
  return (
    <KeptToSendPage
      title={t('waiting.title')}
      body={t('waiting.body')}
      links={[
        { to: '/waiting', text: t('waiting.seeWaiting') },
        { to: visitorPaths.permits, text: t('backToVisitors') },
      ]}
    />
  )
}
