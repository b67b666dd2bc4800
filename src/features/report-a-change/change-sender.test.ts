import { Blob as NodeBlob } from 'node:buffer'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { EvidenceFile } from '#src/evidence/evidence-file'
import { createGatewayClient } from '#src/gateway/client'
import { flushOutbox } from '#src/outbox/flush-outbox'
import type { OutboxPayloads } from '#src/outbox/outbox-item'
import { outboxItem } from '#src/outbox/outbox-store'
import { submitThroughOutbox } from '#src/outbox/submit'
import { council, signInAs } from '#test/gateway-server'

// The evidence work builds the real upload at the same time: here it stands in with the same interface, so what this
// kind's sender does with it is tested now. It answers one id per file, and records each upload.
const uploads = vi.hoisted(() => ({ calls: [] as string[][], fail: false }))
vi.mock('#src/evidence/evidence-file', () => ({
  uploadEvidenceFiles: async (_gateway: unknown, item: { id: string }, files: EvidenceFile[]) => {
    uploads.calls.push(files.map((file) => file.name))
    if (uploads.fail) return { ok: false, failure: { kind: 'offline' } }
    return { ok: true, data: files.map((_, index) => `EV-${item.id}-${index}`) }
  },
}))

const gateway = () => createGatewayClient({ baseUrl: '/api', backoffMs: 0, retries: 0, timeoutMs: 2000 })

const payslip = (name: string): EvidenceFile => ({
  blob: new NodeBlob([new Uint8Array([0x25, 0x50, 0x44, 0x46])], { type: 'application/pdf' }) as unknown as Blob,
  name,
  contentType: 'application/pdf',
})

const incomeChange = (evidence: EvidenceFile[]): OutboxPayloads['change-of-circumstances'] => ({
  change: { what: 'income', date: '2025-03-01', income: { whose: 'mine', kind: 'earnings' }, details: '' },
  evidence,
})

beforeEach(() => {
  uploads.calls = []
  uploads.fail = false
})

describe('sending a change of circumstances from the outbox', () => {
  it('sends the documents first, then the change naming them by the ids the council gave', async () => {
    signInAs('tenant')
    const outcome = await submitThroughOutbox(
      gateway(),
      'tenant',
      'change-of-circumstances',
      incomeChange([payslip('may.pdf'), payslip('june.pdf')]),
      'change-1',
    )
    expect(outcome).toMatchObject({ state: 'sent', result: { servicesTold: ['benefits'] } })
    expect(uploads.calls).toEqual([['may.pdf', 'june.pdf']])
    expect(council.state.people.tenant.changesOfCircumstances).toMatchObject([{ evidenceIds: ['EV-change-1-0', 'EV-change-1-1'] }])
  })

  it('does not tell of the change while its documents cannot go, and tells once when they can', async () => {
    signInAs('tenant')
    uploads.fail = true
    const outcome = await submitThroughOutbox(
      gateway(),
      'tenant',
      'change-of-circumstances',
      incomeChange([payslip('may.pdf')]),
      'change-2',
    )
    expect(outcome.state).toBe('waiting')
    expect(council.state.people.tenant.changesOfCircumstances).toEqual([])

    uploads.fail = false
    await flushOutbox(gateway(), 'tenant')
    await flushOutbox(gateway(), 'tenant')
    expect((await outboxItem('change-2'))?.state).toBe('sent')
    expect(council.state.people.tenant.changesOfCircumstances).toMatchObject([{ evidenceIds: ['EV-change-2-0'] }])
    expect(council.state.applied.get('change-2')).toBe(1)
  })
})
