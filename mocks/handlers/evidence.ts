import type { HttpHandler } from 'msw'
import { typeOfBytes } from '#src/evidence/evidence-check'
import {
  EVIDENCE_PART_BYTES,
  LARGEST_DOCUMENT_BYTES,
  MOST_DOCUMENTS_AT_ONCE,
  type EvidenceDocument,
  type EvidencePurpose,
} from '#src/gateway/contract/evidence'
import type { ProblemDetails } from '#src/gateway/contract/common'
import { gatewayRoute, ok, refuse, type GatewayOptions } from '../gateway-route'
import type { Persona } from '../personas'
import type { ReferenceCouncil } from '../reference-council'

/** Documents half-sent at once, per person: enough for two forms' worth, and no way to fill the gateway's memory. */
const MOST_UNFINISHED_UPLOADS = 2 * MOST_DOCUMENTS_AT_ONCE

function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null
  try {
    return Uint8Array.from(atob(text), (character) => character.charCodeAt(0))
  } catch {
    return null
  }
}

const uploadOf = (person: Persona, uploadId: string | undefined) => person.evidence.uploads.find((upload) => upload.uploadId === uploadId)

/**
 * Gives documents the person has uploaded to what they were sent with. Any handler whose submission carries
 * document ids (a change of circumstances) calls this, so the documents list says what each was for. Answers the
 * problem to refuse with if any id is not one of the person's documents or was already sent with something else.
 */
export function takeEvidenceFor(person: Persona, documentIds: string[], purpose: EvidencePurpose): ProblemDetails['errors'] | null {
  const documents = documentIds.map((id) => person.evidence.documents.find((document) => document.documentId === id))
  if (documents.some((document) => !document) || new Set(documentIds).size !== documentIds.length) {
    return [{ field: 'documentIds', code: 'documents.unknown', message: 'Add your documents again' }]
  }
  if (documents.some((document) => document?.purpose)) {
    return [{ field: 'documentIds', code: 'documents.alreadySent', message: 'These documents were sent already' }]
  }
  for (const document of documents) if (document) document.purpose = purpose
  return null
}

export function evidenceHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  return [
    gatewayRoute(council, options, 'startEvidenceUpload', ({ person, body }) => {
      const unfinished = person.evidence.uploads.filter((upload) => !upload.documentId)
      if (unfinished.length >= MOST_UNFINISHED_UPLOADS) {
        return refuse(429, 'Too many documents are being sent at once')
      }
      const parts = Math.ceil(body.bytes / EVIDENCE_PART_BYTES)
      const uploadId = `EVU-${crypto.randomUUID()}`
      person.evidence.uploads.push({
        uploadId,
        fileName: body.fileName,
        contentType: body.contentType,
        bytes: body.bytes,
        parts: Array.from({ length: parts }, () => undefined),
        documentId: null,
      })
      return ok({ uploadId, partBytes: EVIDENCE_PART_BYTES, parts })
    }),

    gatewayRoute(council, options, 'sendEvidencePart', ({ person, body, params }) => {
      // Only the person's own uploads are looked in: anyone else's id is simply not found.
      const upload = uploadOf(person, params.uploadId)
      if (!upload) return refuse(404, 'There is no such upload')
      if (upload.documentId) return refuse(409, 'This document has been received already')
      const part = Number(params.part)
      if (!Number.isInteger(part) || part < 1 || part > upload.parts.length) {
        return refuse(422, 'There is no such part', [{ field: 'part', code: 'part.outOfRange', message: 'Send the document again' }])
      }
      const bytes = decodeBase64(body.dataBase64)
      if (!bytes || bytes.length === 0 || bytes.length > EVIDENCE_PART_BYTES) {
        return refuse(422, 'The part cannot be read', [
          { field: 'dataBase64', code: 'part.unreadable', message: 'Send the document again' },
        ])
      }
      upload.parts[part - 1] = bytes
      const receivedBytes = upload.parts.reduce((total, each) => total + (each?.length ?? 0), 0)
      return ok({ uploadId: upload.uploadId, part, receivedBytes })
    }),

    gatewayRoute(council, options, 'finishEvidenceUpload', ({ person, params }) => {
      const upload = uploadOf(person, params.uploadId)
      if (!upload) return refuse(404, 'There is no such upload')
      const already = person.evidence.documents.find((document) => document.documentId === upload.documentId)
      if (already) return ok(already)
      if (upload.parts.some((part) => !part)) {
        return refuse(422, 'Some of the document is missing', [
          { field: 'parts', code: 'upload.partsMissing', message: 'Send the document again' },
        ])
      }
      const parts = upload.parts as Uint8Array[]
      const total = parts.reduce((sum, part) => sum + part.length, 0)
      if (total > LARGEST_DOCUMENT_BYTES) {
        return refuse(422, 'The document is too large', [
          { field: 'dataBase64', code: 'document.tooLarge', message: 'The document must be smaller than 10MB' },
        ])
      }
      if (total !== upload.bytes) {
        return refuse(422, 'The document is not the size it was said to be', [
          { field: 'parts', code: 'upload.partsMissing', message: 'Send the document again' },
        ])
      }
      // The device checked the bytes too, but the declared type is only a claim: staff open these files.
      const type = typeOfBytes(parts[0]?.subarray(0, 16) ?? new Uint8Array())
      const expected = upload.contentType === 'application/pdf' ? 'pdf' : 'jpeg'
      if (type !== expected) {
        return refuse(422, 'The document is not a PDF or a photo', [
          { field: 'dataBase64', code: 'document.wrongType', message: 'The document must be a PDF or a photo' },
        ])
      }
      const document: EvidenceDocument = {
        documentId: council.reference('DOC'),
        fileName: upload.fileName,
        kind: expected === 'pdf' ? 'pdf' : 'photo',
        bytes: total,
        receivedAt: new Date(council.now()).toISOString(),
        purpose: null,
      }
      person.evidence.documents.push(document)
      upload.documentId = document.documentId
      // The bytes now belong to the council's document store; the gateway keeps no second copy.
      upload.parts = []
      return ok(document)
    }),

    gatewayRoute(council, options, 'sendEvidence', ({ person, body }) => {
      const reference = body.purpose.reference?.trim() ?? ''
      if (body.purpose.for === 'something-else' && !reference) {
        return refuse(422, 'Say what the documents are for', [
          { field: 'purpose.reference', code: 'reference.missing', message: 'Enter the reference from our letter' },
        ])
      }
      const purpose = { for: body.purpose.for, reference: reference || null }
      const refused = takeEvidenceFor(person, body.documentIds, purpose)
      if (refused) return refuse(422, 'The documents cannot be sent', refused)
      const documents = person.evidence.documents.filter((document) => body.documentIds.includes(document.documentId))
      return ok({ reference: council.reference('EV'), documents })
    }),

    gatewayRoute(council, options, 'listMyEvidence', ({ person }) =>
      ok({ documents: [...person.evidence.documents].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt)) }),
    ),
  ]
}
