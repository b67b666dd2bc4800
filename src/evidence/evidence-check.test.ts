import { describe, expect, it } from 'vitest'
import { checkEvidence, LARGEST_EVIDENCE_BYTES, typeOfBytes } from './evidence-check'

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]
const pdf = (size = 2000) => {
  const bytes = new Uint8Array(size).fill(0x20)
  bytes.set(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n'))
  return bytes
}
const file = (bytes: BlobPart[], name: string, type: string) => new File(bytes, name, { type })

describe('checking a document by its bytes, never its name or reported type', () => {
  it('takes a PNG named .pdf and reported as a PDF for the PNG it is', async () => {
    expect(await checkEvidence(file([new Uint8Array([...PNG, 1, 2, 3])], 'letter.pdf', 'application/pdf'))).toEqual({ type: 'png' })
  })

  it('refuses a text file named .jpg and reported as a JPEG', async () => {
    expect(await checkEvidence(file(['Dear council, here is my payslip'], 'payslip.jpg', 'image/jpeg'))).toEqual({ error: 'wrongType' })
  })

  it('refuses a program renamed as a PDF', async () => {
    const exe = new Uint8Array(4096)
    exe.set([0x4d, 0x5a, 0x90, 0x00])
    expect(await checkEvidence(file([exe], 'bank-statement.pdf', 'application/pdf'))).toEqual({ error: 'wrongType' })
  })

  it('takes a real PDF, even one the phone reports with no type and no extension', async () => {
    expect(await checkEvidence(file([pdf()], 'scan', ''))).toEqual({ type: 'pdf' })
  })

  it('refuses a 13 MB PDF as too big, and takes one of exactly 10 MB', async () => {
    expect(await checkEvidence(file([pdf(13 * 1024 * 1024)], 'statements.pdf', 'application/pdf'))).toEqual({ error: 'tooBig' })
    expect(await checkEvidence(file([pdf(LARGEST_EVIDENCE_BYTES)], 'statements.pdf', 'application/pdf'))).toEqual({ type: 'pdf' })
  })

  it('refuses an empty file', async () => {
    expect(await checkEvidence(file([], 'empty.pdf', 'application/pdf'))).toEqual({ error: 'empty' })
  })

  it('knows JPEG, WebP and an iPhone HEIC photo by their first bytes', () => {
    expect(typeOfBytes(new Uint8Array([0xff, 0xd8, 0xff, 0xe1]))).toBe('jpeg')
    expect(typeOfBytes(new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('webp')
    expect(typeOfBytes(new TextEncoder().encode('\u0000\u0000\u0000\u0018ftypheic\u0000\u0000'))).toBe('heic')
    expect(typeOfBytes(new TextEncoder().encode('\u0000\u0000\u0000\u0018ftypisom\u0000\u0000'))).toBeNull()
    expect(typeOfBytes(new TextEncoder().encode('%PDF'))).toBeNull()
  })
})
