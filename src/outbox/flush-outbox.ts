import type { GatewayClient } from '#src/gateway/client'
import type { GatewayFailure } from '#src/gateway/errors'
import { outboxFor, updateOutboxItem, type OutboxItem } from './outbox-store'
import { senders, type OutboxKind } from './outbox-senders'

const LOCK = 'my-account-outbox'
let inThisContext: Promise<unknown> = Promise.resolve()

/** One sender at a time across every tab and the service worker, through the Web Locks API. */
async function withOutboxLock<T>(work: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && 'locks' in navigator && navigator.locks) {
    return navigator.locks.request(LOCK, work) as Promise<T>
  }
  const next = inThisContext.then(work, work)
  inThisContext = next.catch(() => undefined)
  return next
}

/** Failures that will pass: try again later, as they are. */
const passing = new Set<GatewayFailure['kind']>(['offline', 'timeout', 'unavailable', 'too-many-requests', 'signed-out'])

export type FlushOutcome = 'sent-all' | 'waiting' | 'nothing-to-send'

/**
 * Sends what is waiting for the person signed in, oldest first. This is the only code that
 * sends outbox items; the app's start, the connection coming back, a new submission and
 * Background Sync all call it. Items of anyone else are never touched.
 */
export async function flushOutbox(gateway: GatewayClient, personId: string): Promise<FlushOutcome> {
  return withOutboxLock(async () => {
    // Anything still "sending" here was cut off (a closed tab, a reload): the lock says nobody is sending it now.
    const waiting = (await outboxFor(personId)).filter((item) => item.state === 'queued' || item.state === 'sending')
    if (waiting.length === 0) return 'nothing-to-send'
    for (const item of waiting) {
      await updateOutboxItem(item.id, { state: 'sending', attempts: item.attempts + 1 })
      const sender = senders[item.kind as OutboxKind] as (gateway: GatewayClient, item: OutboxItem, keep: (progress: Record<string, string>) => Promise<void>) => ReturnType<(typeof senders)['feedback']>
      let progress = item.progress
      const result = await sender(gateway, item, async (kept) => {
        progress = kept
        await updateOutboxItem(item.id, { progress: kept })
      })
      if (result.ok) {
        await updateOutboxItem(item.id, { state: 'sent', result: result.data, problem: null, progress })
        continue
      }
      if (passing.has(result.failure.kind)) {
        await updateOutboxItem(item.id, { state: 'queued', problem: result.failure, progress })
        return 'waiting'
      }
      await updateOutboxItem(item.id, { state: 'needs-attention', problem: result.failure, progress })
    }
    return 'sent-all'
  })
}
