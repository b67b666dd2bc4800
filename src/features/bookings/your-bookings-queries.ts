import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { GatewayClient } from '#src/gateway/client'
import { slotTaken, tooLateToChangeProblemType, type Booking, type Reminder, type Slot } from '#src/gateway/contract/bookings'
import { unwrap, type GatewayFailure } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'
import { outcomeAsResult } from '#src/outbox/submit'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { useSubmit } from '#src/outbox/use-outbox'
import { accountSummaryKey, amountsOwedKey, myBookingKey, myBookingsKey, amountsOwedQuery } from '#src/session/account-queries'
import { useSignedInPersonId } from '#src/session/session-queries'

/** The person's bookings, to come and past. */
export const myBookingsQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: myBookingsKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('listMyBookings', { signal })).bookings,
    meta: { readableOffline: true },
  })

export const myBookingQuery = (gateway: GatewayClient, reference: string) =>
  queryOptions({
    queryKey: myBookingKey(reference),
    queryFn: async ({ signal }) => unwrap(await gateway.call('getBooking', { params: { reference }, signal })),
    meta: { readableOffline: true },
  })

/** What can be booked; here, for the names of the items a collection takes. Not the person's own, so not kept. */
export const bookingOptionsKey = ['booking-options'] as const

export const bookingOptionsQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: bookingOptionsKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('getBookingOptions', { signal })),
    staleTime: 60 * 60 * 1000,
  })

export function useBookingOptions() {
  return useQuery(bookingOptionsQuery(useGateway()))
}

/** The names of the items a collection can take, by id; empty until known, as each falls back to its id. */
export function useBulkyItemNames(): Map<string, string> {
  const options = useBookingOptions()
  return new Map(options.data?.bulkyItems.map((item) => [item.id, item.name]) ?? [])
}

/** The amount owed for a booking, to pay it: the gateway lists it among everything owed. */
export function useOwedIdFor(reference: string, awaitingPayment: boolean): string | null {
  const owed = useQuery({ ...amountsOwedQuery(useGateway()), enabled: awaitingPayment })
  return (
    owed.data?.find((item) => item.kind === 'booking' && (item.id.includes(reference) || item.description.includes(reference)))?.id ?? null
  )
}

/** The free times a booking could move to: the same kind, and for an appointment the same place. */
export const slotsToMoveToKey = (kind: Booking['kind'], placeId: string | null) => ['slots', kind, placeId] as const

export const slotsToMoveToQuery = (gateway: GatewayClient, booking: Pick<Booking, 'kind' | 'place'>) =>
  queryOptions({
    queryKey: slotsToMoveToKey(booking.kind, booking.place?.id ?? null),
    queryFn: async ({ signal }) =>
      unwrap(
        booking.place
          ? await gateway.call('listPlaceSlots', { params: { placeId: booking.place.id }, signal })
          : await gateway.call('listSlots', { params: { kind: booking.kind }, signal }),
      ).slots,
    staleTime: 0,
  })

export function useSlotsToMoveTo(booking: Pick<Booking, 'kind' | 'place'>) {
  return useQuery(slotsToMoveToQuery(useGateway(), booking))
}

export function useMyBookings() {
  return useQuery(myBookingsQuery(useGateway()))
}

export function useMyBooking(reference: string) {
  return useQuery(myBookingQuery(useGateway(), reference))
}

/** A refusal because the booking's cut-off has passed. */
export function isTooLateToChange(failure: GatewayFailure | null): boolean {
  return failure?.kind === 'conflict' && failure.details?.type === tooLateToChangeProblemType
}

/** The nearest free times the gateway offers when the time asked for has gone; null for any other failure. */
export function alternativesOffered(failure: GatewayFailure | null): Slot[] | null {
  if (failure?.kind !== 'conflict') return null
  const taken = slotTaken.safeParse(failure.details)
  return taken.success ? taken.data.alternatives : null
}

function rememberChangedBooking(queryClient: QueryClient, booking: Booking) {
  queryClient.setQueryData(myBookingKey(booking.reference), booking)
  void queryClient.invalidateQueries({ queryKey: myBookingsKey, exact: true })
  void queryClient.invalidateQueries({ queryKey: accountSummaryKey })
  // Letting go of a collection not yet paid for takes it off what the person owes.
  void queryClient.invalidateQueries({ queryKey: amountsOwedKey })
}

/** Changes go through the outbox, so one made offline is kept and sent, once, later. */
function useBookingChange<Body>(
  form: string,
  send: (
    submit: ReturnType<typeof useSubmit>,
    body: Body,
    key: (payload: unknown) => string,
  ) => Promise<ReturnType<typeof outcomeAsResult<Booking>>>,
) {
  const submit = useSubmit(useSignedInPersonId() ?? '')
  const queryClient = useQueryClient()
  const submission = useSubmissionKey(form)
  return useMutation({
    mutationFn: (body: Body) => send(submit, body, (payload) => submission.keyFor(payload)),
    onSuccess: (result) => {
      if (!result.ok) return
      submission.succeeded()
      rememberChangedBooking(queryClient, result.data)
    },
  })
}

export function useMoveBooking(reference: string) {
  return useBookingChange<{ slotId: string }>('move-booking', async (submit, body, key) => {
    const payload = { reference, body }
    return outcomeAsResult<Booking>(await submit('move-booking', payload, key(payload)))
  })
}

export function useCancelBooking(reference: string) {
  return useBookingChange<object>('cancel-booking', async (submit, _body, key) => {
    const payload = { reference }
    return outcomeAsResult<Booking>(await submit('cancel-booking', payload, key(payload)))
  })
}

export function useChangeReminder(reference: string) {
  return useBookingChange<{ reminder: Reminder }>('booking-reminder', async (submit, body, key) => {
    const payload = { reference, body }
    return outcomeAsResult<Booking>(await submit('booking-reminder', payload, key(payload)))
  })
}
