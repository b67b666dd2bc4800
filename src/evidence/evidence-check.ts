/** What a document may weigh as chosen, before a photo is made smaller: the gateway refuses anything bigger too. */
export const LARGEST_EVIDENCE_BYTES = 10 * 1024 * 1024
export const MAX_EVIDENCE_FILES = 5

export type EvidenceType = 'jpeg' | 'png' | 'webp' | 'heic' | 'pdf'
export type EvidenceError = 'wrongType' | 'tooBig' | 'empty'

/** Only what the picker lets a person choose: the browser's filter is a convenience, the bytes decide. */
export const ACCEPTED_EVIDENCE =
  '.pdf,.jpg,.jpeg,.png,.webp,.heic,.heif,application/pdf,image/jpeg,image/png,image/webp,image/heic,image/heif'

const ascii = (bytes: Uint8Array, from: number, length: number) => String.fromCharCode(...bytes.subarray(from, from + length))

/** HEIC and HEIF photos from iPhones: an ISO base media file whose brand says it holds a still image. */
const heicBrands = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'])

/** What a file is, from its first bytes alone: its name and the type the browser reports are only claims. */
export function typeOfBytes(bytes: Uint8Array): EvidenceType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg'
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, index) => bytes[index] === byte)) return 'png'
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp'
  if (bytes.length >= 12 && ascii(bytes, 4, 4) === 'ftyp' && heicBrands.has(ascii(bytes, 8, 4))) return 'heic'
  if (bytes.length >= 5 && ascii(bytes, 0, 5) === '%PDF-') return 'pdf'
  return null
}

/** A Blob's bytes, through FileReader where the Blob cannot give them itself (older browsers, and jsdom). */
export async function bytesOf(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === 'function') return new Uint8Array(await blob.arrayBuffer())
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
    reader.onerror = () => reject(reader.error ?? new Error('Could not read the file'))
    reader.readAsArrayBuffer(blob)
  })
}

/** Checks a chosen file on the device: its type by its bytes, then its size. */
export async function checkEvidence(file: Blob): Promise<{ type: EvidenceType } | { error: EvidenceError }> {
  if (file.size === 0) return { error: 'empty' }
  const type = typeOfBytes(await bytesOf(file.slice(0, 16)))
  if (!type) return { error: 'wrongType' }
  if (file.size > LARGEST_EVIDENCE_BYTES) return { error: 'tooBig' }
  return { type }
}
