import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useCouncil } from '#src/councils/council-context'
import type { Booking } from '#src/gateway/contract/bookings'
import { failureOf } from '#src/gateway/errors'
import { useSession } from '#src/session/session-queries'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { GatewayWords } from '#src/ui/gateway-words'
import { isOfflineFailure, OfflineNotice } from '#src/ui/offline-notice'
import { Loading, Page } from '#src/ui/page'
import { SummaryList } from '#src/ui/summary-list'
import { inListOrder, isUpcoming, PayToKeep, useBookingRows, WhatToHaveReady } from './booking-page-parts'
import { useMyBookings } from '#src/session/account-queries'
import { useBulkyItemNames, useOwedIdFor } from './your-bookings-queries'

export function YourBookingsPage() {
  const { t } = useTranslation('bookings')
  const bookings = useMyBookings()
  const { upcoming, past } = inListOrder(bookings.data ?? [])
  const failure = bookings.isError ? failureOf(bookings.error) : null
  // With no signal, the list last seen is still worth reading; any other problem is said as before.
  const readingOffline = bookings.data !== undefined && isOfflineFailure(failure)

  return (
    <Page title={t('list.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t('list.title')}</h1>
          {bookings.isPending ? <Loading /> : null}
          {failure && !readingOffline ? <GatewayFailureMessage failure={failure} onTryAgain={() => void bookings.refetch()} /> : null}
          {readingOffline ? <OfflineNotice updatedAt={bookings.dataUpdatedAt} failure={failure} /> : null}
          {bookings.data ? (
            <>
              {bookings.data.length === 0 ? <p className="govuk-body">{t('list.empty')}</p> : null}
              <BookingGroup id="upcoming-bookings" title={t('list.upcoming')} bookings={upcoming} empty={t('list.noneUpcoming')} />
              <MakeABooking />
              {past.length > 0 ? <BookingGroup id="past-bookings" title={t('list.past')} bookings={past} /> : null}
            </>
          ) : null}
        </div>
      </div>
    </Page>
  )
}

function MakeABooking() {
  const { t } = useTranslation('bookings')
  const council = useCouncil()
  const session = useSession()
  const isTenant = session.data?.signedIn === true && session.data.person.tenant
  return (
    <section aria-labelledby="make-a-booking" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id="make-a-booking">
        {t('list.bookTitle')}
      </h2>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to="/bookings/bulky-waste">
            {t('list.bookBulkyWaste')}
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/bookings/face-to-face">
            {t('list.bookAppointment')}
          </Link>
        </li>
        {isTenant && council.services.includes('requests') ? (
          <li>
            <Link className="govuk-link" to="/report">
              {t('list.bookRepair')}
            </Link>
          </li>
        ) : null}
      </ul>
    </section>
  )
}

function BookingGroup({ id, title, bookings, empty }: { id: string; title: string; bookings: Booking[]; empty?: string }) {
  return (
    <section aria-labelledby={id}>
      <h2 className="govuk-heading-m" id={id}>
        {title}
      </h2>
      {bookings.length === 0 && empty ? <p className="govuk-body">{empty}</p> : null}
      {bookings.length > 0 ? (
        <ul className="govuk-list">
          {bookings.map((booking) => (
            <BookingItem key={booking.reference} booking={booking} />
          ))}
        </ul>
      ) : null}
    </section>
  )
}

function MadeByTheContactCentre() {
  const { t } = useTranslation('contact-centre')
  return <p className="govuk-body">{t('madeBy')}</p>
}

function BookingItem({ booking }: { booking: Booking }) {
  const rows = useBookingRows()
  const itemNames = useBulkyItemNames()
  const owedId = useOwedIdFor(booking.reference, booking.status === 'awaiting_payment')
  return (
    <li>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
        <Link className="govuk-link" to={`/bookings/${encodeURIComponent(booking.reference)}`}>
          <GatewayWords>{booking.description}</GatewayWords>
        </Link>
      </h3>
      <SummaryList noBorder className="govuk-!-margin-bottom-2" rows={rows(booking)} />
      {booking.madeBy ? <MadeByTheContactCentre /> : null}
      <PayToKeep booking={booking} owedId={owedId} />
      {isUpcoming(booking) ? <WhatToHaveReady booking={booking} itemNames={itemNames} headingLevel={3} /> : null}
      <hr className="govuk-section-break govuk-section-break--m govuk-section-break--visible" />
    </li>
  )
}
