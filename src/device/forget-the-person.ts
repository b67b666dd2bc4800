import { DATABASE, database } from './database'
import { forgetAllButKioskMode } from './device-settings'
import { forgetDraftsInMemory } from './drafts'

/** Everything of the person, wherever src/device keeps it, goes at sign-out. */
/**
 * Everything of the person signed in: drafts, cached account data, who was signed in, all of this tab's
 * session storage, and the language chosen. Their outbox goes too: sign-out is the person saying they are
 * done on this device. Only kiosk mode, a setting of the device itself, stays.
 */
export async function forgetEverythingStored() {
  forgetDraftsInMemory()
  sessionStorage.clear()
  forgetAllButKioskMode()
  const db = await database()
  const transaction = db.transaction(['drafts', 'outbox', 'account-cache', 'signed-in'], 'readwrite')
  await Promise.all([
    transaction.objectStore('drafts').clear(),
    transaction.objectStore('outbox').clear(),
    transaction.objectStore('account-cache').clear(),
    transaction.objectStore('signed-in').clear(),
    transaction.done,
  ])
}

/**
 * The person signed in said this is a shared computer: whatever this device kept of them from before (their
 * account for reading offline, who was signed in, their drafts) goes now. What waits to send stays, to go.
 */
export async function forgetWhatIsKeptOf(personId: string) {
  const db = await database()
  const transaction = db.transaction(['drafts', 'account-cache', 'signed-in'], 'readwrite')
  const drafts = transaction.objectStore('drafts')
  const answers = transaction.objectStore('account-cache')
  const signedIn = transaction.objectStore('signed-in')
  const [draftKeys, draftRecords, answerKeys, last] = await Promise.all([
    drafts.getAllKeys(),
    drafts.getAll(),
    answers.getAllKeys(),
    signedIn.get('last'),
  ])
  await Promise.all([
    ...draftKeys.filter((_, index) => draftRecords[index]?.personId === personId).map((key) => drafts.delete(key)),
    ...answerKeys.filter(([owner]) => owner === personId).map((key) => answers.delete(key)),
    last?.personId === personId ? signedIn.delete('last') : null,
    transaction.done,
  ])
}

/** Workbox names its precache after the app's scope; it holds only the app's own code, styles and texts. */
const isTheAppsOwnPrecache = (name: string) => name.startsWith('workbox-precache')

/**
 * On a kiosk, when a visit ends: everything sign-out forgets, and besides that every store of the device's
 * database (even the council's catalogue, so the next person finds the browser as the council set it up),
 * any other database, every cache but the app's own code, and every cookie a script can reach. Kiosk mode stays.
 */
export async function forgetEverythingOnThisKiosk() {
  await forgetEverythingStored()
  const db = await database()
  await Promise.all([...db.objectStoreNames].map((store) => db.clear(store)))
  const others = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : []
  await Promise.all(
    others
      .map((other) => other.name)
      .filter((name): name is string => name !== undefined && name !== DATABASE)
      .map(
        (name) =>
          new Promise<void>((resolve) => {
            const deleting = indexedDB.deleteDatabase(name)
            deleting.onsuccess = deleting.onerror = deleting.onblocked = () => resolve()
          }),
      ),
  )
  if (typeof caches !== 'undefined') {
    const names = await caches.keys()
    await Promise.all(names.filter((name) => !isTheAppsOwnPrecache(name)).map((name) => caches.delete(name)))
  }
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim()
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`
  }
  // The router notes the pages visited and how far down each was, as the page goes: that goes too, after it.
  window.addEventListener('pagehide', () => sessionStorage.clear())
}
