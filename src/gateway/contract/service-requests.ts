import { madeBy } from './contact-centre'
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

export const requestComment = z
  .object({ at: isoDateTime, by: z.enum(['you', 'council']), text: z.string(), photos: z.int() })
  .meta({ id: 'RequestComment' })

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
    timeline: z.array(z.object({ status: requestStatus, at: isoDateTime, note: z.string().nullable() })),
    /** Made by someone else; the person follows it to hear how it goes. */
    followed: z.boolean(),
    /** A report closed as not fixed can be reopened until this date. */
    reopenUntil: isoDate.nullable(),
    comments: z.array(requestComment),
    photos: z.int(),
    madeBy: madeBy.optional(),
  })
  .meta({ id: 'ServiceRequest' })
export type ServiceRequest = z.infer<typeof serviceRequest>

export const serviceList = z.object({ services: z.array(service) }).meta({ id: 'ServiceList' })
export const serviceRequestList = z.object({ requests: z.array(serviceRequest) }).meta({ id: 'ServiceRequestList' })

/** Where the problem is: a gazetteer address, the device's position, or words. */
export const problemLocation = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('address'), uprn: z.string().regex(/^\d{1,12}$/), text: z.string().max(300) }),
    z.object({
      kind: z.literal('device'),
      latitude: z.number().min(-90).max(90),
      longitude: z.number().min(-180).max(180),
      accuracyMetres: z.number().min(0).max(100_000),
    }),
    z.object({ kind: z.literal('described'), description: z.string().min(1).max(500) }),
  ])
  .meta({ id: 'ProblemLocation' })
export type ProblemLocation = z.infer<typeof problemLocation>

const serviceCode = z.string().min(1).max(64)
const photoId = z.string().max(64)

/** No service asks more questions than this, so more answers can only be noise. */
const MOST_ANSWERS = 30

/** Answers to the service definition's attributes: a string, or a list for multivaluelist. */
const serviceAnswers = z
  .record(z.string().max(64), z.union([z.string().max(500), z.array(z.string().max(500)).max(20)]))
  .refine((answers) => Object.keys(answers).length <= MOST_ANSWERS, { message: `At most ${MOST_ANSWERS} answers` })
  .meta({ maxProperties: MOST_ANSWERS })

export const newServiceRequest = z
  .object({
    serviceCode,
    answers: serviceAnswers,
    location: problemLocation,
    details: z.string().max(2000),
    photoIds: z.array(photoId).max(3),
  })
  .meta({ id: 'NewServiceRequest' })
export type NewServiceRequest = z.infer<typeof newServiceRequest>

export const serviceRequestCreated = z
  .object({
    reference: z.string(),
    expectedBy: isoDate.nullable(),
    /** When a repair needs someone to visit, the person books a slot next. */
    needsAppointment: z.boolean(),
  })
  .meta({ id: 'ServiceRequestCreated' })

export const photoUpload = z
  .object({ contentType: z.enum(['image/jpeg', 'image/png', 'image/webp']), dataBase64: z.string().max(1_400_000) })
  .meta({ id: 'PhotoUpload', description: 'A photo already resized on the device to under 1 MB' })
export type PhotoUpload = z.infer<typeof photoUpload>
export const photoUploaded = z.object({ photoId: z.string() }).meta({ id: 'PhotoUploaded' })

export const nearbySearch = z.object({ serviceCode, location: problemLocation }).meta({ id: 'NearbySearch' })

export const nearbyRequest = z
  .object({
    reference: z.string(),
    serviceName: z.string(),
    status: requestStatus,
    location: z.string(),
    submittedAt: isoDateTime,
    distanceMetres: z.int(),
  })
  .meta({ id: 'NearbyRequest' })
export type NearbyRequest = z.infer<typeof nearbyRequest>
export const nearbyRequestList = z.object({ requests: z.array(nearbyRequest) }).meta({ id: 'NearbyRequestList' })

export const newComment = z.object({ text: z.string().max(2000), photoIds: z.array(photoId).max(3) }).meta({ id: 'NewComment' })
export const reopenRequest = z.object({ reason: z.string().min(1).max(2000) }).meta({ id: 'ReopenRequest' })
