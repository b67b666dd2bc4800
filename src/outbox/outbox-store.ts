import { database } from '#src/device/database'
import { isOutboxItem, type OutboxItem, type OutboxItemOf, type OutboxKind, type OutboxResults } from './outbox-item'

export type { OutboxItem } from './outbox-item'

/** What changes as an item is sent; its kind and what it carries never do. */
export type OutboxChange = Partial<Pick<OutboxItem, 'state' | 'attempts' | 'failure' | 'progress'>>

const CHANNEL = 'my-account-outbox'
const listeners = new Set<() => void>()
let channel: BroadcastChannel | null = null

function broadcast() {
  channel ??= typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL)
  channel?.postMessage('changed')
  for (const listener of listeners) listener()
}

/** Hears every change to the outbox, from this tab, other tabs and the service worker. */
export function onOutboxChange(listener: () => void): () => void {
  listeners.add(listener)
  const hearing = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL)
  hearing?.addEventListener('message', listener)
  return () => {
    listeners.delete(listener)
    hearing?.close()
  }
}

export async function addToOutbox<Kind extends OutboxKind>(
  item: Pick<OutboxItemOf<Kind>, 'id' | 'personId' | 'kind' | 'payload'>,
): Promise<OutboxItemOf<Kind>> {
  const now = Date.now()
  const stored: OutboxItemOf<Kind> = {
    ...item,
    state: 'queued',
    createdAt: now,
    updatedAt: now,
    attempts: 0,
    failure: null,
    result: null,
    progress: {},
  }
  await (await database()).put('outbox', stored)
  broadcast()
  return stored
}

export async function outboxFor(personId: string): Promise<OutboxItem[]> {
  const items = (await (await database()).getAllFromIndex('outbox', 'byPerson', personId)).filter(isOutboxItem)
  return items.sort((a, b) => a.createdAt - b.createdAt)
}

export async function outboxItem(id: string): Promise<OutboxItem | undefined> {
  const stored = await (await database()).get('outbox', id)
  return stored && isOutboxItem(stored) ? stored : undefined
}

/** Changes one item in a single transaction, so two tabs can never interleave half-updates. */
async function changeItem(id: string, change: OutboxChange & { result?: OutboxItem['result'] }): Promise<OutboxItem | undefined> {
  const db = await database()
  const transaction = db.transaction('outbox', 'readwrite')
  const current = await transaction.store.get(id)
  if (!current || !isOutboxItem(current)) {
    await transaction.done
    return undefined
  }
  const updated = { ...current, ...change, updatedAt: Date.now() }
  await transaction.store.put(updated)
  await transaction.done
  broadcast()
  return isOutboxItem(updated) ? updated : undefined
}

export function updateOutboxItem(id: string, change: OutboxChange): Promise<OutboxItem | undefined> {
  return changeItem(id, change)
}

/** The council took it: kept, with its answer, for the person to see it went. */
export async function markSent<Kind extends OutboxKind>(
  item: OutboxItemOf<Kind>,
  result: OutboxResults[Kind],
  progress: Record<string, string>,
): Promise<void> {
  await changeItem(item.id, { state: 'sent', result, failure: null, progress })
}

export async function removeFromOutbox(id: string) {
  await (await database()).delete('outbox', id)
  broadcast()
}
