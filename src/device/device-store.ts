import { database } from './database'

/**
 * The only place the app keeps a person's data on the device: IndexedDB, never Cache Storage.
 * Everything in it belongs to the person signed in, and all of it goes at sign-out.
 */
const KIOSK_KEY = 'my-account.device-mode'
const kioskMemory = new Map<string, { personId: string; savedAt: number; value: unknown }>()

/** A shared kiosk keeps nothing on the device: drafts live in memory and go with the page. */
export function isKioskDevice(): boolean {
  return typeof localStorage !== 'undefined' && localStorage.getItem(KIOSK_KEY) === 'kiosk'
}

/** Settings of the device itself, not of any person, that survive a sign-out. */
export const deviceSettingKeys = [KIOSK_KEY]

export async function saveDraft(name: string, personId: string, value: unknown) {
  const record = { personId, savedAt: Date.now(), value }
  if (isKioskDevice()) {
    kioskMemory.set(name, record)
    return
  }
  await (await database()).put('drafts', record, name)
}

/** Only the person who wrote a draft ever gets it back. */
export async function loadDraft<T>(name: string, personId: string): Promise<T | null> {
  const record = isKioskDevice() ? kioskMemory.get(name) : await (await database()).get('drafts', name)
  return record && record.personId === personId ? (record.value as T) : null
}

export async function discardDraft(name: string) {
  kioskMemory.delete(name)
  if (!isKioskDevice()) await (await database()).delete('drafts', name)
}

/**
 * Everything of the person signed in: drafts, cached account data, who was signed in. Their
 * outbox goes too: sign-out is the person saying they are done on this device.
 */
export async function forgetEverythingStored() {
  kioskMemory.clear()
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
