import { useMutation } from '@tanstack/react-query'
import type { Feedback } from '#src/gateway/contract/account'
import { useGateway } from '#src/gateway/gateway-context'
import { useSubmissionKey } from '#src/outbox/submission-key'

/** One Idempotency-Key per piece of feedback, kept across retries, so a double press sends it once. */
export function useSendFeedback() {
  const gateway = useGateway()
  const submission = useSubmissionKey('feedback')
  const mutation = useMutation({
    mutationFn: (feedback: Feedback) => gateway.call('sendFeedback', { body: feedback, idempotencyKey: submission.keyFor(feedback) }),
    onSuccess: (result) => {
      if (result.ok) submission.succeeded()
    },
  })
  return mutation
}

export const satisfactionLevels = ['very_satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very_dissatisfied'] as const
