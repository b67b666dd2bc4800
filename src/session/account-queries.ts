import { queryOptions, useQuery } from '@tanstack/react-query'
import type { GatewayClient } from '#src/gateway/client'
import { unwrap } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'

/** What the home page shows of the person's account; a payment, a report or a booking changes it. */
export const accountSummaryKey = ['account-summary'] as const

export const accountSummaryQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: accountSummaryKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('getAccountSummary', { signal })),
    meta: { readableOffline: true },
  })

export function useAccountSummary() {
  return useQuery(accountSummaryQuery(useGateway()))
}

/**
 * The reports the person made or follows, and each of them. Their queries are in src/features/my-requests; the keys
 * are here because reporting a problem, booking a repair and the outbox change those reports too.
 */
export const myRequestsKey = ['requests'] as const
export const myRequestKey = (reference: string) => [...myRequestsKey, reference] as const

/** Everything the person owes. Paying changes it, and so does booking or letting go of a collection that needs paying for. */
export const amountsOwedKey = ['owed'] as const

export const amountsOwedQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: amountsOwedKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('listAmountsOwed', { signal })).owed,
  })

export function useAmountsOwed() {
  return useQuery(amountsOwedQuery(useGateway()))
}

/**
 * The person's bookings, and each of them. Their queries are in src/features/bookings; the keys are here because
 * booking, paying and the outbox change them too.
 */
export const myBookingsKey = ['bookings'] as const
export const myBookingKey = (reference: string) => [...myBookingsKey, reference] as const
