import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query'
import type { DirectDebitMandate, NewDirectDebit } from '#src/gateway/contract/direct-debit'
import { outcomeAsResult } from '#src/outbox/submit'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { useSubmit } from '#src/outbox/use-outbox'
import { accountSummaryKey } from '#src/session/account-queries'
import { useSignedInPersonId } from '#src/session/session-queries'

/** Which account a Direct Debit pays: its outbox kinds, and the queries that change when it does. */
export interface DirectDebitAccount {
  setUpKind: 'rent-direct-debit' | 'council-tax-direct-debit'
  cancelKind: 'cancel-rent-direct-debit' | 'cancel-council-tax-direct-debit'
  mandateKey: QueryKey
  accountKey: QueryKey
}

function useRememberMandate(account: DirectDebitAccount) {
  const queryClient = useQueryClient()
  return (mandate: DirectDebitMandate) => {
    queryClient.setQueryData(account.mandateKey, mandate.status === 'active' ? mandate : null)
    void queryClient.invalidateQueries({ queryKey: account.mandateKey })
    void queryClient.invalidateQueries({ queryKey: account.accountKey })
    void queryClient.invalidateQueries({ queryKey: accountSummaryKey })
  }
}

/**
 * Sent now or not at all: bank details never wait on the device. The key names the instruction by an id the journey
 * makes for it, never by a fingerprint of the bank details, which could be worked back from.
 */
export function useSetUpDirectDebit(account: DirectDebitAccount) {
  const submit = useSubmit(useSignedInPersonId() ?? '')
  const submission = useSubmissionKey(account.setUpKind)
  const remember = useRememberMandate(account)
  return useMutation({
    mutationFn: async ({ body, instructionId }: { body: NewDirectDebit; instructionId: string }) =>
      outcomeAsResult<DirectDebitMandate>(await submit(account.setUpKind, { body }, submission.keyFor({ instructionId }))),
    onSuccess: (result) => {
      if (!result.ok) return
      submission.succeeded()
      remember(result.data)
    },
  })
}
export type SettingUpDirectDebit = ReturnType<typeof useSetUpDirectDebit>

/** Kept in the outbox and sent later like other changes: a cancellation holds nothing private. */
export function useCancelDirectDebit(account: DirectDebitAccount) {
  const submit = useSubmit(useSignedInPersonId() ?? '')
  const submission = useSubmissionKey(account.cancelKind)
  const remember = useRememberMandate(account)
  return useMutation({
    mutationFn: async (reference: string) => {
      const payload = { reference }
      return outcomeAsResult<DirectDebitMandate>(await submit(account.cancelKind, payload, submission.keyFor(payload)))
    },
    onSuccess: (result) => {
      if (!result.ok) return
      submission.succeeded()
      remember(result.data)
    },
  })
}
export type CancellingDirectDebit = ReturnType<typeof useCancelDirectDebit>
