import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { DirectDebitMandate, NewDirectDebit } from '#src/gateway/contract/direct-debit'
import { outcomeAsResult } from '#src/outbox/submit'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { useSubmit } from '#src/outbox/use-outbox'
import { accountSummaryKey } from '#src/session/account-queries'
import { useSignedInPersonId } from '#src/session/session-queries'
import { rentAccountKey, rentDirectDebitKey } from './housing-queries'

function useRememberMandate() {
  const queryClient = useQueryClient()
  return (mandate: DirectDebitMandate) => {
    queryClient.setQueryData(rentDirectDebitKey, mandate.status === 'active' ? mandate : null)
    void queryClient.invalidateQueries({ queryKey: rentDirectDebitKey })
    void queryClient.invalidateQueries({ queryKey: rentAccountKey })
    void queryClient.invalidateQueries({ queryKey: accountSummaryKey })
  }
}

/**
 * Sent now or not at all: bank details never wait on the device. The key names the instruction by an id the journey
 * makes for it, never by a fingerprint of the bank details, which could be worked back from.
 */
export function useSetUpRentDirectDebit() {
  const submit = useSubmit(useSignedInPersonId() ?? '')
  const submission = useSubmissionKey('rent-direct-debit')
  const remember = useRememberMandate()
  return useMutation({
    mutationFn: async ({ body, instructionId }: { body: NewDirectDebit; instructionId: string }) =>
      outcomeAsResult<DirectDebitMandate>(await submit('rent-direct-debit', { body }, submission.keyFor({ instructionId }))),
    onSuccess: (result) => {
      if (!result.ok) return
      submission.succeeded()
      remember(result.data)
    },
  })
}

/** Kept in the outbox and sent later like other changes: a cancellation holds nothing private. */
export function useCancelRentDirectDebit() {
  const submit = useSubmit(useSignedInPersonId() ?? '')
  const submission = useSubmissionKey('cancel-rent-direct-debit')
  const remember = useRememberMandate()
  return useMutation({
    mutationFn: async (reference: string) => {
      const payload = { reference }
      return outcomeAsResult<DirectDebitMandate>(await submit('cancel-rent-direct-debit', payload, submission.keyFor(payload)))
    },
    onSuccess: (result) => {
      if (!result.ok) return
      submission.succeeded()
      remember(result.data)
    },
  })
}
