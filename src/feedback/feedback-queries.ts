import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import type { Feedback } from '#src/gateway/contract/account'
import { useGateway } from '#src/gateway/gateway-context'

/** One Idempotency-Key per piece of feedback, kept across retries, so a double press sends it once. */
export function useSendFeedback() {
  const gateway = useGateway()
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID())
  const mutation = useMutation({
    mutationFn: (feedback: Feedback) => gateway.call('sendFeedback', { body: feedback, idempotencyKey }),
    onSuccess: (result) => {
      if (result.ok) setIdempotencyKey(crypto.randomUUID())
    },
  })
  return mutation
}

export const satisfactionLevels = ['very_satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very_dissatisfied'] as const
