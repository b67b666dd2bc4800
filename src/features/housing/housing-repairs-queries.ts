import { queryOptions, useQuery } from '@tanstack/react-query'
import type { GatewayClient } from '#src/gateway/client'
import { unwrap } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'
import { myBookingsKey, myRequestsKey } from '#src/session/account-queries'

/**
 * The tenant's reports and bookings, under the same keys as the reports and bookings pages, so each page shares what
 * the other last saw, and reads it offline.
 */
const myRequestsQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: myRequestsKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('listMyRequests', { signal })).requests,
    meta: { readableOffline: true },
  })

const myBookingsQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: myBookingsKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('listMyBookings', { signal })).bookings,
    meta: { readableOffline: true },
  })

export const HOUSING_REPAIR_SERVICE = 'housing-repair'

export function useMyReports() {
  return useQuery(myRequestsQuery(useGateway()))
}

export function useMyBookings() {
  return useQuery(myBookingsQuery(useGateway()))
}
