import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { tooLateToChangeProblemType, type Booking, type Reminder } from '#src/gateway/contract/bookings'
import type { GatewayFailure } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'
import { outcomeAsResult } from '#src/outbox/submit'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { useSubmit } from '#src/outbox/use-outbox'
import { accountSummaryKey, amountsOwedKey, myBookingKey, myBookingsKey, amountsOwedQuery } from '#src/session/account-queries'
import { useSignedInPersonId } from '#src/session/session-queries'
import { allSlotsKey, useBookingOptions } from './booking-queries'

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

/** A refusal because the booking's cut-off has passed. */
export function isTooLateToChange(failure: GatewayFailure | null): boolean {
  return failure?.kind === 'conflict' && failure.details?.type === tooLateToChangeProblemType
}

function rememberChangedBooking(queryClient: QueryClient, booking: Booking) {
  queryClient.setQueryData(myBookingKey(booking.reference), booking)
  void queryClient.invalidateQueries({ queryKey: myBookingsKey, exact: true })
  void queryClient.invalidateQueries({ queryKey: accountSummaryKey })
  // Letting go of a collection not yet paid for takes it off what the person owes.
  void queryClient.invalidateQueries({ queryKey: amountsOwedKey })
  // A move or a cancellation frees a time and may take one.
  void queryClient.invalidateQueries({ queryKey: allSlotsKey })
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
