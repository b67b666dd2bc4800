import { openDB, type DBSchema, type IDBPDatabase } from 'idb'

export type OutboxState = 'queued' | 'sending' | 'sent' | 'needs-attention'

export interface StoredOutboxItem {
  /** Also the Idempotency-Key the item is sent with, every time. */
  id: string
  personId: string
  kind: string
  payload: unknown
  state: OutboxState
  createdAt: number
  updatedAt: number
  attempts: number
  /** Why it is waiting or needs attention, as a gateway failure. */
  problem: unknown
  result: unknown
  /** Steps already done, such as photos already uploaded, so a resend skips them. */
  progress: Record<string, string>
}

export interface CachedAnswer {
  personId: string
  queryKey: string
  data: unknown
  updatedAt: number
}

/** Part of the council's catalogue, as its gateway gave it in one language. Nobody's personal data. */
export interface KeptCatalogueAnswer {
  language: string
  /** `services` for the list, or a service's code for its definition. */
  name: string
  data: unknown
  savedAt: number
}

interface DeviceSchema extends DBSchema {
  drafts: { key: string; value: { personId: string; savedAt: number; value: unknown } }
  outbox: { key: string; value: StoredOutboxItem; indexes: { byPerson: string } }
  'account-cache': { key: [string, string]; value: CachedAnswer; indexes: { byPerson: string } }
  'signed-in': { key: 'last'; value: { personId: string; name: string; role: string; tenant: boolean; at: number } }
  catalogue: { key: [string, string]; value: KeptCatalogueAnswer }
}

export const DATABASE = 'my-account'
let opening: Promise<IDBPDatabase<DeviceSchema>> | null = null

/** The one IndexedDB database, shared by the page and the service worker. */
export function database() {
  opening ??= openDB<DeviceSchema>(DATABASE, 3, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) db.createObjectStore('drafts')
      if (oldVersion < 2) {
        db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('byPerson', 'personId')
        db.createObjectStore('account-cache', { keyPath: ['personId', 'queryKey'] }).createIndex('byPerson', 'personId')
        db.createObjectStore('signed-in')
      }
      if (oldVersion < 3) db.createObjectStore('catalogue', { keyPath: ['language', 'name'] })
    },
    blocking() {
      // Another tab or a new version wants to upgrade: step aside rather than block it.
      void opening?.then((db) => db.close())
      opening = null
    },
  })
  return opening
}
