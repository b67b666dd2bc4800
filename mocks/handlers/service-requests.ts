import type { HttpHandler } from 'msw'
import type { PhotoUpload, ProblemLocation, ServiceRequest } from '#src/gateway/contract/service-requests'
import { addressByUprn } from '../gazetteer'
import { gatewayRoute, ok, refuse, type GatewayOptions } from '../gateway-route'
import { distanceInMetres, type Persona } from '../personas'
import type { ReferenceCouncil } from '../reference-council'
import { catalogue, definitionOf } from '../service-catalogue'

const NEARBY_METRES = 500
const LARGEST_PHOTO_BYTES = 1024 * 1024
const day = 24 * 60 * 60 * 1000
/** How long each kind of problem usually takes, in days. */
const usualDays: Record<string, number> = {
  'missed-bin': 2,
  'street-light': 7,
  pothole: 10,
  'fly-tipping': 3,
  noise: 10,
  graffiti: 7,
  'housing-repair': 5,
}

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

/** Spaces, line breaks and the characters that take no room on screen. */
const invisible = /^[\s\u200B-\u200D\u2060\uFEFF]$/

/** Text without the invisible characters at either end: a comment of only those says nothing. */
export function visibleText(text: string): string {
  const characters = [...text]
  let start = 0
  let end = characters.length
  while (start < end && invisible.test(characters[start] ?? '')) start += 1
  while (end > start && invisible.test(characters[end - 1] ?? '')) end -= 1
  return characters.slice(start, end).join('')
}

const photoSignatures: Record<PhotoUpload['contentType'], (bytes: Uint8Array) => boolean> = {
  'image/jpeg': (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff]),
  'image/png': (bytes) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/webp': (bytes) =>
    startsWith(
      bytes,
      [...'RIFF'].map((letter) => letter.charCodeAt(0)),
    ) &&
    startsWith(
      bytes.subarray(8),
      [...'WEBP'].map((letter) => letter.charCodeAt(0)),
    ),
}

function startsWith(bytes: Uint8Array, signature: number[]) {
  return signature.every((byte, index) => bytes[index] === byte)
}

/** The photo's bytes, or null when the text is not base64 at all. */
function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null
  try {
    return Uint8Array.from(atob(text), (character) => character.charCodeAt(0))
  } catch {
    return null
  }
}

/** How long a report closed as not fixed can be reopened, in days. */
const REOPEN_DAYS = 28

/**
 * Moves a report on to a new status, as the council's back office does: every copy of it changes (the one
 * who made it and each follower holds one), the timeline says when and why, and the person who made it and
 * everyone following it are told, on the channels they chose (unless an alert of its own already says it,
 * as a moved repair visit's does). Every status change goes through here.
 */
export function changeRequestStatus(
  council: ReferenceCouncil,
  reference: string,
  status: ServiceRequest['status'],
  note: string | null = null,
  { alert = true }: { alert?: boolean } = {},
): ServiceRequest | null {
  const holders = Object.values(council.state.people).flatMap((person) => {
    const request = requestOf(person, reference)
    return request ? [{ person, request }] : []
  })
  const othersReport = council.state.othersReports.find((report) => report.request.reference === reference)
  const copies = [...holders.map(({ request }) => request), ...(othersReport ? [othersReport.request] : [])]
  const [first] = copies
  if (!first) return null

  const at = new Date(council.now())
  const closed = status === 'fixed' || status === 'closed_not_fixed' || status === 'referred'
  const reopenUntil = status === 'closed_not_fixed' ? new Date(at.getTime() + REOPEN_DAYS * day).toISOString().slice(0, 10) : null
  for (const request of copies) {
    request.status = status
    request.open = !closed
    request.reopenUntil = reopenUntil
    request.timeline.push({ status, at: at.toISOString(), note })
  }
  for (const { person, request } of alert ? holders : []) {
    council.notify(person, {
      template: 'request-status-changed',
      topic: 'requests',
      reference,
      personalisation: { reference, service: request.serviceName, status, note: note ?? '' },
    })
  }
  return holders.find(({ request }) => !request.followed)?.request ?? othersReport?.request ?? first
}

function requestOf(person: Persona, reference: string | undefined): ServiceRequest | undefined {
  return person.requests.find((request) => request.reference === reference)
}

export function serviceRequestHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  const photosAreTheirs = (person: Persona, photoIds: string[]) =>
    photoIds.every((photoId) => council.state.photos.get(photoId)?.personId === person.id)
  const photosUnknown = { field: 'photoIds', code: 'photo.unknown', message: 'Add your photos again' }

  return [
    gatewayRoute(council, options, 'uploadPhoto', ({ person, body }) => {
      const photo = decodeBase64(body.dataBase64)
      // The declared type is only a claim: an SVG or a web page sent as a "photo" could run script where staff open it.
      if (!photo || !photoSignatures[body.contentType](photo)) {
        return refuse(422, 'This is not a photo', [
          { field: 'dataBase64', code: 'photo.notAPhoto', message: 'The file is not a photo. Choose a JPEG, PNG or WebP photo' },
        ])
      }
      if (photo.length > LARGEST_PHOTO_BYTES) {
        return refuse(422, 'The photo is too large', [
          { field: 'dataBase64', code: 'photo.tooLarge', message: 'The photo must be smaller than 1MB' },
        ])
      }
      const photoId = council.reference('PH')
      council.state.photos.set(photoId, { personId: person.id, contentType: body.contentType, bytes: photo.length })
      return ok({ photoId })
    }),

    gatewayRoute(council, options, 'reportProblem', ({ person, body }) => {
      const service = catalogue.find((candidate) => candidate.serviceCode === body.serviceCode)
      const definition = definitionOf(body.serviceCode)
      if (!service || !definition)
        return refuse(422, 'There is no such service', [
          { field: 'serviceCode', code: 'service.unknown', message: 'Choose what you want to report' },
        ])
      if (service.tenantsOnly && !person.tenancy) return refuse(403, 'Only council tenants can report housing repairs')

      const errors = []
      const asked = new Set(definition.attributes.map((attribute) => attribute.code))
      for (const code of Object.keys(body.answers).filter((code) => !asked.has(code))) {
        errors.push({ field: `answers.${code}`, code: 'answer.notAsked', message: 'Answer only the questions asked about this problem' })
      }
      for (const attribute of definition.attributes) {
        const answer = Object.hasOwn(body.answers, attribute.code) ? body.answers[attribute.code] : undefined
        const given = Array.isArray(answer) ? answer.length > 0 : Boolean(answer && visibleText(answer))
        if (attribute.required && !given) {
          errors.push({ field: `answers.${attribute.code}`, code: 'answer.required', message: `Answer: ${attribute.question}` })
          continue
        }
        const allowed = attribute.values.map((value) => value.key)
        const chosen = Array.isArray(answer) ? answer : answer ? [answer] : []
        if (allowed.length > 0 && chosen.some((value) => !allowed.includes(value))) {
          errors.push({
            field: `answers.${attribute.code}`,
            code: 'answer.notAChoice',
            message: `Choose one of the answers for: ${attribute.question}`,
          })
        }
      }
      if (body.location.kind === 'address' && !addressByUprn(body.location.uprn)) {
        errors.push({ field: 'location', code: 'location.unknownAddress', message: 'Choose an address from the list' })
      }
      if (!photosAreTheirs(person, body.photoIds)) errors.push(photosUnknown)
      if (errors.length > 0) return refuse(422, 'Some answers need changing', errors)
      const details = visibleText(body.details)

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
        comments: details ? [{ at: now.toISOString(), by: 'you', text: details, photos: body.photoIds.length }] : [],
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
      if (!request) return refuse(404, 'There is no such report in your account')
      const text = visibleText(body.text)
      if (!text && body.photoIds.length === 0) {
        return refuse(422, 'Add a comment or a photo', [
          { field: 'text', code: 'comment.empty', message: 'Enter a comment or add a photo' },
        ])
      }
      if (!photosAreTheirs(person, body.photoIds)) return refuse(422, 'Add your photos again', [photosUnknown])
      request.comments.push({ at: new Date().toISOString(), by: 'you', text, photos: body.photoIds.length })
      request.photos += body.photoIds.length
      return ok(request)
    }),

    gatewayRoute(council, options, 'reopenRequest', ({ person, params, body }) => {
      const request = requestOf(person, params.reference)
      if (!request) return refuse(404, 'There is no such report in your account')
      const reason = visibleText(body.reason)
      if (!reason)
        return refuse(422, 'Say why the problem is not fixed', [
          { field: 'reason', code: 'reason.required', message: 'Enter why the problem is not fixed' },
        ])
      const today = new Date().toISOString().slice(0, 10)
      if (request.status !== 'closed_not_fixed' || !request.reopenUntil || request.reopenUntil < today) {
        return refuse(409, 'This report can no longer be reopened')
      }
      changeRequestStatus(council, request.reference, 'received')
      request.comments.push({ at: new Date().toISOString(), by: 'you', text: reason, photos: 0 })
      return ok(request)
    }),
  ]
}
