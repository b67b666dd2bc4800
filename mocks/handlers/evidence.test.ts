import { describe, expect, test } from 'vitest'
import { EVIDENCE_PART_BYTES, LARGEST_DOCUMENT_BYTES } from '#src/gateway/contract/evidence'
import type { BodyOf } from '#src/gateway/endpoints'
import { council, signInAs } from '#test/gateway-server'
import type { PersonaId } from '../personas'
import type { GatewayFailure } from '#src/gateway/errors'
import { clientFor, dataOf, failureOf as failureIn } from './gateway-calls'

const failureOf = (result: Parameters<typeof failureIn>[0]) => failureIn(result) as GatewayFailure

const pdfBytes = (size: number) => {
  const bytes = new Uint8Array(size).fill(0x20)
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'))
  return bytes
}
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')

const start = (body: Partial<BodyOf<'startEvidenceUpload'>> = {}, idempotencyKey = crypto.randomUUID()) =>
  clientFor().call('startEvidenceUpload', {
    body: { fileName: 'payslip.pdf', contentType: 'application/pdf', bytes: 2000, ...body } as BodyOf<'startEvidenceUpload'>,
    idempotencyKey,
  })
const part = (uploadId: string, number: number, bytes: Uint8Array, idempotencyKey = crypto.randomUUID()) =>
  clientFor().call('sendEvidencePart', { params: { uploadId, part: String(number) }, body: { dataBase64: base64(bytes) }, idempotencyKey })
const finish = (uploadId: string, idempotencyKey = crypto.randomUUID()) =>
  clientFor().call('finishEvidenceUpload', { params: { uploadId }, body: {}, idempotencyKey })

/** Uploads a whole document in one part as the app does, and answers the council's id for it. */
async function upload(bytes: Uint8Array, contentType: 'application/pdf' | 'image/jpeg' = 'application/pdf') {
  const { uploadId } = dataOf(await start({ contentType, bytes: bytes.length }))
  dataOf(await part(uploadId, 1, bytes))
  return dataOf(await finish(uploadId)).documentId
}

const documentsOf = (personId: PersonaId) => council.state.people[personId].evidence.documents

describe('sending a document in parts', () => {
  test('keeps a PDF sent in three parts as one document, and lists it as received', async () => {
    signInAs('renter')
    const bytes = pdfBytes(2 * EVIDENCE_PART_BYTES + 500)
    const started = dataOf(await start({ bytes: bytes.length, fileName: 'bank-statement.pdf' }))
    expect(started.parts).toBe(3)
    for (const number of [1, 2, 3]) {
      const received = dataOf(
        await part(started.uploadId, number, bytes.subarray((number - 1) * EVIDENCE_PART_BYTES, number * EVIDENCE_PART_BYTES)),
      )
      expect(received.receivedBytes).toBe(Math.min(bytes.length, number * EVIDENCE_PART_BYTES))
    }
    const document = dataOf(await finish(started.uploadId))
    expect(document).toMatchObject({ fileName: 'bank-statement.pdf', kind: 'pdf', bytes: bytes.length, purpose: null })

    const sent = dataOf(
      await clientFor().call('sendEvidence', {
        body: { purpose: { for: 'council-tax', reference: 'CT-60311227' }, documentIds: [document.documentId] },
        idempotencyKey: crypto.randomUUID(),
      }),
    )
    expect(sent.reference).toMatch(/^EV-/)
    const listed = dataOf(await clientFor().call('listMyEvidence')).documents
    expect(listed[0]).toMatchObject({ documentId: document.documentId, purpose: { for: 'council-tax', reference: 'CT-60311227' } })
  })

  test('a finish whose answer was lost, sent again with the same key, gives the same one document', async () => {
    signInAs('owner')
    const before = documentsOf('owner').length
    const { uploadId } = dataOf(await start())
    dataOf(await part(uploadId, 1, pdfBytes(2000)))
    council.state.faults.dropAfterActing = 1
    const finishKey = crypto.randomUUID()
    expect(failureOf(await finish(uploadId, finishKey)).kind).toBe('offline')
    const again = dataOf(await finish(uploadId, finishKey))
    expect(documentsOf('owner')).toHaveLength(before + 1)
    expect(documentsOf('owner').at(-1)?.documentId).toBe(again.documentId)
  })

  test('lists only what the council received from the person, with the seeded documents', async () => {
    signInAs('tenant')
    const listed = dataOf(await clientFor().call('listMyEvidence')).documents
    expect(listed.map((document) => document.fileName)).toEqual(['payslip-november.jpg', 'payslip-october.pdf'])
  })
})

describe("the gateway's own checks", () => {
  test("answers 404 for another person's upload, to a part and to finishing, and changes nothing", async () => {
    signInAs('tenant')
    const { uploadId } = dataOf(await start())
    signInAs('renter')
    expect(failureOf(await part(uploadId, 1, pdfBytes(2000))).kind).toBe('not-found')
    expect(failureOf(await finish(uploadId)).kind).toBe('not-found')
    expect(council.state.people.tenant.evidence.uploads[0]?.parts[0]).toBeUndefined()
  })

  test("refuses another person's document ids when sending, and keeps them theirs", async () => {
    signInAs('tenant')
    const failure = failureOf(
      await clientFor().call('sendEvidence', {
        body: { purpose: { for: 'council-tax', reference: null }, documentIds: ['DOC-39870'] },
        idempotencyKey: crypto.randomUUID(),
      }),
    )
    expect(failure).toMatchObject({ kind: 'invalid', fieldErrors: { documentIds: expect.anything() } })
    expect(documentsOf('owner')[0]?.purpose).toEqual({ for: 'council-tax', reference: 'CT-60298154' })
  })

  test.each(['startEvidenceUpload', 'listMyEvidence'] as const)('refuses %s to contact-centre staff with 403', async (name) => {
    signInAs('staff')
    const failure = name === 'listMyEvidence' ? failureOf(await clientFor().call('listMyEvidence')) : failureOf(await start())
    expect(failure.kind).toBe('forbidden')
  })

  test('refuses a document said to be over 10 MB before any of it is sent', async () => {
    signInAs('owner')
    expect(failureOf(await start({ bytes: LARGEST_DOCUMENT_BYTES + 1 }))).toMatchObject({
      kind: 'invalid',
      fieldErrors: { bytes: expect.anything() },
    })
    dataOf(await start({ bytes: LARGEST_DOCUMENT_BYTES }))
  })

  test('refuses a part over the part size, a part number out of range, and a file name over 200 characters', async () => {
    signInAs('owner')
    const { uploadId } = dataOf(await start())
    expect(failureOf(await part(uploadId, 1, pdfBytes(EVIDENCE_PART_BYTES + 3))).kind).toBe('invalid')
    expect(failureOf(await part(uploadId, 2, pdfBytes(10))).kind).toBe('invalid')
    expect(failureOf(await start({ fileName: 'a'.repeat(201) }))).toMatchObject({
      kind: 'invalid',
      fieldErrors: { fileName: expect.anything() },
    })
  })

  test('refuses more than five documents at once', async () => {
    signInAs('owner')
    const failure = failureOf(
      await clientFor().call('sendEvidence', {
        body: { purpose: { for: 'council-tax', reference: null }, documentIds: ['1', '2', '3', '4', '5', '6'] },
        idempotencyKey: crypto.randomUUID(),
      }),
    )
    expect(failure).toMatchObject({ kind: 'invalid', fieldErrors: { documentIds: expect.anything() } })
  })

  test('checks the type again by the bytes: a web page called a PDF, or a PDF called a photo, is not kept', async () => {
    signInAs('owner')
    const before = documentsOf('owner').length
    const page = new TextEncoder().encode('<html><script>alert(1)</script></html>')
    const { uploadId } = dataOf(await start({ bytes: page.length }))
    dataOf(await part(uploadId, 1, page))
    expect(failureOf(await finish(uploadId))).toMatchObject({ kind: 'invalid', details: { errors: [{ code: 'document.wrongType' }] } })

    const pdf = pdfBytes(500)
    const photo = dataOf(await start({ bytes: pdf.length, contentType: 'image/jpeg', fileName: 'scan.jpg' }))
    dataOf(await part(photo.uploadId, 1, pdf))
    expect(failureOf(await finish(photo.uploadId))).toMatchObject({
      kind: 'invalid',
      details: { errors: [{ code: 'document.wrongType' }] },
    })
    expect(documentsOf('owner')).toHaveLength(before)
  })

  test('refuses to finish while a part is missing, or when the parts are not the size that was said', async () => {
    signInAs('owner')
    const bytes = pdfBytes(EVIDENCE_PART_BYTES + 10)
    const { uploadId } = dataOf(await start({ bytes: bytes.length }))
    dataOf(await part(uploadId, 1, bytes.subarray(0, EVIDENCE_PART_BYTES)))
    expect(failureOf(await finish(uploadId))).toMatchObject({ kind: 'invalid', details: { errors: [{ code: 'upload.partsMissing' }] } })
    dataOf(await part(uploadId, 2, bytes.subarray(EVIDENCE_PART_BYTES, EVIDENCE_PART_BYTES + 5)))
    expect(failureOf(await finish(uploadId))).toMatchObject({ kind: 'invalid', details: { errors: [{ code: 'upload.partsMissing' }] } })
  })

  test('asks for a reference when the documents are for something else', async () => {
    signInAs('owner')
    const documentId = await upload(pdfBytes(800))
    const failure = failureOf(
      await clientFor().call('sendEvidence', {
        body: { purpose: { for: 'something-else', reference: '  ' }, documentIds: [documentId] },
        idempotencyKey: crypto.randomUUID(),
      }),
    )
    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field: 'purpose.reference', code: 'reference.missing' }] } })
    expect(
      failureOf(
        await clientFor().call('sendEvidence', {
          body: { purpose: { for: 'something-else', reference: 'x'.repeat(31) }, documentIds: [documentId] },
          idempotencyKey: crypto.randomUUID(),
        }),
      ).kind,
    ).toBe('invalid')
  })
})
