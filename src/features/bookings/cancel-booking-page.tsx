import type { FormEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { Booking } from '#src/gateway/contract/bookings'
import { formatMoney } from '#src/format/format'
import { BackLink } from '#src/ui/back-link'
import { Button } from '#src/ui/button'
import { ButtonGroup } from '#src/ui/button-group'
import { ConfirmationPanel } from '#src/ui/confirmation-panel'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { GatewayWords } from '#src/ui/gateway-words'
import { Page } from '#src/ui/page'
import { SummaryList } from '#src/ui/summary-list'
import { canChangeOnline, TooLateToChange, useBookingRows } from './booking-page-parts'
import { BookingNotFound, WithBooking } from './booking-page'
import { isTooLateToChange, useCancelBooking } from './your-bookings-queries'

export function CancelBookingPage() {
  const { reference } = useParams()
  const { t } = useTranslation('bookings')
  if (!reference) return <BookingNotFound />
  return (
    <WithBooking key={reference} reference={reference} title={t('cancel.title')}>
      {(booking, offline) => <CancelBooking booking={booking} offlineNotice={offline} />}
    </WithBooking>
  )
}

function CancelBooking({ booking, offlineNotice }: { booking: Booking; offlineNotice: ReactNode }) {
  const { t, i18n } = useTranslation('bookings')
  const rows = useBookingRows()
  const cancel = useCancelBooking(booking.reference)
  const path = `/bookings/${encodeURIComponent(booking.reference)}`
  const result = cancel.data
  const paidFee = booking.fee !== null && booking.paid ? formatMoney(booking.fee, i18n.language) : null

  if (result?.ok) {
    const refunded = result.data.fee !== null && result.data.paid ? formatMoney(result.data.fee, i18n.language) : paidFee
    return (
      <Page title={t('cancel.cancelledTitle')}>
        <ConfirmationPanel title={t('cancel.cancelledTitle')}>{booking.reference}</ConfirmationPanel>
        <p className="govuk-body">{t('cancel.cancelledBody', { reference: booking.reference })}</p>
        {refunded ? <p className="govuk-body">{t('cancel.refundDone', { amount: refunded })}</p> : null}
        <p className="govuk-body">
          <Link className="govuk-link" to="/bookings">
            {t('move.toBookings')}
          </Link>
        </p>
      </Page>
    )
  }

  const failure = result && !result.ok ? result.failure : null
  const tooLate = isTooLateToChange(failure) || !canChangeOnline(booking)

  function cancelIt(event: FormEvent) {
    event.preventDefault()
    cancel.mutate({})
  }

  return (
    <Page title={t('cancel.title')}>
      <BackLink to={path}>{t('booking.caption', { reference: booking.reference })}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {offlineNotice}
          <h1 className="govuk-heading-l">{t('cancel.title')}</h1>
          <h2 className="govuk-heading-m">
            <GatewayWords>{booking.description}</GatewayWords>
          </h2>
          <SummaryList rows={rows(booking)} />
          {tooLate ? (
            <TooLateToChange kind={booking.kind} role={failure ? 'alert' : undefined} />
          ) : (
            <>
              {paidFee ? <p className="govuk-body">{t('cancel.refund', { amount: paidFee })}</p> : null}
              {booking.fee !== null && !booking.paid ? <p className="govuk-body">{t('cancel.unpaid')}</p> : null}
              {failure ? <GatewayFailureMessage failure={failure} kept={result && !result.ok ? result.kept : false} /> : null}
              <form noValidate onSubmit={cancelIt}>
                <ButtonGroup>
                  <Button look="warning" disabled={cancel.isPending}>
                    {t('cancel.confirm')}
                  </Button>
                  <Link className="govuk-link" to={path}>
                    {t('cancel.keep')}
                  </Link>
                </ButtonGroup>
                <div role="status">{cancel.isPending ? <p className="govuk-body">{t('common:stillSending')}</p> : null}</div>
              </form>
            </>
          )}
        </div>
      </div>
    </Page>
  )
}
