import type { StoredOutboxItem } from '#src/device/database'
import type { EvidenceFile } from '#src/evidence/evidence-file'
import type { EvidencePurpose } from '#src/gateway/contract/evidence'
import type { NewServiceRequest } from '#src/gateway/contract/service-requests'
import type { BodyOf, ResponseOf } from '#src/gateway/endpoints'
import type { GatewayFailure } from '#src/gateway/errors'

/** Each kind of submission: what it carries (photos travel as Blobs, which IndexedDB keeps) and what the council answers. */
interface Kinds {
  'report-problem': {
    payload: { report: Omit<NewServiceRequest, 'photoIds'>; photos: { blob: Blob; name: string }[]; serviceName: string }
    result: ResponseOf<'reportProblem'>
  }
  evidence: { payload: { purpose: EvidencePurpose; files: EvidenceFile[] }; result: ResponseOf<'sendEvidence'> }
  comment: { payload: { reference: string; body: BodyOf<'commentOnRequest'> }; result: ResponseOf<'commentOnRequest'> }
  reopen: { payload: { reference: string; body: BodyOf<'reopenRequest'> }; result: ResponseOf<'reopenRequest'> }
  follow: { payload: { reference: string }; result: ResponseOf<'followRequest'> }
  'book-appointment': { payload: { body: BodyOf<'bookAppointment'> }; result: ResponseOf<'bookAppointment'> }
  'move-booking': { payload: { reference: string; body: BodyOf<'moveBooking'> }; result: ResponseOf<'moveBooking'> }
  'cancel-booking': { payload: { reference: string }; result: ResponseOf<'cancelBooking'> }
  'booking-reminder': { payload: { reference: string; body: BodyOf<'changeReminder'> }; result: ResponseOf<'changeReminder'> }
  'rent-direct-debit': { payload: { body: BodyOf<'setUpRentDirectDebit'> }; result: ResponseOf<'setUpRentDirectDebit'> }
  'cancel-rent-direct-debit': { payload: { reference: string }; result: ResponseOf<'cancelRentDirectDebit'> }
  'council-tax-direct-debit': { payload: { body: BodyOf<'setUpCouncilTaxDirectDebit'> }; result: ResponseOf<'setUpCouncilTaxDirectDebit'> }
  'cancel-council-tax-direct-debit': { payload: { reference: string }; result: ResponseOf<'cancelCouncilTaxDirectDebit'> }
  'single-person-discount': {
    payload: { body: BodyOf<'applyForSinglePersonDiscount'> }
    result: ResponseOf<'applyForSinglePersonDiscount'>
  }
  'household-change': { payload: { body: BodyOf<'tellUsOfHouseholdChange'> }; result: ResponseOf<'tellUsOfHouseholdChange'> }
  'book-visitor-permit': { payload: { body: BodyOf<'bookVisitorPermit'> }; result: ResponseOf<'bookVisitorPermit'> }
  'cancel-visitor-permit': {
    payload: { reference: string; vehicleRegistration: string }
    result: ResponseOf<'cancelVisitorPermit'>
  }
  'change-of-circumstances': {
    payload: { change: Omit<BodyOf<'tellUsOfAChange'>, 'evidenceIds'>; evidence: EvidenceFile[] }
    result: ResponseOf<'tellUsOfAChange'>
  }
  /** The proofs go up first, proof of address then the vehicle's, as one list: the application names them by their ids. */
  'resident-permit-application': {
    payload: {
      application: Pick<BodyOf<'applyForResidentPermit'>, 'registration' | 'vehicleProof'>
      addressProofs: EvidenceFile[]
      vehicleProofs: EvidenceFile[]
    }
    result: ResponseOf<'applyForResidentPermit'>
  }
  'resident-permit-renewal': { payload: { reference: string }; result: ResponseOf<'renewResidentPermit'> }
  'resident-permit-vehicle': {
    payload: {
      reference: string
      change: Pick<BodyOf<'changePermitVehicle'>, 'registration' | 'vehicleProof'>
      vehicleProofs: EvidenceFile[]
    }
    result: ResponseOf<'changePermitVehicle'>
  }
  'penalty-charge-challenge': {
    payload: { reference: string; challenge: Omit<BodyOf<'challengePenaltyCharge'>, 'evidenceIds'>; evidence: EvidenceFile[] }
    result: ResponseOf<'challengePenaltyCharge'>
  }
}

export type OutboxKind = keyof Kinds
export type OutboxPayloads = { [Kind in OutboxKind]: Kinds[Kind]['payload'] }
export type OutboxResults = { [Kind in OutboxKind]: Kinds[Kind]['result'] }

export type OutboxState = 'queued' | 'sending' | 'sent' | 'needs-attention'

export interface OutboxItemOf<Kind extends OutboxKind> extends StoredOutboxItem {
  /** Also the Idempotency-Key the item is sent with, every time. */
  id: string
  kind: Kind
  payload: OutboxPayloads[Kind]
  state: OutboxState
  createdAt: number
  updatedAt: number
  attempts: number
  /** Why it is waiting or needs attention. */
  failure: GatewayFailure | null
  result: OutboxResults[Kind] | null
  /** Steps already done, such as photos already uploaded, so a resend skips them. */
  progress: Record<string, string>
}

export type OutboxItem = { [Kind in OutboxKind]: OutboxItemOf<Kind> }[OutboxKind]

const everyKind: Record<OutboxKind, true> = {
  'report-problem': true,
  evidence: true,
  comment: true,
  reopen: true,
  follow: true,
  'book-appointment': true,
  'move-booking': true,
  'cancel-booking': true,
  'booking-reminder': true,
  'rent-direct-debit': true,
  'cancel-rent-direct-debit': true,
  'council-tax-direct-debit': true,
  'cancel-council-tax-direct-debit': true,
  'single-person-discount': true,
  'household-change': true,
  'change-of-circumstances': true,
  'resident-permit-application': true,
  'resident-permit-renewal': true,
  'resident-permit-vehicle': true,
  'penalty-charge-challenge': true,
  'book-visitor-permit': true,
  'cancel-visitor-permit': true,
}

/** Resident permit writes: once sent, each has something to pay, so the home page and parking say so while they wait. */
export const residentPermitKinds: readonly OutboxKind[] = [
  'resident-permit-application',
  'resident-permit-renewal',
  'resident-permit-vehicle',
]

/**
 * Kinds that go now or not at all, even on the person's own device: bank details are never kept on it to send
 * later. The form keeps what was typed on screen and says it could not be sent.
 */
export const sentNowOrNotAtAll: ReadonlySet<OutboxKind> = new Set<OutboxKind>(['rent-direct-debit', 'council-tax-direct-debit'])

/** Failures that will pass: the item waits and goes later, as it is. */
export const failuresThatPass = new Set<GatewayFailure['kind']>(['offline', 'timeout', 'unavailable', 'too-many-requests', 'signed-out'])

/**
 * The one place what the device kept is read as an outbox item: this app wrote it, but an older version
 * may have left a kind this one no longer sends, which is then left alone (it goes at sign-out).
 */
export function isOutboxItem(stored: StoredOutboxItem): stored is OutboxItem {
  return Object.hasOwn(everyKind, stored.kind)
}

export function isOfKind<Kind extends OutboxKind>(stored: StoredOutboxItem, kind: Kind): stored is OutboxItemOf<Kind> {
  return stored.kind === kind
}
