import { Blob as NodeBlob } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import { createGatewayClient } from '#src/gateway/client'
import { EVIDENCE_PART_BYTES } from '#src/gateway/contract/evidence'
import { flushOutbox } from '#src/outbox/flush-outbox'
import { addToOutbox, outboxItem } from '#src/outbox/outbox-store'
import { council, signInAs } from '#test/gateway-server'
import { evidenceSent, uploadEvidenceFiles, type EvidenceFile } from './evidence-file'

/** Loses the answer to the first call whose path matches, after the gateway has acted on it: as when the signal goes. */
function gatewayLosingAnswerTo(pattern: RegExp) {
  let lost = false
  return createGatewayClient({
    baseUrl: '/api',
    backoffMs: 0,
    retries: 0,
    timeoutMs: 5000,
    fetch: async (input, init) => {
      const answer = await globalThis.fetch(input, init)
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
      if (!lost && pattern.test(url)) {
        lost = true
        throw new TypeError('Failed to fetch')
      }
      return answer
    },
  })
}
const gateway = () => gatewayLosingAnswerTo(/$^/)

// jsdom's Blob cannot be read as bytes; Node's can, like a browser's.
const blobOf = (bytes: Uint8Array, type: string) => new NodeBlob([bytes], { type }) as unknown as Blob
function pdf(size: number): EvidenceFile {
  const bytes = new Uint8Array(size).fill(0x20)
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'))
  return { blob: blobOf(bytes, 'application/pdf'), name: 'bank-statement.pdf', contentType: 'application/pdf' }
}
function photo(size: number): EvidenceFile {
  const bytes = new Uint8Array(size).fill(7)
  bytes.set([0xff, 0xd8, 0xff, 0xe0])
  return { blob: blobOf(bytes, 'image/jpeg'), name: 'payslip.jpg', contentType: 'image/jpeg' }
}

const ownersDocuments = () => council.state.people.owner.evidence.documents
const purpose = { for: 'council-tax', reference: 'CT-60298154' } as const

describe('uploading documents in parts', () => {
  it('sends a 2.5 MB PDF in three parts and a photo in one, keeping progress after each part', async () => {
    signInAs('owner')
    const statement = pdf(2.5 * EVIDENCE_PART_BYTES)
    const files = [statement, photo(300_000)]
    const sentAfterEach: number[] = []
    const result = await uploadEvidenceFiles(gateway(), { id: 'evidence-1', progress: {} }, files, async (progress) => {
      sentAfterEach.push(evidenceSent(progress, files).sentBytes)
    })

    expect(result.ok && result.data).toEqual([expect.stringMatching(/^DOC-/), expect.stringMatching(/^DOC-/)])
    const total = statement.blob.size + 300_000
    expect(new Set(sentAfterEach)).toEqual(
      new Set([0, EVIDENCE_PART_BYTES, 2 * EVIDENCE_PART_BYTES, statement.blob.size, statement.blob.size + 300_000, total]),
    )
    expect(sentAfterEach.at(-1)).toBe(total)
    expect(
      ownersDocuments()
        .slice(-2)
        .map((document) => document.bytes),
    ).toEqual([statement.blob.size, 300_000])
  })

  it('skips a file already recorded in progress', async () => {
    signInAs('owner')
    const result = await uploadEvidenceFiles(
      gateway(),
      { id: 'evidence-2', progress: { 'evidence-0': 'DOC-1' } },
      [pdf(900)],
      async () => {},
    )
    expect(result).toEqual({ ok: true, data: ['DOC-1'] })
    expect(council.state.applied.size).toBe(0)
  })
})

describe('documents sent through the outbox', () => {
  it.each([
    ['a part', /\/parts\/2$/],
    ['finishing', /\/finish$/],
    ['sending them', /\/api\/evidence$/],
  ])('when the answer to %s is lost, sends it again under the same key: one document each, one submission', async (_, lost) => {
    signInAs('owner')
    const before = ownersDocuments().length
    await addToOutbox({
      id: 'evidence-3',
      personId: 'owner',
      kind: 'evidence',
      payload: { purpose, files: [pdf(1.5 * EVIDENCE_PART_BYTES)] },
    })
    const losing = gatewayLosingAnswerTo(lost)

    expect(await flushOutbox(losing, 'owner')).not.toBe('sent-all')
    expect((await outboxItem('evidence-3'))?.state).toBe('queued')
    await flushOutbox(losing, 'owner')

    const item = await outboxItem('evidence-3')
    expect(item?.state).toBe('sent')
    expect(ownersDocuments()).toHaveLength(before + 1)
    expect(ownersDocuments().at(-1)).toMatchObject({ purpose, bytes: 1.5 * EVIDENCE_PART_BYTES })
    for (const step of ['evidence-3:evidence-0:part-2', 'evidence-3:evidence-0:finish', 'evidence-3']) {
      expect(council.state.applied.get(step)).toBe(1)
    }
  })

  it('waits on the device while offline, and sends every part once the gateway answers', async () => {
    signInAs('owner')
    council.state.faults.errorRate = 1
    await addToOutbox({ id: 'evidence-4', personId: 'owner', kind: 'evidence', payload: { purpose, files: [photo(2000)] } })
    await flushOutbox(gateway(), 'owner')
    expect((await outboxItem('evidence-4'))?.state).toBe('queued')

    council.state.faults.errorRate = 0
    await flushOutbox(gateway(), 'owner')
    expect((await outboxItem('evidence-4'))?.state).toBe('sent')
    expect(ownersDocuments().at(-1)).toMatchObject({ kind: 'photo', purpose })
  })
})
