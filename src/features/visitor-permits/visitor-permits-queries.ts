import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { GatewayClient } from '#src/gateway/client'
import type { NewVisitorPermit } from '#src/gateway/contract/visitor-permits'
import type { ResponseOf } from '#src/gateway/endpoints'
import { unwrap } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'
import { outcomeAsResult } from '#src/outbox/submit'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { useSubmit } from '#src/outbox/use-outbox'
import { accountSummaryKey } from '#src/session/account-queries'
import { useSignedInPersonId } from '#src/session/session-queries'

/** The allowance and permits: readable offline, as a resident checks a visitor's permit standing in the street. */
export const visitorPermitsKey = ['visitor-permits'] as const

export const visitorPermitsQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: visitorPermitsKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('getVisitorPermits', { signal })),
    meta: { readableOffline: true },
  })

export function useVisitorPermits() {
  return useQuery(visitorPermitsQuery(useGateway()))
}

function useRefreshVisitorPermits() {
  const queryClient = useQueryClient()
  return () => {
    void queryClient.invalidateQueries({ queryKey: visitorPermitsKey })
    void queryClient.invalidateQueries({ queryKey: accountSummaryKey })
  }
}

/** Kept in the outbox and sent when there is a signal; if its start has passed by then, the council refuses it and nothing is taken. */
export function useBookVisitorPermit() {
  const submit = useSubmit(useSignedInPersonId() ?? '')
  const submission = useSubmissionKey('visitor-permit')
  const refresh = useRefreshVisitorPermits()
  return useMutation({
    mutationFn: async (body: NewVisitorPermit) =>
      outcomeAsResult<ResponseOf<'bookVisitorPermit'>>(await submit('book-visitor-permit', { body }, submission.keyFor(body))),
    onSuccess: (result) => {
      if (!result.ok) return
      submission.succeeded()
      refresh()
    },
  })
}

export function useCancelVisitorPermit() {
  const submit = useSubmit(useSignedInPersonId() ?? '')
  const submission = useSubmissionKey('cancel-visitor-permit')
  const refresh = useRefreshVisitorPermits()
  return useMutation({
    mutationFn: async (permit: { reference: string; vehicleRegistration: string }) =>
      outcomeAsResult<ResponseOf<'cancelVisitorPermit'>>(await submit('cancel-visitor-permit', permit, submission.keyFor(permit))),
    onSuccess: (result) => {
      if (!result.ok) return
      submission.succeeded()
      refresh()
    },
  })
}
