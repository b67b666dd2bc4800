import { Blob as NodeBlob } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import type { EvidenceFile } from '#src/evidence/evidence-file'
import { createGatewayClient } from '#src/gateway/client'
import { flushOutbox } from '#src/outbox/flush-outbox'
import type { OutboxPayloads } from '#src/outbox/outbox-item'
import { outboxItem } from '#src/outbox/outbox-store'
import { submitThroughOutbox } from '#src/outbox/submit'
import { council, signInAs } from '#test/gateway-server'

/** The gateway as the device reaches it; while `documentsCannotGo`, uploads of documents fail as with no signal. */
const signal = { documentsCannotGo: false }
const gateway = () =>
  createGatewayClient({
    baseUrl: '/api',
    backoffMs: 0,
    retries: 0,
    timeoutMs: 5000,
    fetch: async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
      if (signal.documentsCannotGo && url.includes('/evidence/uploads')) throw new TypeError('Failed to fetch')
      return globalThis.fetch(input, init)
    },
  })

// jsdom's Blob cannot be read as bytes; Node's can, like a browser's.
const payslip = (name: string): EvidenceFile => {
  const bytes = new Uint8Array(1200).fill(0x20)
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'))
  return { blob: new NodeBlob([bytes], { type: 'application/pdf' }) as unknown as Blob, name, contentType: 'application/pdf' }
}

const incomeChange = (evidence: EvidenceFile[]): OutboxPayloads['change-of-circumstances'] => ({
  change: { what: 'income', date: '2025-03-01', income: { whose: 'mine', kind: 'earnings' }, details: '' },
  evidence,
})

const documentNamed = (name: string) => council.state.people.tenant.evidence.documents.filter((document) => document.fileName === name)

describe('sending a change of circumstances from the outbox', () => {
  it('sends the documents first, then the change naming them by the ids the council gave', async () => {
    signInAs('tenant')
    signal.documentsCannotGo = false
    const outcome = await submitThroughOutbox(
      gateway(),
      'tenant',
      'change-of-circumstances',
      incomeChange([payslip('may.pdf'), payslip('june.pdf')]),
      'change-1',
    )
    expect(outcome).toMatchObject({ state: 'sent', result: { servicesTold: ['benefits'] } })
    const [may] = documentNamed('may.pdf')
    const [june] = documentNamed('june.pdf')
    const [told] = council.state.people.tenant.changesOfCircumstances
    expect(told?.evidenceIds).toEqual([may?.documentId, june?.documentId])
    expect(may?.purpose).toEqual({ for: 'change-of-circumstances', reference: told?.reference })
  })

  it('does not tell of the change while its documents cannot go, and tells once, with one copy of each, when they can', async () => {
    signInAs('tenant')
    signal.documentsCannotGo = true
    const outcome = await submitThroughOutbox(
      gateway(),
      'tenant',
      'change-of-circumstances',
      incomeChange([payslip('july.pdf')]),
      'change-2',
    )
    expect(outcome.state).toBe('waiting')
    expect(council.state.people.tenant.changesOfCircumstances).toEqual([])

    signal.documentsCannotGo = false
    await flushOutbox(gateway(), 'tenant')
    await flushOutbox(gateway(), 'tenant')
    expect((await outboxItem('change-2'))?.state).toBe('sent')
    const [july] = documentNamed('july.pdf')
    expect(documentNamed('july.pdf')).toHaveLength(1)
    expect(council.state.people.tenant.changesOfCircumstances).toMatchObject([{ evidenceIds: [july?.documentId] }])
    expect(council.state.applied.get('change-2')).toBe(1)
  })
})
