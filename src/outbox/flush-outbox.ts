import type { GatewayClient } from '#src/gateway/client'
import { outboxFor, updateOutboxItem } from './outbox-store'
import { failuresThatPass, sendItem } from './outbox-senders'

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
      let progress = item.progress
      const result = await sendItem(gateway, item, async (kept) => {
        progress = kept
        await updateOutboxItem(item.id, { progress: kept })
      })
      if (result.ok) {
        await updateOutboxItem(item.id, { state: 'sent', result: result.data, problem: null, progress })
        continue
      }
      if (failuresThatPass.has(result.failure.kind)) {
        await updateOutboxItem(item.id, { state: 'queued', problem: result.failure, progress })
        return 'waiting'
      }
      await updateOutboxItem(item.id, { state: 'needs-attention', problem: result.failure, progress })
    }
    return 'sent-all'
  })
}
