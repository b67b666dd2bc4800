import { useQuery } from '@tanstack/react-query'
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
      // eslint-disable-next-line no-restricted-globals -- the submission-key change replaces this
      return JSON.parse(sessionStorage.getItem(storageKey(owedId)) ?? 'null') as PaymentInProgress | null
    } catch {
      return null
    }
  },
  keyFor(owedId: string, amount: number): string {
    const current = paymentInProgress.get(owedId)
    if (current && current.amount === amount) return current.key
    const fresh = { key: crypto.randomUUID(), amount, paymentId: null }
    // eslint-disable-next-line no-restricted-globals -- the submission-key change replaces this
    sessionStorage.setItem(storageKey(owedId), JSON.stringify(fresh))
    return fresh.key
  },
  started(owedId: string, paymentId: string) {
    const current = paymentInProgress.get(owedId)
    // eslint-disable-next-line no-restricted-globals -- the submission-key change replaces this
    if (current) sessionStorage.setItem(storageKey(owedId), JSON.stringify({ ...current, paymentId }))
  },
  finished(owedId: string) {
    // eslint-disable-next-line no-restricted-globals -- the submission-key change replaces this
    sessionStorage.removeItem(storageKey(owedId))
  },
}
