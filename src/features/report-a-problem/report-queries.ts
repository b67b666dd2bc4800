import { queryOptions, useQuery } from '@tanstack/react-query'
import type { GatewayClient } from '#src/gateway/client'
import type { ProblemLocation } from '#src/gateway/contract/service-requests'
import { unwrap, type GatewayResult } from '#src/gateway/errors'
import type { ResponseOf } from '#src/gateway/endpoints'
import { useGateway } from '#src/gateway/gateway-context'
import { toBase64 } from './photos/resize-photo'
import type { ReportDraft } from './report-draft'

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

export type SendProgress = { stage: 'photos'; done: number; total: number } | { stage: 'report' }

/**
 * Sends the photos, then the report, each with the Idempotency-Key kept in the draft, so
 * sending again after any failure repeats nothing the council already has.
 */
export async function sendReport(
  gateway: GatewayClient,
  draft: ReportDraft,
  keepProgress: (draft: ReportDraft) => void,
  onProgress: (progress: SendProgress) => void,
): Promise<GatewayResult<ResponseOf<'reportProblem'>>> {
  let current = draft
  const photos = [...current.photos]
  for (const [index, photo] of photos.entries()) {
    onProgress({ stage: 'photos', done: index, total: photos.length })
    if (photo.photoId) continue
    const uploaded = await gateway.call('uploadPhoto', {
      body: { contentType: 'image/jpeg', dataBase64: await toBase64(photo.blob) },
      idempotencyKey: photo.uploadKey,
    })
    if (!uploaded.ok) return uploaded
    photos[index] = { ...photo, photoId: uploaded.data.photoId }
    current = { ...current, photos: [...photos] }
    keepProgress(current)
  }
  onProgress({ stage: 'report' })
  if (!current.serviceCode || !current.location) return { ok: false, failure: { kind: 'broken-contract', detail: 'The report is not finished' } }
  return gateway.call('reportProblem', {
    body: {
      serviceCode: current.serviceCode,
      answers: current.answers,
      location: current.location,
      details: current.details.trim(),
      photoIds: photos.flatMap((photo) => (photo.photoId ? [photo.photoId] : [])),
    },
    idempotencyKey: current.submitKey,
  })
}
