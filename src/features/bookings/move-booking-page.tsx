import type { UseQueryResult } from '@tanstack/react-query'
import { createContext, useContext, useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, Outlet, useNavigate, useParams } from 'react-router'
import type { Booking, Slot } from '#src/gateway/contract/bookings'
import { failureOf } from '#src/gateway/errors'
import { BackLink } from '#src/ui/back-link'
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

type MoveBooking = ReturnType<typeof useMoveBooking>

/** What the two steps of moving a booking share: the booking, the time chosen, and the move itself. */
interface MoveJourney {
  booking: Booking
  offlineNotice: ReactNode
  chosen: Slot | null
  choose: (slot: Slot) => void
  move: MoveBooking
}

const MoveJourneyContext = createContext<MoveJourney | null>(null)

function useMoveJourney(): MoveJourney {
  const journey = useContext(MoveJourneyContext)
  if (!journey) throw new Error('A step of moving a booking is shown outside the journey')
  return journey
}

const bookingPath = (booking: Booking) => `/bookings/${encodeURIComponent(booking.reference)}`
const movePaths = (booking: Booking) => ({ choose: `${bookingPath(booking)}/move`, check: `${bookingPath(booking)}/move/check` })

/** Choosing a new time, then checking it: each step its own address, so Back goes one step back, not out of the journey. */
export function MoveBookingJourney() {
  const { reference } = useParams()
  const { t } = useTranslation('bookings')
  if (!reference) return <BookingNotFound />
  return (
    <WithBooking key={reference} reference={reference} title={t('move.title')}>
      {(booking, offline) => <MoveJourneyState booking={booking} offlineNotice={offline} />}
    </WithBooking>
  )
}

function MoveJourneyState({ booking, offlineNotice }: { booking: Booking; offlineNotice: ReactNode }) {
  const move = useMoveBooking(booking.reference)
  const [chosen, setChosen] = useState<Slot | null>(null)
  const journey: MoveJourney = {
    booking,
    offlineNotice,
    chosen,
    move,
    choose: (slot) => {
      setChosen(slot)
      move.reset()
    },
  }
  return (
    <MoveJourneyContext value={journey}>
      <Outlet />
    </MoveJourneyContext>
  )
}

/** Past the cut-off, or refused as too late: why, and whom to call. */
function isTooLate(booking: Booking, move: MoveBooking) {
  const failure = move.data && !move.data.ok ? move.data.failure : null
  return isTooLateToChange(failure) || !canChangeOnline(booking) || booking.status !== 'booked'
}

function TooLateToMove({ booking, refused }: { booking: Booking; refused: boolean }) {
  const { t } = useTranslation('bookings')
  return (
    <Page title={t('move.title')}>
      <BackLink to={bookingPath(booking)}>{t('booking.caption', { reference: booking.reference })}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t('move.title')}</h1>
          <TooLateToChange kind={booking.kind} role={refused ? 'alert' : undefined} />
          <p className="govuk-body">
            <Link className="govuk-link" to={bookingPath(booking)}>
              {t('move.toBooking')}
            </Link>
          </p>
        </div>
      </div>
    </Page>
  )
}

export function MoveChooseTimePage() {
  const { t, i18n } = useTranslation('bookings')
  const { booking, offlineNotice, chosen, choose, move } = useMoveJourney()
  const when = useWhen()
  const say = useSay('bookings')
  const navigate = useNavigate()
  const [error, setError] = useSaidError('bookings')

  const failure = move.data && !move.data.ok ? move.data.failure : null
  if (isTooLate(booking, move)) return <TooLateToMove booking={booking} refused={failure !== null} />
  const alternatives = alternativesIn(failure)
  const refused =
    failure?.kind === 'invalid'
      ? say(formErrorsFromGateway(failure, { namespace: 'bookings', fields: { slotId: 'slot' } }, i18n).byField.slot)
      : undefined
  const slotError = error ?? refused

  const choices: ChoiceProps = {
    error: slotError,
    onChoose: (slot) => {
      setError(null)
      choose(slot)
      void navigate(movePaths(booking).check)
    },
    onMissing: () => setError(said('errors.slot.missing')),
  }

  return (
    <Page title={t('move.title')}>
      <BackLink to={bookingPath(booking)}>{t('booking.caption', { reference: booking.reference })}</BackLink>
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
            <TakenWithAlternatives alternatives={alternatives} {...choices} />
          ) : (
            <ChooseNewTime booking={booking} chosen={chosen} {...choices} />
          )}
        </div>
      </div>
    </Page>
  )
}

export function MoveCheckPage() {
  const { t } = useTranslation(['bookings', 'booking'])
  const { booking, offlineNotice, chosen, move } = useMoveJourney()
  const when = useWhen()
  const paths = movePaths(booking)

  const result = move.data
  if (result?.ok) return <Moved booking={result.data} />
  const failure = result && !result.ok ? result.failure : null
  if (isTooLate(booking, move)) return <TooLateToMove booking={booking} refused={failure !== null} />
  // No time chosen yet (the page opened afresh), or the one chosen has gone: the time is chosen again.
  if (!chosen || failure?.kind === 'invalid' || alternativesIn(failure)) return <Navigate to={paths.choose} replace />

  function moveIt(event: FormEvent) {
    event.preventDefault()
    if (chosen) move.mutate({ slotId: chosen.id })
  }

  return (
    <Page title={t('move.checkTitle')}>
      <BackLink to={paths.choose}>{t('booking:back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {offlineNotice}
          <h1 className="govuk-heading-l">{t('move.checkTitle')}</h1>
          <SummaryList
            rows={[
              { key: t('fields.reference'), value: booking.reference },
              { key: t('move.from'), value: when(booking) },
              {
                key: t('move.to'),
                value: when(chosen),
                actions: [{ to: paths.choose, text: t('booking:check.change'), visuallyHiddenText: t('move.to') }],
              },
            ]}
          />
          {failure ? <GatewayFailureMessage failure={failure} kept={result && !result.ok ? result.kept : false} /> : null}
          <form noValidate onSubmit={moveIt}>
            <ButtonGroup>
              <SubmitButton sending={move.isPending}>{t('move.confirm')}</SubmitButton>
              <Link className="govuk-link" to={bookingPath(booking)}>
                {t('cancel.keep')}
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </Page>
  )
}

function Moved({ booking }: { booking: Booking }) {
  const { t } = useTranslation('bookings')
  const when = useWhen()
  return (
    <Page title={t('move.movedTitle')}>
      <ConfirmationPanel title={t('move.movedTitle')}>{t('move.movedBody', { when: when(booking) })}</ConfirmationPanel>
      <p className="govuk-body">{t('move.movedReference', { reference: booking.reference })}</p>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to={bookingPath(booking)}>
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
