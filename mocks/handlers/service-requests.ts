import type { HttpHandler } from 'msw'
import type { ProblemLocation, ServiceRequest } from '#src/gateway/contract/service-requests'
import { addressByUprn } from '../gazetteer'
import { gatewayRoute, ok, refuse, type GatewayOptions } from '../gateway-route'
import { distanceInMetres, type Persona } from '../personas'
import type { ReferenceCouncil } from '../reference-council'
import { catalogue, definitions } from '../service-catalogue'

const NEARBY_METRES = 500
const LARGEST_PHOTO_BYTES = 1024 * 1024
const day = 24 * 60 * 60 * 1000
/** How long each kind of problem usually takes, in days. */
const usualDays: Record<string, number> = { 'missed-bin': 2, 'street-light': 7, pothole: 10, 'fly-tipping': 3, noise: 10, graffiti: 7, 'housing-repair': 5 }

function coordinatesOf(location: ProblemLocation): { latitude: number; longitude: number } | null {
  if (location.kind === 'device') return { latitude: location.latitude, longitude: location.longitude }
  if (location.kind === 'address') {
    const address = addressByUprn(location.uprn)
    return address ? { latitude: address.latitude, longitude: address.longitude } : null
  }
  return null
}

function describe(location: ProblemLocation): string {
  if (location.kind === 'address') return location.text
  if (location.kind === 'device') return `Near ${location.latitude.toFixed(5)}, ${location.longitude.toFixed(5)}`
  return location.description
}

function requestOf(person: Persona | null, reference: string | undefined): ServiceRequest | undefined {
  return person?.requests.find((request) => request.reference === reference)
}

export function serviceRequestHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  return [
    gatewayRoute(council, options, 'uploadPhoto', ({ person, body }) => {
      if (!person) return refuse(401, 'Sign in to continue')
      const bytes = Math.floor((body.dataBase64.length * 3) / 4)
      if (bytes > LARGEST_PHOTO_BYTES) {
        return refuse(422, 'The photo is too large', [{ field: 'dataBase64', code: 'photo.tooLarge', message: 'The photo must be smaller than 1MB' }])
      }
      const photoId = council.reference('PH')
      council.state.photos.set(photoId, { personId: person.id, contentType: body.contentType, bytes })
      return ok({ photoId })
    }),

    gatewayRoute(council, options, 'reportProblem', ({ person, body }) => {
      if (!person) return refuse(401, 'Sign in to continue')
      const service = catalogue.find((candidate) => candidate.serviceCode === body.serviceCode)
      const definition = definitions[body.serviceCode]
      if (!service || !definition) return refuse(422, 'There is no such service', [{ field: 'serviceCode', code: 'service.unknown', message: 'Choose what you want to report' }])
      if (service.tenantsOnly && !person.tenancy) return refuse(403, 'Only council tenants can report housing repairs')

      const errors = []
      for (const attribute of definition.attributes) {
        const answer = body.answers[attribute.code]
        const given = Array.isArray(answer) ? answer.length > 0 : Boolean(answer?.trim())
        if (attribute.required && !given) {
          errors.push({ field: `answers.${attribute.code}`, code: 'answer.required', message: `Answer: ${attribute.question}` })
          continue
        }
        const allowed = attribute.values.map((value) => value.key)
        const chosen = Array.isArray(answer) ? answer : answer ? [answer] : []
        if (allowed.length > 0 && chosen.some((value) => !allowed.includes(value))) {
          errors.push({ field: `answers.${attribute.code}`, code: 'answer.notAChoice', message: `Choose one of the answers for: ${attribute.question}` })
        }
      }
      if (body.location.kind === 'address' && !addressByUprn(body.location.uprn)) {
        errors.push({ field: 'location', code: 'location.unknownAddress', message: 'Choose an address from the list' })
      }
      for (const photoId of body.photoIds) {
        if (council.state.photos.get(photoId)?.personId !== person.id) {
          errors.push({ field: 'photoIds', code: 'photo.unknown', message: 'Add your photos again' })
        }
      }
      if (errors.length > 0) return refuse(422, 'Some answers need changing', errors)

      const now = new Date()
      const expectedBy = new Date(now.getTime() + (usualDays[service.serviceCode] ?? 10) * day).toISOString().slice(0, 10)
      const reference = council.reference('SR')
      person.requests.unshift({
        reference,
        serviceCode: service.serviceCode,
        serviceName: service.name,
        status: 'received',
        open: true,
        location: describe(body.location),
        submittedAt: now.toISOString(),
        expectedBy,
        timeline: [{ status: 'received', at: now.toISOString(), note: null }],
        followed: false,
        reopenUntil: null,
        comments: body.details ? [{ at: now.toISOString(), by: 'you', text: body.details, photos: body.photoIds.length }] : [],
        photos: body.photoIds.length,
      })
      return ok({ reference, expectedBy, needsAppointment: service.serviceCode === 'housing-repair' })
    }),

    gatewayRoute(council, options, 'findNearbyRequests', ({ body }) => {
      const here = coordinatesOf(body.location)
      if (!here) return ok({ requests: [] })
      const requests = council.state.othersReports
        .filter((report) => report.request.serviceCode === body.serviceCode && report.request.open)
        .map((report) => ({ report, distance: distanceInMetres(here.latitude, here.longitude, report.latitude, report.longitude) }))
        .filter(({ distance }) => distance <= NEARBY_METRES)
        .sort((a, b) => a.distance - b.distance)
        .map(({ report, distance }) => ({
          reference: report.request.reference,
          serviceName: report.request.serviceName,
          status: report.request.status,
          location: report.request.location,
          submittedAt: report.request.submittedAt,
          distanceMetres: distance,
        }))
      return ok({ requests })
    }),

    gatewayRoute(council, options, 'followRequest', ({ person, params }) => {
      if (!person) return refuse(401, 'Sign in to continue')
      const already = requestOf(person, params.reference)
      if (already) return ok(already)
      const report = council.state.othersReports.find((candidate) => candidate.request.reference === params.reference)
      if (!report) return refuse(404, 'There is no such report')
      const followed = { ...structuredClone(report.request), followed: true }
      person.requests.unshift(followed)
      return ok(followed)
    }),

    gatewayRoute(council, options, 'getMyRequest', ({ person, params }) => {
      const request = requestOf(person, params.reference)
      return request ? ok(request) : refuse(404, 'There is no such report in your account')
    }),

    gatewayRoute(council, options, 'commentOnRequest', ({ person, params, body }) => {
      const request = requestOf(person, params.reference)
      if (!request || !person) return refuse(404, 'There is no such report in your account')
      if (!body.text.trim() && body.photoIds.length === 0) {
        return refuse(422, 'Add a comment or a photo', [{ field: 'text', code: 'comment.empty', message: 'Enter a comment or add a photo' }])
      }
      request.comments.push({ at: new Date().toISOString(), by: 'you', text: body.text.trim(), photos: body.photoIds.length })
      request.photos += body.photoIds.length
      return ok(request)
    }),

    gatewayRoute(council, options, 'reopenRequest', ({ person, params, body }) => {
      const request = requestOf(person, params.reference)
      if (!request) return refuse(404, 'There is no such report in your account')
      const today = new Date().toISOString().slice(0, 10)
      if (request.status !== 'closed_not_fixed' || !request.reopenUntil || request.reopenUntil < today) {
        return refuse(409, 'This report can no longer be reopened')
      }
      const now = new Date().toISOString()
      request.status = 'received'
      request.open = true
      request.reopenUntil = null
      request.timeline.push({ status: 'received', at: now, note: null })
      request.comments.push({ at: now, by: 'you', text: body.reason, photos: 0 })
      return ok(request)
    }),
  ]
}
