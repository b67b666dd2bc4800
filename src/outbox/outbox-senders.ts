import { uploadEvidenceFiles } from '#src/evidence/evidence-file'
import type { GatewayClient } from '#src/gateway/client'
import type { GatewayResult } from '#src/gateway/errors'
import type { OutboxItemOf, OutboxKind, OutboxResults } from './outbox-item'
import { stepKey } from './submission-key'

type Sender<Kind extends OutboxKind> = (
  gateway: GatewayClient,
  item: OutboxItemOf<Kind>,
  keepProgress: (progress: Record<string, string>) => Promise<void>,
) => Promise<GatewayResult<OutboxResults[Kind]>>

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer())
  let binary = ''
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000))
  return btoa(binary)
}

/**
 * How to send each kind. Every call uses a key made from the item's id, so sending an item
 * again, from any tab or the service worker, is the same submission to the gateway.
 */
const senders: { [Kind in OutboxKind]: Sender<Kind> } = {
  'report-problem': async (gateway, item, keepProgress) => {
    const progress = { ...item.progress }
    for (const [index, photo] of item.payload.photos.entries()) {
      if (progress[`photo-${index}`]) continue
      const uploaded = await gateway.call('uploadPhoto', {
        body: { contentType: 'image/jpeg', dataBase64: await toBase64(photo.blob) },
        idempotencyKey: stepKey(item.id, `photo-${index}`),
      })
      if (!uploaded.ok) return uploaded
      progress[`photo-${index}`] = uploaded.data.photoId
      await keepProgress(progress)
    }
    const photoIds = item.payload.photos.map((_, index) => progress[`photo-${index}`] ?? '')
    return gateway.call('reportProblem', { body: { ...item.payload.report, photoIds }, idempotencyKey: item.id })
  },
  evidence: async (gateway, item, keepProgress) => {
    const uploaded = await uploadEvidenceFiles(gateway, item, item.payload.files, keepProgress)
    if (!uploaded.ok) return uploaded
    return gateway.call('sendEvidence', { body: { purpose: item.payload.purpose, documentIds: uploaded.data }, idempotencyKey: item.id })
  },
  comment: (gateway, item) =>
    gateway.call('commentOnRequest', { params: { reference: item.payload.reference }, body: item.payload.body, idempotencyKey: item.id }),
  reopen: (gateway, item) =>
    gateway.call('reopenRequest', { params: { reference: item.payload.reference }, body: item.payload.body, idempotencyKey: item.id }),
  follow: (gateway, item) => gateway.call('followRequest', { params: { reference: item.payload.reference }, idempotencyKey: item.id }),
  'book-appointment': (gateway, item) => gateway.call('bookAppointment', { body: item.payload.body, idempotencyKey: item.id }),
  'move-booking': (gateway, item) =>
    gateway.call('moveBooking', { params: { reference: item.payload.reference }, body: item.payload.body, idempotencyKey: item.id }),
  'cancel-booking': (gateway, item) =>
    gateway.call('cancelBooking', { params: { reference: item.payload.reference }, body: {}, idempotencyKey: item.id }),
  'booking-reminder': (gateway, item) =>
    gateway.call('changeReminder', { params: { reference: item.payload.reference }, body: item.payload.body, idempotencyKey: item.id }),
  'rent-direct-debit': (gateway, item) => gateway.call('setUpRentDirectDebit', { body: item.payload.body, idempotencyKey: item.id }),
  'cancel-rent-direct-debit': (gateway, item) =>
    gateway.call('cancelRentDirectDebit', { params: { reference: item.payload.reference }, body: {}, idempotencyKey: item.id }),
  'council-tax-direct-debit': (gateway, item) =>
    gateway.call('setUpCouncilTaxDirectDebit', { body: item.payload.body, idempotencyKey: item.id }),
  'cancel-council-tax-direct-debit': (gateway, item) =>
    gateway.call('cancelCouncilTaxDirectDebit', { params: { reference: item.payload.reference }, body: {}, idempotencyKey: item.id }),
  'single-person-discount': (gateway, item) =>
    gateway.call('applyForSinglePersonDiscount', { body: item.payload.body, idempotencyKey: item.id }),
  'household-change': (gateway, item) => gateway.call('tellUsOfHouseholdChange', { body: item.payload.body, idempotencyKey: item.id }),
  'book-visitor-permit': (gateway, item) => gateway.call('bookVisitorPermit', { body: item.payload.body, idempotencyKey: item.id }),
  'cancel-visitor-permit': (gateway, item) =>
    gateway.call('cancelVisitorPermit', { params: { reference: item.payload.reference }, body: {}, idempotencyKey: item.id }),
  'change-of-circumstances': async (gateway, item, keepProgress) => {
    // The documents first, each once: the change names them by the ids the council gave them.
    const evidenceIds = await uploadEvidenceFiles(gateway, item, item.payload.evidence, keepProgress)
    if (!evidenceIds.ok) return evidenceIds
    return gateway.call('tellUsOfAChange', { body: { ...item.payload.change, evidenceIds: evidenceIds.data }, idempotencyKey: item.id })
  },
  'resident-permit-application': async (gateway, item, keepProgress) => {
    const { addressProofs, vehicleProofs, application } = item.payload
    const documentIds = await uploadEvidenceFiles(gateway, item, [...addressProofs, ...vehicleProofs], keepProgress)
    if (!documentIds.ok) return documentIds
    const addressDocumentIds = documentIds.data.slice(0, addressProofs.length)
    const vehicleDocumentIds = documentIds.data.slice(addressProofs.length)
    return gateway.call('applyForResidentPermit', {
      body: { ...application, addressDocumentIds, vehicleDocumentIds },
      idempotencyKey: item.id,
    })
  },
  'resident-permit-renewal': (gateway, item) =>
    gateway.call('renewResidentPermit', { params: { reference: item.payload.reference }, body: {}, idempotencyKey: item.id }),
  'resident-permit-vehicle': async (gateway, item, keepProgress) => {
    const vehicleDocumentIds = await uploadEvidenceFiles(gateway, item, item.payload.vehicleProofs, keepProgress)
    if (!vehicleDocumentIds.ok) return vehicleDocumentIds
    return gateway.call('changePermitVehicle', {
      params: { reference: item.payload.reference },
      body: { ...item.payload.change, vehicleDocumentIds: vehicleDocumentIds.data },
      idempotencyKey: item.id,
    })
  },
  'penalty-charge-challenge': async (gateway, item, keepProgress) => {
    const evidenceIds = await uploadEvidenceFiles(gateway, item, item.payload.evidence, keepProgress)
    if (!evidenceIds.ok) return evidenceIds
    return gateway.call('challengePenaltyCharge', {
      params: { reference: item.payload.reference },
      body: { ...item.payload.challenge, evidenceIds: evidenceIds.data },
      idempotencyKey: item.id,
    })
  },
}

/** Sends one item with the sender for its kind. */
export function sendItem<Kind extends OutboxKind>(
  gateway: GatewayClient,
  item: OutboxItemOf<Kind>,
  keepProgress: (progress: Record<string, string>) => Promise<void>,
): Promise<GatewayResult<OutboxResults[Kind]>> {
  const send: Sender<Kind> = senders[item.kind]
  return send(gateway, item, keepProgress)
}
