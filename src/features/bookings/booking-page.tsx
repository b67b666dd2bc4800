import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { isKioskDevice } from '#src/device/device-settings'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useCouncil } from '#src/councils/council-context'
import type { Booking, Reminder } from '#src/gateway/contract/bookings'
import { failureOf, type GatewayFailure } from '#src/gateway/errors'
import { formatDateTime } from '#src/format/format'
import { BackLink } from '#src/ui/back-link'
import { Button, ButtonLink } from '#src/ui/button'
import { ButtonGroup } from '#src/ui/button-group'
import { ErrorSummary } from '#src/ui/error-summary'
import { Radios } from '#src/ui/fields'
import { GatewayWords } from '#src/ui/gateway-words'
import { NotificationBanner } from '#src/ui/notification-banner'
import { isOfflineFailure, OfflineNotice } from '#src/ui/offline-notice'
import { Loading, Page } from '#src/ui/page'
import { said, useSaidError } from '#src/ui/said'
import { SubmitButton } from '#src/ui/submit-button'
import { SummaryList } from '#src/ui/summary-list'
import { downloadCalendarFile } from './calendar-file'
import { canChangeOnline, isUpcoming, PayToKeep, TooLateToChange, useBookingRows, WhatToHaveReady } from './booking-page-parts'
import { useMyBooking } from './booking-queries'
import { useBulkyItemNames, useChangeReminder, useOwedIdFor } from './your-bookings-queries'
import { CouldNotLoadPage } from '#src/ui/could-not-load-page'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'

export function BookingPage() {
  const { reference } = useParams()
  return reference ? <BookingDetails key={reference} reference={reference} /> : <BookingNotFound />
}

/** Loads one booking, with what to say while it loads, when it is not there, and when it cannot be had. */
export function WithBooking({
  reference,
  title,
  children,
}: {
  reference: string
  title: string
  children: (booking: Booking, offline: ReactNode) => ReactNode
}) {
  const booking = useMyBooking(reference)
  if (booking.isPending) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    )
  }
  if (booking.isError) {
    const failure = failureOf(booking.error)
    // With no signal, the booking as last seen is still worth reading; any other problem is said as before.
    if (booking.data !== undefined && isOfflineFailure(failure)) {
      return children(booking.data, <OfflineNotice updatedAt={booking.dataUpdatedAt} failure={failure} />)
    }
    if (failure.kind === 'not-found') return <BookingNotFound />
    return <CouldNotLoadPage failure={failure} onTryAgain={() => void booking.refetch()} />
  }
  return children(booking.data, null)
}

function BookingDetails({ reference }: { reference: string }) {
  const { t } = useTranslation('bookings')
  return (
    <WithBooking reference={reference} title={t('booking.caption', { reference })}>
      {(booking, offline) => <BookingView booking={booking} offlineNotice={offline} />}
    </WithBooking>
  )
}

export function BookingNotFound() {
  const { t } = useTranslation('bookings')
  return (
    <Page title={t('notFound.title')}>
      <h1 className="govuk-heading-l">{t('notFound.title')}</h1>
      <p className="govuk-body">{t('notFound.body')}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/bookings">
          {t('notFound.back')}
        </Link>
      </p>
    </Page>
  )
}

function BookingView({ booking, offlineNotice }: { booking: Booking; offlineNotice: ReactNode }) {
  const { t, i18n } = useTranslation('bookings')
  const rows = useBookingRows()
  const itemNames = useBulkyItemNames()
  const upcoming = isUpcoming(booking)
  const owedId = useOwedIdFor(booking.reference, booking.status === 'awaiting_payment')
  const [reminderError, setReminderError] = useSaidError('bookings')
  const path = `/bookings/${encodeURIComponent(booking.reference)}`

  return (
    // Two bookings of the same kind are told apart in the window title by their reference.
    <Page title={`${booking.description} – ${t('booking.caption', { reference: booking.reference })}`}>
      <BackLink to="/bookings">{t('booking.back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={reminderError ? [{ href: 'reminder', text: reminderError }] : []} />
          {offlineNotice}
          <span className="govuk-caption-l">{t('booking.caption', { reference: booking.reference })}</span>
          <h1 className="govuk-heading-l">
            <GatewayWords>{booking.description}</GatewayWords>
          </h1>
          <SummaryList rows={rows(booking, { full: true })} />
          {booking.madeBy ? <MadeByTheContactCentre /> : null}
          <PayToKeep booking={booking} owedId={owedId} />
          {upcoming ? <WhatToHaveReady booking={booking} itemNames={itemNames} /> : null}
          {upcoming ? (
            canChangeOnline(booking) && booking.changeUntil ? (
              <>
                <p className="govuk-body">{t('booking.changeUntil', { time: formatDateTime(booking.changeUntil, i18n.language) })}</p>
                <ButtonGroup>
                  {booking.status === 'booked' ? (
                    <ButtonLink look="secondary" to={`${path}/move`}>
                      {t('booking.move')}
                    </ButtonLink>
                  ) : null}
                  <ButtonLink look="warning" to={`${path}/cancel`}>
                    {t('booking.cancel')}
                  </ButtonLink>
                </ButtonGroup>
              </>
            ) : (
              <TooLateToChange kind={booking.kind} />
            )
          ) : null}
          {upcoming && booking.status === 'booked' ? <AddToCalendar booking={booking} /> : null}
          {upcoming && booking.status !== 'cancelled' ? (
            <ReminderChoice booking={booking} error={reminderError} onError={(message) => setReminderError(message)} />
          ) : null}
        </div>
      </div>
    </Page>
  )
}

function AddToCalendar({ booking }: { booking: Booking }) {
  const { t } = useTranslation('bookings')
  const council = useCouncil()
  const place = booking.place ? `${booking.place.name}, ${booking.place.address}` : t('atHome')
  function download() {
    downloadCalendarFile({
      reference: booking.reference,
      // The council's own domain, from its email address, so the event is the council's and stays one event.
      host: council.contact.email.split('@')[1] ?? 'my-account.invalid',
      summary: booking.description,
      location: place,
      description: t('calendar.description', { reference: booking.reference }),
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      remindDayBefore: booking.reminder === 'day_before',
    })
  }
  // A calendar file would be downloaded, and nothing is downloaded to a kiosk.
  if (isKioskDevice()) return null
  return (
    <section aria-labelledby="calendar-title" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-m" id="calendar-title">
        {t('booking.calendarTitle')}
      </h2>
      <p className="govuk-body">{t('booking.calendarBody')}</p>
      <Button type="button" look="secondary" onClick={download}>
        {t('booking.addToCalendar')}
      </Button>
    </section>
  )
}

function ReminderChoice({
  booking,
  error,
  onError,
}: {
  booking: Booking
  error: string | undefined
  onError: (message: ReturnType<typeof said> | null) => void
}) {
  const { t } = useTranslation('bookings')
  const change = useChangeReminder(booking.reference)
  const [reminder, setReminder] = useState<Reminder>(booking.reminder)
  const [saved, setSaved] = useState(false)
  const [failure, setFailure] = useState<GatewayFailure | null>(null)
  const [kept, setKept] = useState(false)
  const banner = useRef<HTMLDivElement>(null)

  // As GOV.UK Frontend does for a success banner: move focus to it, so the news is not missed.
  useEffect(() => {
    if (saved) banner.current?.focus()
  }, [saved])

  async function save(event: FormEvent) {
    event.preventDefault()
    setSaved(false)
    setFailure(null)
    onError(null)
    const result = await change.mutateAsync({ reminder })
    if (result.ok) return setSaved(true)
    if (result.failure.kind === 'invalid') return onError(said('errors.reminder.missing'))
    setFailure(result.failure)
    setKept(result.kept === true)
  }

  return (
    <section aria-labelledby="reminder-title" className="govuk-!-margin-top-6">
      {saved ? (
        <div ref={banner} tabIndex={-1}>
          <NotificationBanner success title={t('reminder.success')}>
            <p className="govuk-notification-banner__heading">{t('reminder.saved')}</p>
          </NotificationBanner>
        </div>
      ) : null}
      <form noValidate onSubmit={(event) => void save(event)}>
        <Radios
          id="reminder"
          name="reminder"
          legend={<span id="reminder-title">{t('reminder.legend')}</span>}
          hint={t('reminder.hint')}
          error={error}
          value={reminder}
          onChange={(value) => setReminder(value === 'none' ? 'none' : 'day_before')}
          choices={[
            { value: 'day_before', label: t('reminder.day_before') },
            { value: 'none', label: t('reminder.none') },
          ]}
        />
        {failure ? <GatewayFailureMessage failure={failure} kept={kept} /> : null}
        <SubmitButton sending={change.isPending} secondary>
          {t('reminder.save')}
        </SubmitButton>
      </form>
    </section>
  )
}

function MadeByTheContactCentre() {
  const { t } = useTranslation('contact-centre')
  return <p className="govuk-body">{t('madeBy')}</p>
}
