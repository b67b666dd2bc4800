import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { CATALOGUE_LIST, keepCatalogueAnswer, keptCatalogueAnswer } from '#src/device/catalogue-store'
import type { GatewayClient } from '#src/gateway/client'
import { serviceDefinition, serviceList, type ProblemLocation } from '#src/gateway/contract/service-requests'
import { GatewayError, unwrap, type GatewayResult } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'
import { isOfflineFailure } from '#src/ui/offline-notice'

const catalogueStaleAfterMs = 60 * 60 * 1000

/**
 * The gateway's answer, kept on the device for next time; or, with no signal, what was kept last time in this
 * language. What was kept is checked against the contract again, as it may be from an older version of the app.
 */
async function fromGatewayOrDevice<T>(
  ask: () => Promise<GatewayResult<T>>,
  schema: z.ZodType<T>,
  language: string,
  name: string,
): Promise<T> {
  const result = await ask()
  if (result.ok) {
    // Not being able to keep it only means it cannot be used offline.
    await keepCatalogueAnswer(language, name, result.data).catch((error: unknown) =>
      console.warn('Could not keep the catalogue for offline use', error),
    )
    return result.data
  }
  if (isOfflineFailure(result.failure)) {
    const kept = await keptCatalogueAnswer(language, name).catch(() => null)
    const parsed = kept ? schema.safeParse(kept.data) : null
    if (parsed?.success) return parsed.data
  }
  throw new GatewayError(result.failure)
}

export const catalogueKey = (language: string) => ['services', language] as const
export const serviceDefinitionKey = (language: string, serviceCode: string) => [...catalogueKey(language), serviceCode] as const

export const catalogueQuery = (gateway: GatewayClient, language: string) =>
  queryOptions({
    queryKey: catalogueKey(language),
    queryFn: async ({ signal }) =>
      (await fromGatewayOrDevice(() => gateway.call('listServices', { signal }), serviceList, language, CATALOGUE_LIST)).services,
    staleTime: catalogueStaleAfterMs,
  })

export const serviceDefinitionQuery = (gateway: GatewayClient, language: string, serviceCode: string) =>
  queryOptions({
    queryKey: serviceDefinitionKey(language, serviceCode),
    queryFn: ({ signal }) =>
      fromGatewayOrDevice(
        () => gateway.call('getServiceDefinition', { params: { serviceCode }, signal }),
        serviceDefinition,
        language,
        serviceCode,
      ),
    staleTime: catalogueStaleAfterMs,
  })

export function useCatalogue() {
  const { i18n } = useTranslation()
  return useQuery(catalogueQuery(useGateway(), i18n.language))
}

export function useServiceDefinition(serviceCode: string | null) {
  const { i18n } = useTranslation()
  return useQuery({ ...serviceDefinitionQuery(useGateway(), i18n.language, serviceCode ?? ''), enabled: serviceCode !== null })
}

/** Kept long enough ago to ask the gateway again; the catalogue changes rarely. */
async function keptLongAgo(language: string, name: string) {
  const kept = await keptCatalogueAnswer(language, name)
  return !kept || Date.now() - kept.savedAt > 24 * 60 * 60 * 1000
}

/**
 * Makes sure the device holds the catalogue and the questions of every service this person can report, so the
 * whole of a report can be made later with no signal. Asks for the list, then only for the questions missing or a
 * day old, and quietly stops when the gateway cannot be reached.
 */
export async function keepCatalogueForOffline(
  queryClient: QueryClient,
  gateway: GatewayClient,
  language: string,
  { tenant }: { tenant: boolean },
): Promise<boolean> {
  try {
    const services = await queryClient.fetchQuery(catalogueQuery(gateway, language))
    for (const service of services) {
      if (service.tenantsOnly && !tenant) continue
      if (!(await keptLongAgo(language, service.serviceCode))) continue
      await queryClient.fetchQuery(serviceDefinitionQuery(gateway, language, service.serviceCode))
    }
    return true
  } catch {
    // Nothing lost: the next start with a signal tries again.
    return false
  }
}

export const nearbyRequestsKey = (serviceCode: string | null, location: ProblemLocation | null) =>
  ['nearby', serviceCode, location] as const

/** Open reports of the same problem near the place given; there is nowhere to look near a place only described. */
export const nearbyRequestsQuery = (gateway: GatewayClient, serviceCode: string | null, location: ProblemLocation | null) =>
  queryOptions({
    queryKey: nearbyRequestsKey(serviceCode, location),
    queryFn: async ({ signal }) =>
      unwrap(
        await gateway.call('findNearbyRequests', {
          body: { serviceCode: serviceCode ?? '', location: location ?? { kind: 'described', description: '-' } },
          signal,
        }),
      ).requests,
    enabled: serviceCode !== null && location !== null && location.kind !== 'described',
  })

export function useNearbyRequests(serviceCode: string | null, location: ProblemLocation | null) {
  return useQuery(nearbyRequestsQuery(useGateway(), serviceCode, location))
}

export const repairSlotsKey = ['slots', 'housing_repair'] as const

/** The times a repair visit can be booked. */
export const repairSlotsQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: repairSlotsKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('listSlots', { params: { kind: 'housing_repair' }, signal })).slots,
  })

export function useRepairSlots() {
  return useQuery(repairSlotsQuery(useGateway()))
}
