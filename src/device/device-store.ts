import { openDB, type DBSchema, type IDBPDatabase } from 'idb'

/**
 * The only place the app keeps a person's data on the device: IndexedDB, never Cache Storage.
 * Everything in it belongs to the person signed in, and all of it goes at sign-out.
 */
interface DeviceSchema extends DBSchema {
  drafts: { key: string; value: { personId: string; savedAt: number; value: unknown } }
}

const DATABASE = 'my-account'
const KIOSK_KEY = 'my-account.device-mode'
let opening: Promise<IDBPDatabase<DeviceSchema>> | null = null
const kioskMemory = new Map<string, { personId: string; savedAt: number; value: unknown }>()

function database() {
  opening ??= openDB<DeviceSchema>(DATABASE, 1, {
    upgrade(db) {
      db.createObjectStore('drafts')
    },
  })
  return opening
}

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

export async function forgetEverythingStored() {
  kioskMemory.clear()
  await (await database()).clear('drafts')
}
