import { http, HttpResponse, type HttpHandler } from 'msw'
import { z } from 'zod'
import { requestStatus } from '#src/gateway/contract/service-requests'
import { createOpenApiDocument } from '#src/gateway/openapi'
import { toMswPath, type GatewayOptions } from '../gateway-route'
import type { ReferenceCouncil } from '../reference-council'
import { sendDueReminders } from '../reminders'
import { changeRequestStatus } from './service-requests'

const count = z.int().min(0).max(10_000)

const faultsChange = z
  .strictObject({
    errorRate: z.number().min(0).max(1),
    errorStatus: z.union([z.literal(500), z.literal(502), z.literal(503)]),
    extraLatencyMs: z.int().min(0).max(60_000),
    dropAfterActing: count,
    garbage: count,
    malformed: count,
    unanswered: count,
    tooManyRequests: count,
    retryAfterSeconds: z.int().min(0).max(3600),
    path: z.string().startsWith('/').max(200).nullable(),
  })
  .partial()

const statusChange = z.strictObject({ status: requestStatus, note: z.string().max(500).nullable().default(null) })

const problem = (title: string, status: number) =>
  HttpResponse.json({ title, status }, { status, headers: { 'Content-Type': 'application/problem+json' } })

/**
 * The published contract, and the controls tests use to make the reference gateway misbehave.
 * A council's real gateway serves the first and never the rest; neither does this one unless told to.
 */
export function referenceControlHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  const path = (suffix: string) => toMswPath(options.basePath, suffix)
  const contract = http.get(path('/openapi.json'), () => HttpResponse.json(createOpenApiDocument(options.basePath)))
  if (!options.referenceControls) return [contract]
  return [
    contract,
    http.post(path('/__reference/faults'), async ({ request }) => {
      const change = faultsChange.safeParse(await request.json().catch(() => null))
      if (!change.success) return problem('Not a fault setting', 400)
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
    http.get(path('/__reference/audit'), () => HttpResponse.json(council.state.audit)),
    // Everything sent, oldest first, with whom it was for; the reminders due by now have gone too.
    http.get(path('/__reference/notifications'), () => {
      sendDueReminders(council)
      return HttpResponse.json(council.state.notifications)
    }),
    // The council's back office moving a report on, whoever made it.
    http.post(path('/__reference/requests/{reference}/status'), async ({ request, params }) => {
      const change = statusChange.safeParse(await request.json().catch(() => null))
      if (!change.success) return problem('Not a status change', 400)
      const changed = changeRequestStatus(council, params.reference ?? '', change.data.status, change.data.note)
      return changed ? HttpResponse.json(changed) : problem('There is no such report', 404)
    }),
  ]
}
