import { openDB, type DBSchema, type IDBPDatabase } from 'idb'

/**
 * What the device needs of a submission waiting to send: its id, whose it is and what sort it is.
 * What each sort carries is the outbox's to say (src/outbox/outbox-item.ts); the device only keeps it.
 */
export interface StoredOutboxItem {
  id: string
  personId: string
  kind: string
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
  opening ??= openDB<DeviceSchema>(DATABASE, 4, {
    async upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) db.createObjectStore('drafts')
      if (oldVersion < 2) {
        db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('byPerson', 'personId')
        db.createObjectStore('account-cache', { keyPath: ['personId', 'queryKey'] }).createIndex('byPerson', 'personId')
        db.createObjectStore('signed-in')
      }
      if (oldVersion < 3) db.createObjectStore('catalogue', { keyPath: ['language', 'name'] })
      if (oldVersion >= 2 && oldVersion < 4) {
        // Version 4 calls why an item waits its `failure`, as the rest of the app does; what version 3 kept moves across.
        for await (const cursor of transaction.objectStore('outbox')) {
          const { problem, ...kept } = cursor.value as StoredOutboxItem & { problem?: unknown }
          if (problem !== undefined) await cursor.update({ ...kept, failure: problem } as StoredOutboxItem)
        }
      }
    },
    blocking() {
      // Another tab or a new version wants to upgrade: step aside rather than block it.
      void opening?.then((db) => db.close())
      opening = null
    },
  })
  return opening
}
