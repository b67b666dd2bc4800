import { Trans, useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useCouncil } from '#src/councils/council-context'
import type { Booking } from '#src/gateway/contract/bookings'
import { formatDateTime, formatDay, formatMoney, formatTimeOf, phoneNumberText } from '#src/format/format'
import { GatewayWords } from '#src/ui/gateway-words'
import { InsetText } from '#src/ui/inset-text'
import { PhoneLink } from '#src/ui/phone-link'
import type { SummaryRow } from '#src/ui/summary-list'
import { Tag, type TagColour } from '#src/ui/tag'

export type BookingStatus = Booking['status']

/** The GOV.UK tag colour for each status, the same on every screen. */
export const statusTagColour = {
  awaiting_payment: 'orange',
  booked: 'green',
  cancelled: 'red',
  completed: 'grey',
} as const satisfies Record<BookingStatus, TagColour>

export function StatusTag({ status }: { status: BookingStatus }) {
  const { t } = useTranslation('bookings')
  return <Tag colour={statusTagColour[status]}>{t(`status.${status}`)}</Tag>
}

/** Still to happen: not cancelled, not done, and not over. */
export function isUpcoming(booking: Booking, now = Date.now()): boolean {
  return (booking.status === 'booked' || booking.status === 'awaiting_payment') && Date.parse(booking.endsAt) > now
}

/** Whether it can still be moved or cancelled online: the gateway says until when. */
export function canChangeOnline(booking: Booking, now = Date.now()): boolean {
  return isUpcoming(booking, now) && booking.changeUntil !== null && Date.parse(booking.changeUntil) > now
}

/** Coming up first, earliest first; then the rest, latest first. */
export function inListOrder(bookings: readonly Booking[], now = Date.now()) {
  const upcoming = bookings.filter((booking) => isUpcoming(booking, now)).sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  const past = bookings.filter((booking) => !isUpcoming(booking, now)).sort((a, b) => b.startsAt.localeCompare(a.startsAt))
  return { upcoming, past }
}

export function useWhen() {
  const { t, i18n } = useTranslation('bookings')
  return (slot: { startsAt: string; endsAt: string }) =>
    t('when', {
      day: formatDay(slot.startsAt, i18n.language),
      from: formatTimeOf(slot.startsAt, i18n.language),
      to: formatTimeOf(slot.endsAt, i18n.language),
    })
}

export function Where({ booking }: { booking: Pick<Booking, 'place'> }) {
  const { t } = useTranslation('bookings')
  if (!booking.place) return <>{t('atHome')}</>
  return (
    <>
      <GatewayWords>{booking.place.name}</GatewayWords>
      <br />
      <GatewayWords>{booking.place.address}</GatewayWords>
    </>
  )
}

/** The rows every view of a booking shares. */
export function useBookingRows() {
  const { t, i18n } = useTranslation('bookings')
  const when = useWhen()
  return (booking: Booking, { full = false } = {}): SummaryRow[] => [
    { key: t('fields.reference'), value: booking.reference },
    { key: t('fields.where'), value: <Where booking={booking} /> },
    { key: t('fields.when'), value: when(booking) },
    { key: t('fields.status'), value: <StatusTag status={booking.status} /> },
    ...(full && booking.purpose ? [{ key: t('fields.purpose'), value: t(`purposes.${booking.purpose}`) }] : []),
    ...(full && booking.interpreter ? [{ key: t('fields.interpreter'), value: t(`interpreters.${booking.interpreter}`) }] : []),
    ...(full && booking.fee !== null
      ? [
          {
            key: t('fields.fee'),
            value: t(booking.paid ? 'fee.paid' : 'fee.toPay', { amount: formatMoney(booking.fee, i18n.language) }),
          },
        ]
      : []),
    ...(full && booking.requestReference
      ? [
          {
            key: t('fields.report'),
            value: (
              <Link className="govuk-link" to={`/requests/${encodeURIComponent(booking.requestReference)}`}>
                {booking.requestReference}
              </Link>
            ),
          },
        ]
      : []),
  ]
}

/** What the person needs to do before the day, for each kind of booking. */
export function WhatToHaveReady({
  booking,
  itemNames,
  headingLevel = 2,
}: {
  booking: Booking
  itemNames: Map<string, string>
  headingLevel?: 2 | 3
}) {
  const { t } = useTranslation('bookings')
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <>
      <Heading className={headingLevel === 2 ? 'govuk-heading-m' : 'govuk-heading-s govuk-!-margin-bottom-2'}>{t('ready.title')}</Heading>
      {booking.kind === 'bulky_waste' ? (
        <>
          <p className="govuk-body">{t('ready.bulky_waste.outside')}</p>
          {booking.items.length > 0 ? (
            <>
              <p className="govuk-body govuk-!-margin-bottom-1">{t('ready.bulky_waste.items')}</p>
              <ul className="govuk-list govuk-list--bullet">
                {booking.items.map((item) => (
                  <li key={item.itemId}>
                    <Trans
                      t={t}
                      i18nKey="item"
                      values={{ name: itemNames.get(item.itemId) ?? item.itemId, count: item.quantity }}
                      components={{ gateway: <GatewayWords>{itemNames.get(item.itemId) ?? item.itemId}</GatewayWords> }}
                    />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
      {booking.kind === 'housing_repair' ? (
        <ul className="govuk-list govuk-list--bullet">
          <li>{t('ready.housing_repair.access')}</li>
          <li>{t('ready.housing_repair.adult')}</li>
        </ul>
      ) : null}
      {booking.kind === 'face_to_face' ? (
        <ul className="govuk-list govuk-list--bullet">
          <li>{t('ready.face_to_face.photoId')}</li>
          <li>{t('ready.face_to_face.letters')}</li>
          {booking.interpreter ? (
            <li>{t('ready.face_to_face.interpreter', { language: t(`interpreters.${booking.interpreter}`) })}</li>
          ) : null}
        </ul>
      ) : null}
    </>
  )
}

/** Why a booking cannot be changed online, and whom to call instead. */
export function TooLateToChange({ kind, role }: { kind: Booking['kind']; role?: 'alert' }) {
  const { t } = useTranslation('bookings')
  const council = useCouncil()
  return (
    <InsetText role={role}>
      <p className="govuk-body govuk-!-font-weight-bold">{t('tooLate.title')}</p>
      <p className="govuk-body">{t(`tooLate.${kind}`)}</p>
      <p className="govuk-body">
        <Trans
          t={t}
          i18nKey="tooLate.call"
          values={{ phone: phoneNumberText(council.contact.phone) }}
          components={{ phone: <PhoneLink number={council.contact.phone} /> }}
        />
      </p>
    </InsetText>
  )
}

/** How long a collection waiting for payment is kept, and where to pay. */
export function PayToKeep({ booking, owedId }: { booking: Booking; owedId: string | null }) {
  const { t, i18n } = useTranslation('bookings')
  if (booking.status !== 'awaiting_payment' || booking.fee === null) return null
  return (
    <>
      <p className="govuk-body">
        {booking.payBy
          ? t('pay.due', { amount: formatMoney(booking.fee, i18n.language), time: formatDateTime(booking.payBy, i18n.language) })
          : null}
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={owedId ? `/payments/pay/${encodeURIComponent(owedId)}` : '/payments'}>
          {t('pay.link')} <span className="govuk-visually-hidden">{booking.reference}</span>
        </Link>
      </p>
    </>
  )
}
