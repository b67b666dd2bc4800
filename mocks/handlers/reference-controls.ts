import { http, HttpResponse, type HttpHandler } from 'msw'
import { z } from 'zod'
import { createOpenApiDocument } from '#src/gateway/openapi'
import { toMswPath, type GatewayOptions } from '../gateway-route'
import type { ReferenceCouncil } from '../reference-council'

const faultsChange = z.object({
  errorRate: z.number().min(0).max(1).optional(),
  extraLatencyMs: z.int().min(0).max(60_000).optional(),
  dropAfterActing: z.int().min(0).optional(),
  garbage: z.int().min(0).optional(),
})

/**
 * The published contract, and the controls tests use to make the reference gateway misbehave.
 * A council's real gateway serves the first and never the rest.
 */
export function referenceControlHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  const path = (suffix: string) => toMswPath(options.basePath, suffix)
  return [
    http.get(path('/openapi.json'), () => HttpResponse.json(createOpenApiDocument(options.basePath))),
    http.post(path('/__reference/faults'), async ({ request }) => {
      const change = faultsChange.safeParse(await request.json().catch(() => null))
      if (!change.success) return HttpResponse.json({ title: 'Not a fault setting', status: 400 }, { status: 400 })
      Object.assign(council.state.faults, change.data)
      return HttpResponse.json(council.state.faults)
    }),
    http.post(path('/__reference/expire-sessions'), () => {
      council.expireAllSessions()
      return HttpResponse.json({ expired: true })
    }),
    http.post(path('/__reference/reset'), () => {
      council.reset()
      return HttpResponse.json({ reset: true })
    }),
    http.get(path('/__reference/applied'), () => HttpResponse.json(Object.fromEntries(council.state.applied))),
    http.get(path('/__reference/feedback'), () => HttpResponse.json(council.state.feedback)),
  ]
}
