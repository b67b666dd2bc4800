import type { GatewayClient } from '#src/gateway/client'
import type { GatewayResult } from '#src/gateway/errors'

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

/**
 * PLACEHOLDER, replaced by the evidence work: uploads each file not yet recorded in `progress`, keeping
 * progress after each, and answers the council's ids for them in order.
 */
export async function uploadEvidenceFiles(
  _gateway: GatewayClient,
  _item: { id: string; progress: Record<string, string> },
  files: EvidenceFile[],
  _keepProgress: (progress: Record<string, string>) => Promise<void>,
): Promise<GatewayResult<string[]>> {
  if (files.length === 0) return { ok: true, data: [] }
  throw new Error('Sending evidence is not built yet')
}
