import { z } from 'zod'
import type { Service, ServiceAttribute, ServiceRequest } from './contract/service-requests'

/**
 * Maps Open311 GeoReport v2 JSON onto the contract, so a council whose back end already
 * speaks Open311 can serve its catalogue and requests through the gateway without reshaping.
 */

const code = z.union([z.string(), z.number()]).transform(String)

const open311Service = z.object({
  service_code: code,
  service_name: z.string(),
  description: z.string().nullish(),
  metadata: z.boolean(),
  type: z.string().nullish(),
  keywords: z.string().nullish(),
  group: z.string().nullish(),
})

const open311Attribute = z.object({
  variable: z.boolean(),
  code: code,
  datatype: z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']),
  required: z.boolean(),
  datatype_description: z.string().nullish(),
  order: z.number(),
  description: z.string(),
  values: z.array(z.object({ key: code, name: z.string() })).nullish(),
})

const open311Definition = z.object({ service_code: code, attributes: z.array(open311Attribute) })

const open311Request = z.object({
  service_request_id: code,
  status: z.enum(['open', 'closed']),
  status_notes: z.string().nullish(),
  service_name: z.string().nullish(),
  service_code: code,
  requested_datetime: z.string(),
  updated_datetime: z.string().nullish(),
  expected_datetime: z.string().nullish(),
  address: z.string().nullish(),
  lat: z.number().nullish(),
  long: z.number().nullish(),
})

export function servicesFromOpen311(json: unknown, tenantsOnlyGroups: string[] = []): Service[] {
  return z
    .array(open311Service)
    .parse(json)
    .map((service) => ({
      serviceCode: service.service_code,
      name: service.service_name,
      description: service.description ?? '',
      group: service.group ?? '',
      keywords: (service.keywords ?? '')
        .split(',')
        .map((keyword) => keyword.trim())
        .filter(Boolean),
      hasQuestions: service.metadata,
      tenantsOnly: tenantsOnlyGroups.includes(service.group ?? ''),
    }))
}

/** Only attributes the resident answers (`variable: true`) become questions. */
export function definitionFromOpen311(json: unknown): { serviceCode: string; attributes: ServiceAttribute[] } {
  const definition = open311Definition.parse(json)
  return {
    serviceCode: definition.service_code,
    attributes: definition.attributes
      .filter((attribute) => attribute.variable)
      .sort((a, b) => a.order - b.order)
      .map((attribute) => ({
        code: attribute.code,
        datatype: attribute.datatype,
        required: attribute.required,
        order: attribute.order,
        question: attribute.description,
        description: attribute.datatype_description ?? '',
        values: (attribute.values ?? []).map((value) => ({ key: value.key, name: value.name })),
      })),
  }
}

function isoOffset(value: string) {
  return new Date(value).toISOString()
}

/** Open311 knows only open and closed; a closed request's notes are the council's last word. */
export function requestFromOpen311(json: unknown): ServiceRequest {
  const request = open311Request.parse(json)
  const submittedAt = isoOffset(request.requested_datetime)
  const timeline: ServiceRequest['timeline'] = [{ status: 'received', at: submittedAt, note: null }]
  if (request.status === 'closed') {
    timeline.push({
      status: 'fixed',
      at: isoOffset(request.updated_datetime ?? request.requested_datetime),
      note: request.status_notes ?? null,
    })
  } else if (request.status_notes) {
    timeline.push({
      status: 'in_progress',
      at: isoOffset(request.updated_datetime ?? request.requested_datetime),
      note: request.status_notes,
    })
  }
  return {
    reference: request.service_request_id,
    serviceCode: request.service_code,
    serviceName: request.service_name ?? request.service_code,
    status: timeline[timeline.length - 1]?.status ?? 'received',
    open: request.status === 'open',
    location: request.address ?? (request.lat != null && request.long != null ? `${request.lat}, ${request.long}` : ''),
    submittedAt,
    expectedBy: request.expected_datetime ? isoOffset(request.expected_datetime).slice(0, 10) : null,
    timeline,
    followed: false,
    reopenUntil: null,
    comments: [],
    photos: 0,
  }
}
