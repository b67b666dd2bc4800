import type { GatewayClient } from '#src/gateway/client'
import { EVIDENCE_PART_BYTES } from '#src/gateway/contract/evidence'
import type { GatewayResult } from '#src/gateway/errors'
import { stepKey } from '#src/outbox/submission-key'
import { bytesOf } from './evidence-check'

/**
 * A document the person chose to send, already checked on the device (its type by its bytes, its size)
 * and, for a photo, already made smaller. Kept as a Blob so a submission waiting offline keeps it.
 */
export interface EvidenceFile {
  blob: Blob
  /** The file's own name, as the person knows it. */
  name: string
  contentType: 'image/jpeg' | 'application/pdf'
}

/** What an item's progress says of each file: `evidence-0` is the council's id once it has all of it. */
const done = (index: number) => `evidence-${index}`
const uploadOf = (index: number) => `evidence-${index}:upload`
const partsSentOf = (index: number) => `evidence-${index}:parts`

const partsIn = (file: EvidenceFile) => Math.max(1, Math.ceil(file.blob.size / EVIDENCE_PART_BYTES))

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000))
  return btoa(binary)
}

/** How much of the files has reached the council, from what an item's progress records: for "2.1 MB of 6.4 MB sent". */
export function evidenceSent(progress: Record<string, string>, files: EvidenceFile[]): { sentBytes: number; totalBytes: number } {
  let sentBytes = 0
  let totalBytes = 0
  for (const [index, file] of files.entries()) {
    totalBytes += file.blob.size
    if (progress[done(index)]) sentBytes += file.blob.size
    else sentBytes += Math.min(file.blob.size, Number(progress[partsSentOf(index)] ?? 0) * EVIDENCE_PART_BYTES)
  }
  return { sentBytes, totalBytes }
}

/**
 * Uploads each file not yet recorded in `progress`, in parts, keeping progress after each part, and answers the
 * council's ids for them in order. Every step has its own Idempotency-Key made from the item's id, so a step whose
 * answer was lost is sent again as the same step: the council ends up with one document, never two.
 */
export async function uploadEvidenceFiles(
  gateway: GatewayClient,
  item: { id: string; progress: Record<string, string> },
  files: EvidenceFile[],
  keepProgress: (progress: Record<string, string>) => Promise<void>,
): Promise<GatewayResult<string[]>> {
  const progress = { ...item.progress }
  for (const [index, file] of files.entries()) {
    if (progress[done(index)]) continue
    let uploadId = progress[uploadOf(index)]
    if (!uploadId) {
      const started = await gateway.call('startEvidenceUpload', {
        body: { fileName: file.name.slice(0, 200) || 'document', contentType: file.contentType, bytes: file.blob.size },
        idempotencyKey: stepKey(item.id, `${done(index)}:start`),
      })
      if (!started.ok) return started
      uploadId = started.data.uploadId
      progress[uploadOf(index)] = uploadId
      await keepProgress({ ...progress })
    }
    const parts = partsIn(file)
    for (let part = Number(progress[partsSentOf(index)] ?? 0) + 1; part <= parts; part++) {
      const from = (part - 1) * EVIDENCE_PART_BYTES
      // One part in memory at a time: a cheap phone may not hold a whole 10 MB file as base64 as well.
      const bytes = await bytesOf(file.blob.slice(from, from + EVIDENCE_PART_BYTES))
      const sent = await gateway.call('sendEvidencePart', {
        params: { uploadId, part: String(part) },
        body: { dataBase64: toBase64(bytes) },
        idempotencyKey: stepKey(item.id, `${done(index)}:part-${part}`),
      })
      if (!sent.ok) return sent
      progress[partsSentOf(index)] = String(part)
      await keepProgress({ ...progress })
    }
    const finished = await gateway.call('finishEvidenceUpload', {
      params: { uploadId },
      body: {},
      idempotencyKey: stepKey(item.id, `${done(index)}:finish`),
    })
    if (!finished.ok) return finished
    progress[done(index)] = finished.data.documentId
    await keepProgress({ ...progress })
  }
  return { ok: true, data: files.map((_, index) => progress[done(index)] ?? '') }
}
