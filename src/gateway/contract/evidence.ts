import { z } from 'zod'
import { isoDateTime } from './common'

/** The most a document may weigh, checked on the device and again by the gateway once every part has arrived. */
export const LARGEST_DOCUMENT_BYTES = 10 * 1024 * 1024
/** Each part carries at most this much: a 10 MB PDF goes in ten, so progress can be shown and a lost part sent again. */
export const EVIDENCE_PART_BYTES = 1024 * 1024
export const MOST_DOCUMENTS_AT_ONCE = 5

export const documentId = z.string().max(40)
export const evidenceContentType = z.enum(['image/jpeg', 'application/pdf'])

export const evidencePurpose = z
  .object({
    for: z.enum([
      'council-tax',
      'benefit-claim',
      'change-of-circumstances',
      'parking-permit',
      'penalty-charge-challenge',
      'something-else',
    ]),
    /** The reference the council gave, such as a claim or account number: needed for something else. */
    reference: z.string().max(30).nullable(),
  })
  .meta({ id: 'EvidencePurpose', description: 'What the documents are for' })
export type EvidencePurpose = z.infer<typeof evidencePurpose>

export const evidenceUploadStart = z
  .object({
    fileName: z.string().min(1).max(200),
    contentType: evidenceContentType,
    bytes: z.int().min(1).max(LARGEST_DOCUMENT_BYTES),
  })
  .meta({ id: 'EvidenceUploadStart', description: 'A document about to be sent in parts, already checked on the device' })

export const evidenceUploadStarted = z
  .object({ uploadId: z.string().max(60), partBytes: z.int(), parts: z.int() })
  .meta({ id: 'EvidenceUploadStarted' })

export const evidencePart = z
  .object({ dataBase64: z.string().max(Math.ceil(EVIDENCE_PART_BYTES / 3) * 4) })
  .meta({ id: 'EvidencePart', description: 'One part of a document, in base64' })

export const evidencePartReceived = z
  .object({ uploadId: z.string(), part: z.int(), receivedBytes: z.int() })
  .meta({ id: 'EvidencePartReceived', description: 'How much of the document the council holds so far' })

export const evidenceDocument = z
  .object({
    documentId,
    fileName: z.string(),
    kind: z.enum(['pdf', 'photo']),
    bytes: z.int(),
    receivedAt: isoDateTime,
    /** Null until the document is sent with a submission: a change of circumstances, or the documents form. */
    purpose: evidencePurpose.nullable(),
  })
  .meta({ id: 'EvidenceDocument', description: 'A document the council has received' })
export type EvidenceDocument = z.infer<typeof evidenceDocument>

export const evidenceSubmission = z
  .object({ purpose: evidencePurpose, documentIds: z.array(documentId).min(1).max(MOST_DOCUMENTS_AT_ONCE) })
  .meta({ id: 'EvidenceSubmission', description: 'Documents already uploaded, sent to the council for a purpose' })

export const evidenceReceived = z.object({ reference: z.string(), documents: z.array(evidenceDocument) }).meta({ id: 'EvidenceReceived' })
export type EvidenceReceived = z.infer<typeof evidenceReceived>

export const evidenceList = z.object({ documents: z.array(evidenceDocument) }).meta({ id: 'EvidenceList' })
