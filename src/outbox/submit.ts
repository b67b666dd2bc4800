import type { GatewayClient } from '#src/gateway/client'
import type { GatewayFailure, GatewayResult } from '#src/gateway/errors'
import { keepsNothingOnDevice } from '#src/device/shared-computer'
import { flushOutbox } from './flush-outbox'
import {
  failuresThatPass,
  isOfKind,
  sentNowOrNotAtAll,
  type OutboxItemOf,
  type OutboxKind,
  type OutboxPayloads,
  type OutboxResults,
} from './outbox-item'
import { addToOutbox, outboxItem, removeFromOutbox } from './outbox-store'
import { sendItem } from './send-item'

export type SubmitOutcome<Result = unknown> =
  | { state: 'sent'; result: Result }
  /** Kept on the device, to go when the connection (or the person's session) comes back. */
  | { state: 'waiting'; failure: GatewayFailure | null }
  /** The council refused it: the person needs to change something. Nothing is kept. */
  | { state: 'refused'; failure: GatewayFailure }
  /** A kiosk or a shared computer keeps nothing, nor does any device keep bank details: what cannot go now does not go at all. */
  | { state: 'not-sent'; failure: GatewayFailure }

async function askForBackgroundSync() {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return
  try {
    const registration = (await navigator.serviceWorker.getRegistration()) as
      (ServiceWorkerRegistration & { sync?: { register: (tag: string) => Promise<void> } }) | undefined
    await registration?.sync?.register('outbox')
  } catch {
    // Background Sync is a bonus: the app also sends at start and when the connection returns.
  }
}

/**
 * Writes a submission to the outbox before anything is sent, then sends what is waiting.
 * `id` is the submission's Idempotency-Key, kept by the form so a second press is the same submission.
 */
export async function submitThroughOutbox<Kind extends OutboxKind>(
  gateway: GatewayClient,
  personId: string,
  kind: Kind,
  payload: OutboxPayloads[Kind],
  id: string,
): Promise<SubmitOutcome<OutboxResults[Kind]>> {
  // On a kiosk, or a computer the person said is shared, a submission never touches the device: one kept to send
  // later would stay behind, with their words and photos, after they walk away without signing out. So it goes now,
  // or the person is told plainly it did not, with what they wrote still on screen to try again.
  if (keepsNothingOnDevice() || sentNowOrNotAtAll.has(kind)) {
    const item: OutboxItemOf<Kind> = {
      id,
      personId,
      kind,
      payload,
      state: 'sending',
      createdAt: Date.now(),
      updatedAt: Date.now(),
      attempts: 1,
      failure: null,
      result: null,
      progress: {},
    }
    const result = await sendItem(gateway, item, async () => {})
    if (result.ok) return { state: 'sent', result: result.data }
    return failuresThatPass.has(result.failure.kind)
      ? { state: 'not-sent', failure: result.failure }
      : { state: 'refused', failure: result.failure }
  }

  const existing = await outboxItem(id)
  if (!existing) await addToOutbox({ id, personId, kind, payload })
  else if (existing.state === 'needs-attention') await removeFromOutbox(id).then(() => addToOutbox({ id, personId, kind, payload }))
  await flushOutbox(gateway, personId)
  const item = await outboxItem(id)
  if (!item || !isOfKind(item, kind)) return { state: 'waiting', failure: null }
  if (item.state === 'sent' && item.result) return { state: 'sent', result: item.result }
  if (item.state === 'needs-attention' && item.failure) {
    // The person is here to put it right, so it goes back to them rather than waiting in a list.
    await removeFromOutbox(id)
    return { state: 'refused', failure: item.failure }
  }
  await askForBackgroundSync()
  return { state: 'waiting', failure: item.failure }
}

/** For forms that think in gateway results: waiting in the outbox reads as the failure it waits on, marked as kept. */
export function outcomeAsResult<T>(outcome: SubmitOutcome<T>): GatewayResult<T> & { kept?: boolean } {
  if (outcome.state === 'sent') return { ok: true, data: outcome.result }
  if (outcome.state === 'waiting') return { ok: false, failure: outcome.failure ?? { kind: 'offline' }, kept: true }
  return { ok: false, failure: outcome.failure }
}
