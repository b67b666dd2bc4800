import { Blob as NodeBlob } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import { createGatewayClient } from '#src/gateway/client'
import { markSharedComputer } from '#src/device/shared-computer'
import { SESSION_COOKIE } from '#mocks/reference-council'
import { council, signInAs } from '#test/gateway-server'
import { flushOutbox } from './flush-outbox'
import { addToOutbox, outboxFor, outboxItem, updateOutboxItem } from './outbox-store'
import type { OutboxPayloads } from './outbox-item'
import { submitThroughOutbox } from './submit'

const gateway = () => createGatewayClient({ baseUrl: '/api', backoffMs: 0, retries: 0, timeoutMs: 2000 })

const comment = (text: string): OutboxPayloads['comment'] => ({ reference: 'SR-1047760', body: { text, photoIds: [] } })

function jpegBytes(fill: number) {
  const bytes = new Uint8Array(2000).fill(fill)
  bytes.set([0xff, 0xd8, 0xff, 0xe0])
  return bytes
}

const missedBin = (photos = 0): OutboxPayloads['report-problem'] => ({
  report: {
    serviceCode: 'missed-bin',
    answers: { bin_type: '2' },
    location: { kind: 'address', uprn: '100021390011', text: '11 Kestrel Avenue, Southmere SE21 8JB' },
    details: '',
  },
  // jsdom's Blob cannot be read as bytes; Node's can, like a browser's. Each starts as a JPEG does, as the gateway checks.
  photos: Array.from({ length: photos }, (_, index) => ({
    blob: new NodeBlob([jpegBytes(index + 1)], { type: 'image/jpeg' }) as unknown as Blob,
    name: `photo-${index}.jpg`,
  })),
  serviceName: 'Missed bin collection',
})

/** Signs in as the sign-in page does when the person says this is a shared or public computer. */
function signInOnSharedComputer(personId: 'owner') {
  const session = council.startSession(personId, Date.now(), true)
  document.cookie = `${SESSION_COOKIE}=${session.id}; Path=/`
  return session
}

const ownersComments = () => council.state.people.owner.requests.find((request) => request.reference === 'SR-1047760')?.comments ?? []
const ownersMissedBins = () => council.state.people.owner.requests.filter((request) => request.serviceCode === 'missed-bin' && request.open)

describe('the outbox', () => {
  it('writes a submission down before sending it, then sends it once', async () => {
    signInAs('owner')
    const outcome = await submitThroughOutbox(gateway(), 'owner', 'comment', comment('Great'), 'key-1')
    expect(outcome.state).toBe('sent')
    expect((await outboxItem('key-1'))?.state).toBe('sent')
    expect(ownersComments()).toHaveLength(1)
    expect(council.state.applied.get('key-1')).toBe(1)
  })

  it('keeps a submission made offline, and sends it once when the connection returns', async () => {
    signInAs('owner')
    council.state.faults.errorRate = 1
    const outcome = await submitThroughOutbox(gateway(), 'owner', 'report-problem', missedBin(), 'report-1')
    expect(outcome).toEqual({ state: 'waiting', failure: { kind: 'unavailable', status: 503 } })
    expect((await outboxItem('report-1'))?.state).toBe('queued')
    expect(ownersMissedBins()).toHaveLength(0)

    council.state.faults.errorRate = 0
    expect(await flushOutbox(gateway(), 'owner')).toBe('sent-all')
    expect(await flushOutbox(gateway(), 'owner')).toBe('nothing-to-send')
    expect(ownersMissedBins()).toHaveLength(1)
    expect(council.state.applied.get('report-1')).toBe(1)
  })

  it('sends once when the gateway acted but the answer was lost', async () => {
    signInAs('owner')
    council.state.faults.dropAfterActing = 1
    const outcome = await submitThroughOutbox(gateway(), 'owner', 'report-problem', missedBin(), 'report-2')
    expect(outcome.state).toBe('waiting')
    expect(ownersMissedBins()).toHaveLength(1)

    await flushOutbox(gateway(), 'owner')
    expect((await outboxItem('report-2'))?.state).toBe('sent')
    expect(ownersMissedBins()).toHaveLength(1)
    expect(council.state.applied.get('report-2')).toBe(1)
  })

  it('uploads the photos, then the report that names them', async () => {
    signInAs('owner')
    await addToOutbox({ id: 'report-3', personId: 'owner', kind: 'report-problem', payload: missedBin(2) })
    await flushOutbox(gateway(), 'owner')
    expect(council.state.photos.size).toBe(2)
    expect((await outboxItem('report-3'))?.progress).toEqual({ 'photo-0': expect.any(String), 'photo-1': expect.any(String) })
    expect(ownersMissedBins()[0]?.photos).toBe(2)
  })

  it('after a closed tab, finishes an item left half-sent without sending its photos twice', async () => {
    signInAs('owner')
    await addToOutbox({ id: 'report-4', personId: 'owner', kind: 'report-problem', payload: missedBin(2) })
    // The first photo went up; then the tab was closed mid-send.
    council.state.faults.dropAfterActing = 0
    const first = await gateway().call('uploadPhoto', {
      body: { contentType: 'image/jpeg', dataBase64: Buffer.from(jpegBytes(9)).toString('base64') },
      idempotencyKey: 'report-4:photo-0',
    })
    expect(first.ok).toBe(true)
    const { updateOutboxItem } = await import('./outbox-store')
    await updateOutboxItem('report-4', { state: 'sending', progress: { 'photo-0': first.ok ? first.data.photoId : '' } })

    await flushOutbox(gateway(), 'owner')
    expect((await outboxItem('report-4'))?.state).toBe('sent')
    expect(council.state.photos.size).toBe(2)
    expect(council.state.applied.get('report-4:photo-0')).toBe(1)
  })

  it('sends each item once when two tabs send at the same moment', async () => {
    signInAs('owner')
    await addToOutbox({ id: 'report-5', personId: 'owner', kind: 'report-problem', payload: missedBin() })
    await addToOutbox({ id: 'comment-5', personId: 'owner', kind: 'comment', payload: comment('Two tabs') })
    await Promise.all([flushOutbox(gateway(), 'owner'), flushOutbox(gateway(), 'owner'), flushOutbox(gateway(), 'owner')])
    expect(ownersMissedBins()).toHaveLength(1)
    expect(ownersComments()).toHaveLength(1)
    expect(council.state.applied.get('report-5')).toBe(1)
  })

  it('keeps an item while the session has ended, and sends it when the same person signs in again', async () => {
    signInAs('owner')
    council.expireAllSessions()
    const outcome = await submitThroughOutbox(gateway(), 'owner', 'report-problem', missedBin(), 'report-6')
    expect(outcome).toEqual({ state: 'waiting', failure: { kind: 'signed-out' } })

    signInAs('owner')
    await flushOutbox(gateway(), 'owner')
    expect(ownersMissedBins()).toHaveLength(1)
  })

  it("never sends, or shows, one person's items for another person signed in on the same device", async () => {
    signInAs('owner')
    council.expireAllSessions()
    await submitThroughOutbox(gateway(), 'owner', 'report-problem', missedBin(), 'report-7')

    signInAs('renter')
    expect(await flushOutbox(gateway(), 'renter')).toBe('nothing-to-send')
    expect(await outboxFor('renter')).toEqual([])
    expect(ownersMissedBins()).toHaveLength(0)
    expect(council.state.people.renter.requests).toHaveLength(0)
    expect((await outboxItem('report-7'))?.state).toBe('queued')
  })

  it('hands a refusal back to the person instead of keeping it', async () => {
    signInAs('owner')
    const refused = missedBin()
    refused.report.answers = {}
    const outcome = await submitThroughOutbox(gateway(), 'owner', 'report-problem', refused, 'report-8')
    expect(outcome.state).toBe('refused')
    expect(await outboxItem('report-8')).toBeUndefined()
  })

  it('marks an item the council refuses later as needing attention', async () => {
    signInAs('owner')
    const refused = missedBin()
    refused.report.answers = {}
    await addToOutbox({ id: 'report-9', personId: 'owner', kind: 'report-problem', payload: refused })
    await addToOutbox({ id: 'comment-9', personId: 'owner', kind: 'comment', payload: comment('Still goes') })
    expect(await flushOutbox(gateway(), 'owner')).toBe('sent-all')
    expect((await outboxItem('report-9'))?.state).toBe('needs-attention')
    expect((await outboxItem('comment-9'))?.state).toBe('sent')
  })

  it('on a kiosk, keeps nothing and says plainly that it could not be sent', async () => {
    localStorage.setItem('my-account.device-mode', 'kiosk')
    signInAs('owner')
    council.state.faults.errorRate = 1
    const outcome = await submitThroughOutbox(gateway(), 'owner', 'report-problem', missedBin(), 'report-10')
    expect(outcome.state).toBe('not-sent')
    expect(await outboxItem('report-10')).toBeUndefined()
  })

  it('sends an item for a sender holding a token from an earlier session, such as a tab left open, instead of refusing it', async () => {
    signInAs('owner')
    const sender = gateway()
    await sender.call('getSession')
    council.expireAllSessions()
    signInAs('owner')
    await addToOutbox({ id: 'comment-11', personId: 'owner', kind: 'comment', payload: comment('From a tab left open') })

    expect(await flushOutbox(sender, 'owner')).toBe('sent-all')
    expect((await outboxItem('comment-11'))?.state).toBe('sent')
    expect(council.state.applied.get('comment-11')).toBe(1)
  })

  it('never sends an item as someone who has signed in since, in another tab, and keeps it for its own person', async () => {
    signInAs('owner')
    const sender = gateway()
    await sender.call('getSession')
    await addToOutbox({ id: 'comment-12', personId: 'owner', kind: 'comment', payload: comment("Margaret's words") })
    signInAs('renter')

    expect(await flushOutbox(sender, 'owner')).toBe('waiting')
    expect(await outboxItem('comment-12')).toMatchObject({ state: 'queued', failure: { kind: 'signed-out' } })
    expect(ownersComments()).toEqual([])
  })

  it('leaves nothing "sending" once a send cut off by a closed tab is found, even with no connection to send it now', async () => {
    signInAs('owner')
    council.state.faults.errorRate = 1
    await addToOutbox({ id: 'comment-13', personId: 'owner', kind: 'comment', payload: comment('Cut off') })
    await updateOutboxItem('comment-13', { state: 'sending', attempts: 1 })

    expect(await flushOutbox(gateway(), 'owner')).toBe('waiting')
    expect(await outboxItem('comment-13')).toMatchObject({ state: 'queued', attempts: 1, failure: { kind: 'unavailable' } })
  })

  it('on a computer the person said is shared, keeps nothing and says plainly that it could not be sent', async () => {
    signInOnSharedComputer('owner')
    markSharedComputer(true)
    council.state.faults.errorRate = 1
    const outcome = await submitThroughOutbox(gateway(), 'owner', 'report-problem', missedBin(1), 'report-14')
    expect(outcome).toEqual({ state: 'not-sent', failure: { kind: 'unavailable', status: 503 } })
    expect(await outboxItem('report-14')).toBeUndefined()

    council.state.faults.errorRate = 0
    expect(await submitThroughOutbox(gateway(), 'owner', 'report-problem', missedBin(1), 'report-14')).toMatchObject({ state: 'sent' })
    expect(await outboxItem('report-14')).toBeUndefined()
    expect(ownersMissedBins()).toHaveLength(1)
  })

  it('on a shared computer, removes what was waiting from before once it has gone', async () => {
    await addToOutbox({ id: 'comment-15', personId: 'owner', kind: 'comment', payload: comment('Kept from before') })
    // The service worker has no tab's storage: the session alone says the computer is shared.
    signInOnSharedComputer('owner')

    expect(await flushOutbox(gateway(), 'owner')).toBe('sent-all')
    expect(await outboxItem('comment-15')).toBeUndefined()
    expect(ownersComments()).toHaveLength(1)
  })
})
