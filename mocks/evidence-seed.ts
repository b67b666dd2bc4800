import type { EvidenceDocument } from '#src/gateway/contract/evidence'

/** A document being sent in parts: kept by the gateway until every part is in, then checked and kept as a document. */
export interface EvidenceUpload {
  uploadId: string
  fileName: string
  contentType: 'image/jpeg' | 'application/pdf'
  /** What the device said the file weighs: the parts must add up to it. */
  bytes: number
  parts: (Uint8Array | undefined)[]
  /** Set once finished, so finishing again answers the same document. */
  documentId: string | null
}

export interface PersonsEvidence {
  documents: EvidenceDocument[]
  uploads: EvidenceUpload[]
}

const day = 24 * 60 * 60 * 1000
const KB = 1024

/** What each demo person has sent already, dated from today: the tenant's payslips for Housing Benefit, the owner's proof of living alone. */
export function seededEvidence(personId: string, today: Date): PersonsEvidence {
  const daysAgo = (days: number, hour: number) => {
    const at = new Date(today.getTime() - days * day)
    at.setUTCHours(hour, 0, 0, 0)
    return at.toISOString()
  }
  const documents: Record<string, EvidenceDocument[]> = {
    tenant: [
      {
        documentId: 'DOC-40112',
        fileName: 'payslip-october.pdf',
        kind: 'pdf',
        bytes: 212 * KB,
        receivedAt: daysAgo(24, 10),
        purpose: { for: 'benefit-claim', reference: 'HB-220981' },
      },
      {
        documentId: 'DOC-40113',
        fileName: 'payslip-november.jpg',
        kind: 'photo',
        bytes: 640 * KB,
        receivedAt: daysAgo(3, 17),
        purpose: { for: 'benefit-claim', reference: 'HB-220981' },
      },
    ],
    owner: [
      {
        documentId: 'DOC-39870',
        fileName: 'electoral-register-letter.pdf',
        kind: 'pdf',
        bytes: 98 * KB,
        receivedAt: daysAgo(40, 11),
        purpose: { for: 'council-tax', reference: 'CT-60298154' },
      },
    ],
  }
  return { documents: documents[personId] ?? [], uploads: [] }
}
