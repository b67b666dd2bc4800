import type { UseQueryResult } from '@tanstack/react-query'
import { useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { Booking, Slot } from '#src/gateway/contract/bookings'
import { failureOf } from '#src/gateway/errors'
import { BackLink } from '#src/ui/back-link'
import { Button } from '#src/ui/button'
import { ButtonGroup } from '#src/ui/button-group'
import { ConfirmationPanel } from '#src/ui/confirmation-panel'
import { ErrorSummary } from '#src/ui/error-summary'
import { formErrorsFromGateway } from '#src/ui/form-errors-from-gateway'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { GatewayWords } from '#src/ui/gateway-words'
import { Loading, Page } from '#src/ui/page'
import { said, useSaidError, useSay } from '#src/ui/said'
import { SubmitButton } from '#src/ui/submit-button'
import { SummaryList } from '#src/ui/summary-list'
import { canChangeOnline, TooLateToChange, useWhen } from './booking-page-parts'
import { BookingNotFound, WithBooking } from './booking-page'
import { alternativesIn, SlotChooser, SlotTakenChoice } from '#src/ui/slot-chooser'
import { usePlaceSlots, useSlots } from './booking-queries'
import { isTooLateToChange, useMoveBooking } from './your-bookings-queries'

export function MoveBookingPage() {
  const { reference } = useParams()
  const { t } = useTranslation('bookings')
  if (!reference) return <BookingNotFound />
  return (
    <WithBooking key={reference} reference={reference} title={t('move.title')}>
      {(booking, offline) => <MoveBooking booking={booking} offlineNotice={offline} />}
    </WithBooking>
  )
}

function MoveBooking({ booking, offlineNotice }: { booking: Booking; offlineNotice: ReactNode }) {
  const { t, i18n } = useTranslation('bookings')
  const when = useWhen()
  const say = useSay('bookings')
  const move = useMoveBooking(booking.reference)
  const [step, setStep] = useState<'choose' | 'check'>('choose')
  const [chosen, setChosen] = useState<Slot | null>(null)
  const [error, setError] = useSaidError('bookings')
  const path = `/bookings/${encodeURIComponent(booking.reference)}`

  const result = move.data
  if (result?.ok) {
    return (
      <Page title={t('move.movedTitle')}>
        <ConfirmationPanel title={t('move.movedTitle')}>{t('move.movedBody', { when: when(result.data) })}</ConfirmationPanel>
        <p className="govuk-body">{t('move.movedReference', { reference: result.data.reference })}</p>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to={path}>
              {t('move.toBooking')}
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to="/bookings">
              {t('move.toBookings')}
            </Link>
          </li>
        </ul>
      </Page>
    )
  }

  const failure = result && !result.ok ? result.failure : null
  const alternatives = alternativesIn(failure)
  const tooLate = isTooLateToChange(failure) || !canChangeOnline(booking) || booking.status !== 'booked'
  const refused =
    failure?.kind === 'invalid'
      ? say(formErrorsFromGateway(failure, { namespace: 'bookings', fields: { slotId: 'slot' } }, i18n).byField.slot)
      : undefined
  const slotError = error ?? refused

  function choose(slot: Slot) {
    setError(null)
    setChosen(slot)
    setStep('check')
    move.reset()
  }

  function moveIt(event: FormEvent) {
    event.preventDefault()
    if (chosen) move.mutate({ slotId: chosen.id })
  }

  if (tooLate) {
    return (
      <Page title={t('move.title')}>
        <BackLink to={path}>{t('booking.caption', { reference: booking.reference })}</BackLink>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h1 className="govuk-heading-l">{t('move.title')}</h1>
            <TooLateToChange kind={booking.kind} role={failure ? 'alert' : undefined} />
            <p className="govuk-body">
              <Link className="govuk-link" to={path}>
                {t('move.toBooking')}
              </Link>
            </p>
          </div>
        </div>
      </Page>
    )
  }

  if (step === 'check' && chosen && !alternatives) {
    return (
      <Page title={t('move.checkTitle')}>
        <BackLink to={path}>{t('booking.caption', { reference: booking.reference })}</BackLink>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            {offlineNotice}
            <h1 className="govuk-heading-l">{t('move.checkTitle')}</h1>
            <SummaryList
              rows={[
                { key: t('fields.reference'), value: booking.reference },
                { key: t('move.from'), value: when(booking) },
                { key: t('move.to'), value: when(chosen) },
              ]}
            />
            {failure ? <GatewayFailureMessage failure={failure} kept={result && !result.ok ? result.kept : false} /> : null}
            <form noValidate onSubmit={moveIt}>
              <SubmitButton sending={move.isPending}>{t('move.confirm')}</SubmitButton>
            </form>
            <ButtonGroup>
              <Button type="button" look="secondary" onClick={() => setStep('choose')}>
                {t('move.chooseAnother')}
              </Button>
              <Link className="govuk-link" to={path}>
                {t('cancel.keep')}
              </Link>
            </ButtonGroup>
          </div>
        </div>
      </Page>
    )
  }

  return (
    <Page title={t('move.title')}>
      <BackLink to={path}>{t('booking.caption', { reference: booking.reference })}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={slotError ? [{ href: 'slot', text: slotError }] : []} />
          {offlineNotice}
          <h1 className="govuk-heading-l">{t('move.title')}</h1>
          <p className="govuk-body">
            <GatewayWords>{booking.description}</GatewayWords>
          </p>
          <p className="govuk-body">{t('move.current', { when: when(booking) })}</p>
          {booking.place ? <p className="govuk-body">{t('move.samePlace', { place: booking.place.name })}</p> : null}
          {alternatives ? (
            <TakenWithAlternatives
              alternatives={alternatives}
              error={slotError}
              onChoose={choose}
              onMissing={() => setError(said('errors.slot.missing'))}
            />
          ) : (
            <ChooseNewTime
              booking={booking}
              chosen={chosen}
              error={slotError}
              onChoose={choose}
              onMissing={() => setError(said('errors.slot.missing'))}
            />
          )}
        </div>
      </div>
    </Page>
  )
}

interface ChoiceProps {
  error: string | undefined
  onChoose: (slot: Slot) => void
  onMissing: () => void
}

/** The free times for the same kind, and for an appointment at the same place; the booking's own time is not a new one. */
function ChooseNewTime(props: ChoiceProps & { booking: Booking; chosen: Slot | null }) {
  return props.booking.place ? <SlotsAtPlace placeId={props.booking.place.id} {...props} /> : <SlotsOfKind {...props} />
}

function SlotsAtPlace({ placeId, ...props }: ChoiceProps & { booking: Booking; chosen: Slot | null; placeId: string }) {
  return <FreeTimes slots={usePlaceSlots(placeId)} {...props} />
}

function SlotsOfKind(props: ChoiceProps & { booking: Booking; chosen: Slot | null }) {
  return <FreeTimes slots={useSlots(props.booking.kind)} {...props} />
}

function FreeTimes({
  slots,
  booking,
  chosen,
  error,
  onChoose,
  onMissing,
}: ChoiceProps & { slots: UseQueryResult<Slot[]>; booking: Booking; chosen: Slot | null }) {
  const { t } = useTranslation('bookings')
  const [slotId, setSlotId] = useState<string | null>(chosen?.id ?? null)
  if (slots.isPending) return <Loading />
  if (slots.isError) return <GatewayFailureMessage failure={failureOf(slots.error)} onTryAgain={() => void slots.refetch()} />
  const free = slots.data.filter((slot) => slot.available && slot.startsAt !== booking.startsAt)
  function next(event: FormEvent) {
    event.preventDefault()
    const slot = free.find((candidate) => candidate.id === slotId)
    if (!slot) return onMissing()
    onChoose(slot)
  }
  return (
    <form noValidate onSubmit={next}>
      <SlotChooser legend={t('move.legend')} slots={free} value={slotId} onChange={setSlotId} error={error} />
      <SubmitButton sending={false}>{t('move.continue')}</SubmitButton>
    </form>
  )
}

/** The time chosen has just gone: said plainly, with the nearest free times. Nothing moves until one is chosen. */
function TakenWithAlternatives({ alternatives, error, onChoose, onMissing }: ChoiceProps & { alternatives: Slot[] }) {
  const { t } = useTranslation('bookings')
  const free = alternatives.filter((slot) => slot.available)
  const [slotId, setSlotId] = useState<string | null>(null)
  function next(event: FormEvent) {
    event.preventDefault()
    const slot = free.find((candidate) => candidate.id === slotId)
    if (!slot) return onMissing()
    onChoose(slot)
  }
  return (
    <form noValidate onSubmit={next}>
      <SlotTakenChoice id="slot" alternatives={free} value={slotId} onChange={setSlotId} error={error} />
      {free.length > 0 ? <SubmitButton sending={false}>{t('move.continue')}</SubmitButton> : null}
    </form>
  )
}
