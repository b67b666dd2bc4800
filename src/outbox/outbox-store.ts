import { database, type StoredOutboxItem } from '#src/device/database'

export type OutboxItem = StoredOutboxItem

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

export async function addToOutbox(item: Pick<OutboxItem, 'id' | 'personId' | 'kind' | 'payload'>): Promise<OutboxItem> {
  const now = Date.now()
  const stored: OutboxItem = {
    ...item,
    state: 'queued',
    createdAt: now,
    updatedAt: now,
    attempts: 0,
    problem: null,
    result: null,
    progress: {},
  }
  await (await database()).put('outbox', stored)
  broadcast()
  return stored
}

export async function outboxFor(personId: string): Promise<OutboxItem[]> {
  const items = await (await database()).getAllFromIndex('outbox', 'byPerson', personId)
  return items.sort((a, b) => a.createdAt - b.createdAt)
}

export async function outboxItem(id: string): Promise<OutboxItem | undefined> {
  return (await database()).get('outbox', id)
}

/** Changes one item in a single transaction, so two tabs can never interleave half-updates. */
export async function updateOutboxItem(id: string, change: Partial<Omit<OutboxItem, 'id' | 'personId'>>): Promise<OutboxItem | undefined> {
  const db = await database()
  const transaction = db.transaction('outbox', 'readwrite')
  const current = await transaction.store.get(id)
  if (!current) {
    await transaction.done
    return undefined
  }
  const updated = { ...current, ...change, updatedAt: Date.now() }
  await transaction.store.put(updated)
  await transaction.done
  broadcast()
  return updated
}

export async function removeFromOutbox(id: string) {
  await (await database()).delete('outbox', id)
  broadcast()
}
