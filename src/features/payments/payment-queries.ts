import { useQuery } from '@tanstack/react-query'
import { rememberWhatSubmissionStarted, whatSubmissionStarted } from '#src/device/submission-keys'
import { submissionKey } from '#src/outbox/submission-key'
import { unwrap } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'
import type { Payment } from '#src/gateway/contract/payments'

export function useAmountsOwed() {
  const gateway = useGateway()
  return useQuery({ queryKey: ['owed'], queryFn: async ({ signal }) => unwrap(await gateway.call('listAmountsOwed', { signal })).owed })
}

export function usePaymentHistory() {
  const gateway = useGateway()
  return useQuery({
    queryKey: ['payments'],
    queryFn: async ({ signal }) => unwrap(await gateway.call('listMyPayments', { signal })).payments,
  })
}

const stillGoing = new Set<Payment['state']>(['created', 'started', 'submitted'])

/** A payment's state from the gateway. While the bank has not answered, it asks again every two seconds. */
export function usePayment(paymentId: string | null, options: { checkEveryMs?: number } = {}) {
  const gateway = useGateway()
  return useQuery({
    queryKey: ['payments', paymentId],
    queryFn: async ({ signal }) => unwrap(await gateway.call('getPayment', { params: { paymentId: paymentId ?? '' }, signal })),
    enabled: paymentId !== null,
    refetchInterval: (query) => (query.state.data?.state === 'submitted' ? (options.checkEveryMs ?? 2000) : false),
    staleTime: 0,
  })
}

export function isStillGoing(payment: Payment) {
  return stillGoing.has(payment.state)
}

/** Starting a payment is a submission like any other: see useSubmissionKey. */
export const PAYMENT_SUBMISSION = 'payment'

/**
 * The payment this tab started last, kept with its submission: a second press, a refresh or the back button
 * then reuse the same Idempotency-Key and payment rather than start another.
 */
export const paymentInProgress = {
  startedId(): string | null {
    return whatSubmissionStarted(PAYMENT_SUBMISSION)
  },
  started(paymentId: string) {
    rememberWhatSubmissionStarted(PAYMENT_SUBMISSION, paymentId)
  },
  /** Paid, or not, for good: paying again is another submission. A payment started since, for something else, stays. */
  finished(paymentId: string) {
    const started = paymentInProgress.startedId()
    if (started === null || started === paymentId) submissionKey(PAYMENT_SUBMISSION).succeeded()
  },
}
