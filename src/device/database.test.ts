import { IDBFactory } from 'fake-indexeddb'
import { openDB } from 'idb'
import { afterEach, describe, expect, it, vi } from 'vitest'

const everyTestsDevice = globalThis.indexedDB

afterEach(() => {
  globalThis.indexedDB = everyTestsDevice
})

describe('the database on the device', () => {
  it('keeps what an older version left waiting to send, with why it waits under its new name', async () => {
    // A device that last ran the version before: its outbox item says why it waits as `problem`.
    globalThis.indexedDB = new IDBFactory()
    const before = await openDB('my-account', 3, {
      upgrade(db) {
        db.createObjectStore('drafts')
        db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('byPerson', 'personId')
        db.createObjectStore('account-cache', { keyPath: ['personId', 'queryKey'] }).createIndex('byPerson', 'personId')
        db.createObjectStore('signed-in')
        db.createObjectStore('catalogue', { keyPath: ['language', 'name'] })
      },
    })
    await before.put('outbox', { id: 'comment-1', personId: 'owner', kind: 'comment', state: 'queued', problem: { kind: 'offline' } })
    before.close()

    vi.resetModules()
    const { database } = await import('./database')
    const kept = await (await database()).get('outbox', 'comment-1')
    ;(await database()).close()

    expect(kept).toEqual({ id: 'comment-1', personId: 'owner', kind: 'comment', state: 'queued', failure: { kind: 'offline' } })
  })
})
