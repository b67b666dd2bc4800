import { queryOptions, useQuery } from '@tanstack/react-query'
import type { GatewayClient } from '#src/gateway/client'
import { unwrap } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'
import type { Payment } from '#src/gateway/contract/payments'

export const amountsOwedKey = ['owed'] as const

export const amountsOwedQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: amountsOwedKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('listAmountsOwed', { signal })).owed,
  })

export function useAmountsOwed() {
  return useQuery(amountsOwedQuery(useGateway()))
}

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

interface PaymentInProgress {
  key: string
  amount: number
  paymentId: string | null
}

const storageKey = (owedId: string) => `my-account.payment.${owedId}`

/**
 * The payment under way for one thing owed, kept for this tab: a second press, a refresh or the
 * back button then reuse the same Idempotency-Key and payment rather than start another.
 */
export const paymentInProgress = {
  get(owedId: string): PaymentInProgress | null {
    try {
      return JSON.parse(sessionStorage.getItem(storageKey(owedId)) ?? 'null') as PaymentInProgress | null
    } catch {
      return null
    }
  },
  keyFor(owedId: string, amount: number): string {
    const current = paymentInProgress.get(owedId)
    if (current && current.amount === amount) return current.key
    const fresh = { key: crypto.randomUUID(), amount, paymentId: null }
    sessionStorage.setItem(storageKey(owedId), JSON.stringify(fresh))
    return fresh.key
  },
  started(owedId: string, paymentId: string) {
    const current = paymentInProgress.get(owedId)
    if (current) sessionStorage.setItem(storageKey(owedId), JSON.stringify({ ...current, paymentId }))
  },
  finished(owedId: string) {
    sessionStorage.removeItem(storageKey(owedId))
  },
}
