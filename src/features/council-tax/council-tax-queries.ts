import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCancelDirectDebit, useSetUpDirectDebit, type DirectDebitAccount } from '#src/direct-debit/direct-debit-queries'
import type { SinglePersonDiscountApplication, SinglePersonDiscountClaim } from '#src/gateway/contract/council-tax'
import type { GatewayClient } from '#src/gateway/client'
import { unwrap } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'
import { outcomeAsResult } from '#src/outbox/submit'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { useSubmit } from '#src/outbox/use-outbox'
import { accountSummaryKey } from '#src/session/account-queries'
import { useSignedInPersonId } from '#src/session/session-queries'

/** The account and its Direct Debit: readable offline, as a resident checks what they owe anywhere. */
export const councilTaxKey = ['council-tax'] as const
export const councilTaxAccountKey = [...councilTaxKey, 'account'] as const
export const councilTaxDirectDebitKey = [...councilTaxKey, 'direct-debit'] as const

export const councilTaxAccountQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: councilTaxAccountKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('getCouncilTaxAccount', { signal })),
    meta: { readableOffline: true },
  })

export function useCouncilTaxAccount() {
  return useQuery(councilTaxAccountQuery(useGateway()))
}

export const councilTaxDirectDebitQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: councilTaxDirectDebitKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('getCouncilTaxDirectDebit', { signal })).mandate,
    meta: { readableOffline: true },
  })

export function useCouncilTaxDirectDebit() {
  return useQuery(councilTaxDirectDebitQuery(useGateway()))
}

const councilTax: DirectDebitAccount = {
  setUpKind: 'council-tax-direct-debit',
  cancelKind: 'cancel-council-tax-direct-debit',
  mandateKey: councilTaxDirectDebitKey,
  accountKey: councilTaxAccountKey,
}

export const useSetUpCouncilTaxDirectDebit = () => useSetUpDirectDebit(councilTax)
export const useCancelCouncilTaxDirectDebit = () => useCancelDirectDebit(councilTax)

/** Kept in the outbox and sent when there is a signal: the application holds only a date. */
export function useApplyForSinglePersonDiscount() {
  const submit = useSubmit(useSignedInPersonId() ?? '')
  const submission = useSubmissionKey('single-person-discount')
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (body: SinglePersonDiscountClaim) =>
      outcomeAsResult<SinglePersonDiscountApplication>(await submit('single-person-discount', { body }, submission.keyFor(body))),
    onSuccess: (result) => {
      if (!result.ok) return
      submission.succeeded()
      void queryClient.invalidateQueries({ queryKey: councilTaxAccountKey })
      void queryClient.invalidateQueries({ queryKey: accountSummaryKey })
    },
  })
}
