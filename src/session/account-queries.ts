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
 * The reports the person made or follows, and each of them. The list is here, as several features show it (the
 * reports pages, a tenant's repairs), and reporting a problem, booking a repair and the outbox change it.
 */
export const myRequestsKey = ['requests'] as const
export const myRequestKey = (reference: string) => [...myRequestsKey, reference] as const

export const myRequestsQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: myRequestsKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('listMyRequests', { signal })).requests,
    meta: { readableOffline: true },
  })

export function useMyRequests() {
  return useQuery(myRequestsQuery(useGateway()))
}

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
 * The person's bookings, and each of them; readable offline, as a resident checks a time on the way there. The list is
 * here, as several features show it (your bookings, a tenant's repairs), and booking, paying and the outbox change it.
 */
export const myBookingsKey = ['bookings'] as const
export const myBookingKey = (reference: string) => [...myBookingsKey, reference] as const

export const myBookingsQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: myBookingsKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('listMyBookings', { signal })).bookings,
    meta: { readableOffline: true },
  })

export function useMyBookings() {
  return useQuery(myBookingsQuery(useGateway()))
}

/**
 * The council tax and benefits letters sent to the person, newest first; readable offline. The list is here, as
 * the letters pages and a benefit claim's page both show it.
 */
export const myLettersKey = ['letters'] as const
export const myLetterKey = (id: string) => [...myLettersKey, id] as const

export const myLettersQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: myLettersKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('listMyLetters', { signal })).letters,
    meta: { readableOffline: true },
  })

export function useMyLetters() {
  return useQuery(myLettersQuery(useGateway()))
}

/** Every permit in brief, for the parking page; refreshed by any permit sent. Readable offline, as people check a permit at the kerb. */
export const parkingPermitsKey = ['parking-permits'] as const

export const parkingPermitsQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: parkingPermitsKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('listParkingPermits', { signal })).permits,
    meta: { readableOffline: true },
  })

export function useParkingPermits() {
  return useQuery(parkingPermitsQuery(useGateway()))
}
