import { openDB } from 'idb'
import { describe, expect, it } from 'vitest'
import { keepCatalogueAnswer } from './catalogue-store'
import { chooseLanguageOnThisDevice, isKioskDevice, turnKioskModeOff, turnKioskModeOn } from './device-settings'
import { database } from './database'
import { forgetEverythingOnThisKiosk } from './forget-the-person'
import { saveDraft } from './drafts'
import { keepsNothingOnDevice } from './shared-computer'

async function recordsInEveryStore() {
  const db = await database()
  return Object.fromEntries(await Promise.all([...db.objectStoreNames].map(async (store) => [store, await db.count(store)] as const)))
}

describe('kiosk mode, a setting of the device', () => {
  it('is off until a member of staff turns it on, and off again when they turn it off', () => {
    expect(isKioskDevice()).toBe(false)
    turnKioskModeOn()
    expect(isKioskDevice()).toBe(true)
    expect(keepsNothingOnDevice()).toBe(true)
    turnKioskModeOff()
    expect(isKioskDevice()).toBe(false)
  })
})

describe('forgetting everything on a kiosk at the end of a visit', () => {
  it('empties every store of the device database, the council catalogue too, and any other database', async () => {
    await saveDraft('report-a-problem', 'owner', { serviceCode: 'pothole' })
    await keepCatalogueAnswer('en', 'services', [{ code: 'pothole' }])
    const other = await openDB('left-by-someone', 1, { upgrade: (db) => db.createObjectStore('things') })
    await other.put('things', 'a thing', 'key')
    other.close()
    turnKioskModeOn()

    await forgetEverythingOnThisKiosk()

    expect(Object.values(await recordsInEveryStore()).every((count) => count === 0)).toBe(true)
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain('left-by-someone')
  })

  it('keeps only kiosk mode in local storage, and nothing in session storage: the language chosen goes too', async () => {
    turnKioskModeOn()
    chooseLanguageOnThisDevice('cy')
    localStorage.setItem('my-account.submission-key.report', 'a-key')
    sessionStorage.setItem('my-account.kept-answers', '{}')

    await forgetEverythingOnThisKiosk()

    expect(Object.keys(localStorage)).toEqual(['my-account.device-mode'])
    expect(isKioskDevice()).toBe(true)
    expect(sessionStorage.length).toBe(0)
  })

  it('expires every cookie a script can reach', async () => {
    document.cookie = 'left-behind=yes; path=/'

    await forgetEverythingOnThisKiosk()

    expect(document.cookie).toBe('')
  })

  it("clears every cache but the app's own precached code", async () => {
    const kept = new Map<string, true>([
      ['workbox-precache-v2-https://council.example/', true],
      ['someone-elses-answers', true],
    ])
    const caches = {
      keys: () => Promise.resolve([...kept.keys()]),
      delete: (name: string) => Promise.resolve(kept.delete(name)),
    }
    Object.assign(globalThis, { caches })
    try {
      await forgetEverythingOnThisKiosk()
    } finally {
      Reflect.deleteProperty(globalThis, 'caches')
    }

    expect([...kept.keys()]).toEqual(['workbox-precache-v2-https://council.example/'])
  })
})
