import type { GatewayClient } from '#src/gateway/client'
import type { GatewayFailure } from '#src/gateway/errors'
import { keepsNothingOnDevice } from '#src/device/shared-computer'
import { failuresThatPass, type OutboxItemOf, type OutboxKind } from './outbox-item'
import { markSent, outboxFor, removeFromOutbox, updateOutboxItem } from './outbox-store'
import { sendItem } from './send-item'

const LOCK = 'my-account-outbox'
let inThisContext: Promise<unknown> = Promise.resolve()
let sendingInThisContext = 0

const hasWebLocks = () => typeof navigator !== 'undefined' && 'locks' in navigator && Boolean(navigator.locks)

/** One sender at a time across every tab and the service worker, through the Web Locks API. */
async function withOutboxLock<T>(work: () => Promise<T>): Promise<T> {
  const counted = async () => {
    sendingInThisContext += 1
    try {
      return await work()
    } finally {
      sendingInThisContext -= 1
    }
  }
  if (hasWebLocks()) return navigator.locks.request(LOCK, counted) as Promise<T>
  const next = inThisContext.then(counted, counted)
  inThisContext = next.catch(() => undefined)
  return next
}

/**
 * Whether a tab or the service worker is sending right now. An item marked "sending" while nobody
 * is was cut off (its tab was closed), and is only waiting.
 */
export async function outboxIsBeingSent(): Promise<boolean> {
  if (sendingInThisContext > 0) return true
  if (!hasWebLocks()) return false
  const { held = [] } = await navigator.locks.query()
  return held.some((lock) => lock.name === LOCK)
}

export type FlushOutcome = 'sent-all' | 'waiting' | 'nothing-to-send'

/**
 * Sends what is waiting for the person signed in, oldest first. This is the only code that
 * sends outbox items; the app's start, the connection coming back, a new submission and
 * Background Sync all call it. Items of anyone else are never touched.
 */
export async function flushOutbox(gateway: GatewayClient, personId: string): Promise<FlushOutcome> {
  return withOutboxLock(async () => {
    const items = await outboxFor(personId)
    // Anything still "sending" here was cut off (a closed tab, a reload): the lock says nobody is sending it now.
    for (const item of items) if (item.state === 'sending') await updateOutboxItem(item.id, { state: 'queued' })
    const waiting = items.filter((item) => item.state === 'queued' || item.state === 'sending')
    if (waiting.length === 0) return 'nothing-to-send'

    // Asked afresh every time: the session may have ended, or be someone else's now, since the item was made (a new
    // tab, the service worker). It also gives this sender the session's current CSRF token.
    const session = await gateway.call('getSession')
    if (!session.ok || !session.data.signedIn || session.data.person.id !== personId) {
      const failure: GatewayFailure = session.ok ? { kind: 'signed-out' } : session.failure
      for (const item of waiting) await updateOutboxItem(item.id, { failure })
      return 'waiting'
    }
    // Nothing of a person on a shared computer stays behind once it has gone.
    const keepSent = !session.data.sharedDevice && !keepsNothingOnDevice()

    for (const item of waiting) if ((await sendOne(gateway, item, keepSent)) === 'waiting') return 'waiting'
    return 'sent-all'
  })
}

/** Sends one item, and keeps how it went. */
async function sendOne<Kind extends OutboxKind>(
  gateway: GatewayClient,
  item: OutboxItemOf<Kind>,
  keepSent: boolean,
): Promise<'sent' | 'waiting' | 'needs-attention'> {
  await updateOutboxItem(item.id, { state: 'sending', attempts: item.attempts + 1 })
  let progress = item.progress
  const result = await sendItem(gateway, item, async (kept) => {
    progress = kept
    await updateOutboxItem(item.id, { progress: kept })
  })
  if (result.ok) {
    if (keepSent) await markSent(item, result.data, progress)
    else await removeFromOutbox(item.id)
    return 'sent'
  }
  if (failuresThatPass.has(result.failure.kind)) {
    await updateOutboxItem(item.id, { state: 'queued', failure: result.failure, progress })
    return 'waiting'
  }
  await updateOutboxItem(item.id, { state: 'needs-attention', failure: result.failure, progress })
  return 'needs-attention'
}
