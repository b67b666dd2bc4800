import { queryOptions, useQuery } from '@tanstack/react-query'
import type { GatewayClient } from '#src/gateway/client'
import { unwrap } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'

/** The tenancy, the rent account and the Direct Debit: readable offline, as a tenant checks what they owe anywhere. */
export const housingKey = ['housing'] as const
export const tenancyKey = [...housingKey, 'tenancy'] as const
export const rentAccountKey = [...housingKey, 'rent-account'] as const
export const rentDirectDebitKey = [...housingKey, 'direct-debit'] as const

export const tenancyQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: tenancyKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('getTenancy', { signal })),
    meta: { readableOffline: true },
  })

export function useTenancy() {
  return useQuery(tenancyQuery(useGateway()))
}

export const rentAccountQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: rentAccountKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('getRentAccount', { signal })),
    meta: { readableOffline: true },
  })

export function useRentAccount() {
  return useQuery(rentAccountQuery(useGateway()))
}

export const rentDirectDebitQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: rentDirectDebitKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('getRentDirectDebit', { signal })).mandate,
    meta: { readableOffline: true },
  })

export function useRentDirectDebit() {
  return useQuery(rentDirectDebitQuery(useGateway()))
}
