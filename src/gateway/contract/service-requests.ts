import { z } from 'zod'
import { isoDate, isoDateTime } from './common'

/** Shaped like Open311 GeoReport v2, so a council's Open311 endpoint maps onto it directly. */
export const service = z
  .object({
    serviceCode: z.string(),
    name: z.string(),
    description: z.string(),
    group: z.string(),
    keywords: z.array(z.string()),
    hasQuestions: z.boolean(),
    tenantsOnly: z.boolean(),
  })
  .meta({ id: 'Service' })
export type Service = z.infer<typeof service>

export const attributeDatatype = z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'])

export const serviceAttribute = z
  .object({
    code: z.string(),
    datatype: attributeDatatype,
    required: z.boolean(),
    order: z.int(),
    question: z.string(),
    description: z.string(),
    values: z.array(z.object({ key: z.string(), name: z.string() })),
  })
  .meta({ id: 'ServiceAttribute' })
export type ServiceAttribute = z.infer<typeof serviceAttribute>

export const serviceDefinition = z
  .object({ serviceCode: z.string(), attributes: z.array(serviceAttribute) })
  .meta({ id: 'ServiceDefinition' })

export const requestStatus = z.enum(['received', 'in_progress', 'scheduled', 'fixed', 'closed_not_fixed', 'referred'])

export const serviceRequest = z
  .object({
    reference: z.string(),
    serviceCode: z.string(),
    serviceName: z.string(),
    status: requestStatus,
    open: z.boolean(),
    location: z.string(),
    submittedAt: isoDateTime,
    expectedBy: isoDate.nullable(),
    timeline: z.array(
      z.object({ status: requestStatus, at: isoDateTime, note: z.string().nullable() }),
    ),
  })
  .meta({ id: 'ServiceRequest' })
export type ServiceRequest = z.infer<typeof serviceRequest>

export const serviceList = z.object({ services: z.array(service) }).meta({ id: 'ServiceList' })
export const serviceRequestList = z.object({ requests: z.array(serviceRequest) }).meta({ id: 'ServiceRequestList' })
