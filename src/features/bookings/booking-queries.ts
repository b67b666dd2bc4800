import { queryOptions, useQuery } from '@tanstack/react-query'
import type { GatewayClient } from '#src/gateway/client'
import type { Slot } from '#src/gateway/contract/bookings'
import { unwrap } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'
import { myBookingKey, myBookingsKey } from '#src/session/account-queries'

/** What can be booked: bulky items and prices, places, what an appointment can be about. The council's, not the person's. */
export const bookingOptionsKey = ['booking-options'] as const

export const bookingOptionsQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: bookingOptionsKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('getBookingOptions', { signal })),
    staleTime: 10 * 60 * 1000,
  })

export function useBookingOptions() {
  return useQuery(bookingOptionsQuery(useGateway()))
}

/** Every list of free times; refreshed whenever a booking, a move or a lost slot changes what is free. */
export const allSlotsKey = ['slots'] as const
export const slotsKey = (kind: Slot['kind']) => [...allSlotsKey, kind] as const
export const placeSlotsKey = (placeId: string) => [...allSlotsKey, 'face_to_face', placeId] as const

export const slotsQuery = (gateway: GatewayClient, kind: Slot['kind']) =>
  queryOptions({
    queryKey: slotsKey(kind),
    queryFn: async ({ signal }) => unwrap(await gateway.call('listSlots', { params: { kind }, signal })).slots,
  })

export function useSlots(kind: Slot['kind']) {
  return useQuery(slotsQuery(useGateway(), kind))
}

export const placeSlotsQuery = (gateway: GatewayClient, placeId: string | null) =>
  queryOptions({
    queryKey: placeSlotsKey(placeId ?? ''),
    queryFn: async ({ signal }) => unwrap(await gateway.call('listPlaceSlots', { params: { placeId: placeId ?? '' }, signal })).slots,
    enabled: placeId !== null,
  })

export function usePlaceSlots(placeId: string | null) {
  return useQuery(placeSlotsQuery(useGateway(), placeId))
}

/** Each of the person's own bookings: readable offline, as a resident checks a time on the way there. */
export { myBookingKey, myBookingsKey }

export const myBookingQuery = (gateway: GatewayClient, reference: string) =>
  queryOptions({
    queryKey: myBookingKey(reference),
    queryFn: async ({ signal }) => unwrap(await gateway.call('getBooking', { params: { reference }, signal })),
    meta: { readableOffline: true },
  })

export function useMyBooking(reference: string) {
  return useQuery(myBookingQuery(useGateway(), reference))
}
