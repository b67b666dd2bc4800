import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { GatewayClient } from '#src/gateway/client'
import type { ServiceRequest } from '#src/gateway/contract/service-requests'
import type { BodyOf } from '#src/gateway/endpoints'
import { unwrap } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'
import { accountSummaryKey, myRequestKey, myRequestsKey } from '#src/session/account-queries'
import { useSignedInPersonId } from '#src/session/session-queries'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { outcomeAsResult } from '#src/outbox/submit'
import { useSubmit } from '#src/outbox/use-outbox'

export type NewComment = BodyOf<'commentOnRequest'>
export type ReopenReason = BodyOf<'reopenRequest'>

/** One report, with its timeline and comments. */
export const myRequestQuery = (gateway: GatewayClient, reference: string) =>
  queryOptions({
    queryKey: myRequestKey(reference),
    queryFn: async ({ signal }) => unwrap(await gateway.call('getMyRequest', { params: { reference }, signal })),
    meta: { readableOffline: true },
  })

export function useMyRequest(reference: string) {
  return useQuery(myRequestQuery(useGateway(), reference))
}

function rememberChangedRequest(queryClient: QueryClient, request: ServiceRequest) {
  queryClient.setQueryData(myRequestKey(request.reference), request)
  // Only the list itself: the report's own query already holds the gateway's answer.
  void queryClient.invalidateQueries({ queryKey: myRequestsKey, exact: true })
  void queryClient.invalidateQueries({ queryKey: accountSummaryKey })
}

/** Submissions go through the outbox, so one made offline is kept and sent, once, later. */
function useSubmitForPerson() {
  return useSubmit(useSignedInPersonId() ?? '')
}

export function useCommentOnRequest(reference: string) {
  const submit = useSubmitForPerson()
  const queryClient = useQueryClient()
  const submission = useSubmissionKey('comment')
  return useMutation({
    mutationFn: async (comment: NewComment) => {
      const payload = { reference, body: comment }
      return outcomeAsResult<ServiceRequest>(await submit('comment', payload, submission.keyFor(payload)))
    },
    onSuccess: (result) => {
      if (!result.ok) return
      submission.succeeded()
      rememberChangedRequest(queryClient, result.data)
    },
  })
}

export function useReopenRequest(reference: string) {
  const submit = useSubmitForPerson()
  const queryClient = useQueryClient()
  const submission = useSubmissionKey('reopen')
  return useMutation({
    mutationFn: async (reopen: ReopenReason) => {
      const payload = { reference, body: reopen }
      return outcomeAsResult<ServiceRequest>(await submit('reopen', payload, submission.keyFor(payload)))
    },
    onSuccess: (result) => {
      if (!result.ok) return
      submission.succeeded()
      rememberChangedRequest(queryClient, result.data)
    },
  })
}
