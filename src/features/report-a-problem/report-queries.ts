import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ProblemLocation } from '#src/gateway/contract/service-requests'
import { unwrap } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'

export function useCatalogue() {
  const gateway = useGateway()
  return useQuery(
    queryOptions({
      queryKey: ['services'],
      queryFn: async ({ signal }) => unwrap(await gateway.call('listServices', { signal })).services,
      staleTime: 60 * 60 * 1000,
    }),
  )
}

export function useServiceDefinition(serviceCode: string | null) {
  const gateway = useGateway()
  return useQuery({
    queryKey: ['services', serviceCode],
    queryFn: async ({ signal }) => unwrap(await gateway.call('getServiceDefinition', { params: { serviceCode: serviceCode ?? '' }, signal })),
    enabled: serviceCode !== null,
    staleTime: 60 * 60 * 1000,
  })
}

export function useNearbyRequests(serviceCode: string | null, location: ProblemLocation | null) {
  const gateway = useGateway()
  return useQuery({
    queryKey: ['nearby', serviceCode, location],
    queryFn: async ({ signal }) =>
      unwrap(await gateway.call('findNearbyRequests', { body: { serviceCode: serviceCode ?? '', location: location ?? { kind: 'described', description: '-' } }, signal })).requests,
    enabled: serviceCode !== null && location !== null && location.kind !== 'described',
  })
}
