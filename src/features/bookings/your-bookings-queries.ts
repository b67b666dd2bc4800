import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { GatewayClient } from '#src/gateway/client'
import { slotTaken, tooLateToChangeProblemType, type Booking, type Reminder, type Slot } from '#src/gateway/contract/bookings'
import { unwrap, type GatewayFailure } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'
import { outcomeAsResult } from '#src/outbox/submit'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { useSubmit } from '#src/outbox/use-outbox'
import { accountSummaryKey, amountsOwedKey, myBookingKey, myBookingsKey } from '#src/session/account-queries'
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
  return useBookingChange<void>('cancel-booking', async (submit, _body, key) => {
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
