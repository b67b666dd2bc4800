import type { AccountActivityKind } from '#src/gateway/contract/contact-centre'
import type { EndpointName } from '#src/gateway/endpoints'
import type { Persona } from './personas'
import type { ReferenceCouncil } from './reference-council'

const kindOf: Partial<Record<EndpointName, AccountActivityKind>> = {
  reportProblem: 'problemReported',
  bookAppointment: 'appointmentBooked',
  moveBooking: 'bookingChanged',
  cancelBooking: 'bookingChanged',
  changeReminder: 'bookingChanged',
  changeProfile: 'detailsChanged',
}

/** Steps on the way to something, recorded by what they lead to. */
const notRecorded = new Set<EndpointName>(['holdSlot', 'releaseHold', 'uploadPhoto', 'startEvidenceUpload', 'sendEvidencePart'])

/** What a write made for the caller is called: its reference when it has one. */
function itemOf(answer: unknown, body: unknown): string {
  for (const candidate of [answer, body]) {
    if (candidate && typeof candidate === 'object' && 'reference' in candidate && typeof candidate.reference === 'string')
      return candidate.reference
  }
  return ''
}

/**
 * Every write made while staff help a caller goes into the audit trail the caller can read, and what it
 * made (a report, a booking) says who made it, so the caller's own account can say so.
 */
export function recordAssistedWrite(
  council: ReferenceCouncil,
  name: EndpointName,
  staff: Persona,
  caller: Persona,
  answer: unknown,
  body: unknown,
) {
  if (notRecorded.has(name)) return
  const item = itemOf(answer, body)
  const madeBy = { staffId: staff.id, channel: 'telephone' as const }
  if (name === 'reportProblem') {
    const request = caller.requests.find((candidate) => candidate.reference === item)
    if (request) request.madeBy = madeBy
  }
  if (name === 'bookAppointment') {
    const booking = caller.bookings.find((candidate) => candidate.reference === item)
    if (booking) booking.madeBy = madeBy
  }
  council.state.audit.push({
    at: new Date(council.now()).toISOString(),
    staffId: staff.id,
    action: `${name} for the caller`,
    about: caller.id,
    item,
    kind: kindOf[name] ?? 'otherChange',
    channel: 'telephone',
  })
}
