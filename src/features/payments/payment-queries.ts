import { queryOptions, useQuery } from '@tanstack/react-query'
import type { GatewayClient } from '#src/gateway/client'
import { rememberWhatSubmissionStarted, whatSubmissionStarted } from '#src/device/submission-keys'
import { submissionKey } from '#src/outbox/submission-key'
import { unwrap } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'
import type { Payment } from '#src/gateway/contract/payments'

export { amountsOwedKey, amountsOwedQuery, useAmountsOwed } from '#src/session/account-queries'

export const paymentHistoryKey = ['payments'] as const
export const paymentKey = (paymentId: string | null) => [...paymentHistoryKey, paymentId] as const

export const paymentHistoryQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: paymentHistoryKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('listMyPayments', { signal })).payments,
  })

export function usePaymentHistory() {
  return useQuery(paymentHistoryQuery(useGateway()))
}

const stillGoing = new Set<Payment['state']>(['created', 'started', 'submitted'])

/** A payment's state from the gateway. While the bank has not answered, it asks again every two seconds. */
export const paymentQuery = (gateway: GatewayClient, paymentId: string | null, options: { checkEveryMs?: number } = {}) =>
  queryOptions({
    queryKey: paymentKey(paymentId),
    queryFn: async ({ signal }) => unwrap(await gateway.call('getPayment', { params: { paymentId: paymentId ?? '' }, signal })),
    enabled: paymentId !== null,
    refetchInterval: (query) => (query.state.data?.state === 'submitted' ? (options.checkEveryMs ?? 2000) : false),
    staleTime: 0,
  })

export function usePayment(paymentId: string | null, options: { checkEveryMs?: number } = {}) {
  return useQuery(paymentQuery(useGateway(), paymentId, options))
}

/** What a link from the contact centre lets someone pay, without signing in. */
export const paymentLinkKey = (token: string) => ['payment-link', token] as const
export const linkPaymentKey = (token: string, paymentId: string) => [...paymentLinkKey(token), paymentId] as const

export const paymentLinkQuery = (gateway: GatewayClient, token: string) =>
  queryOptions({
    queryKey: paymentLinkKey(token),
    queryFn: async ({ signal }) => unwrap(await gateway.call('getPaymentLink', { params: { token }, signal })),
  })

export function usePaymentLink(token: string) {
  return useQuery(paymentLinkQuery(useGateway(), token))
}

/** A payment made through a link; while the bank has not answered, it asks again every two seconds. */
export const linkPaymentQuery = (gateway: GatewayClient, token: string, paymentId: string) =>
  queryOptions({
    queryKey: linkPaymentKey(token, paymentId),
    queryFn: async ({ signal }) => unwrap(await gateway.call('getLinkPayment', { params: { token, paymentId }, signal })),
    refetchInterval: (query) => (query.state.data?.state === 'submitted' ? 2000 : false),
  })

export function useLinkPayment(token: string, paymentId: string) {
  return useQuery(linkPaymentQuery(useGateway(), token, paymentId))
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
