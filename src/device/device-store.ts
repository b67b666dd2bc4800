import { database } from './database'
import { forgetAllButKioskMode, isKioskDevice } from './device-settings'

/**
 * Drafts of what a person is writing, kept in IndexedDB (never Cache Storage), and whether anything of the
 * person may be kept on this device at all. Everything of the person, wherever src/device keeps it, goes at sign-out.
 */
const SHARED_COMPUTER_KEY = 'my-account.shared-computer'
const memoryOnly = new Map<string, { personId: string; savedAt: number; value: unknown }>()

/**
 * The person signed in said this is a shared or public computer. Kept in this tab's session storage, which
 * goes at sign-out and with the tab: a new tab knows only once the gateway says so again, and until then
 * there is nothing of the person on the device for it to show.
 */
export function markSharedComputer(shared: boolean) {
  if (typeof sessionStorage === 'undefined') return
  if (shared) sessionStorage.setItem(SHARED_COMPUTER_KEY, 'yes')
  else sessionStorage.removeItem(SHARED_COMPUTER_KEY)
}

/** A kiosk, or a shared computer: nothing of the person is kept on the device, only in the page's memory. */
export function keepsNothingOnDevice(): boolean {
  return isKioskDevice() || (typeof sessionStorage !== 'undefined' && sessionStorage.getItem(SHARED_COMPUTER_KEY) === 'yes')
}

export async function saveDraft(name: string, personId: string, value: unknown) {
  const record = { personId, savedAt: Date.now(), value }
  if (keepsNothingOnDevice()) {
    memoryOnly.set(name, record)
    return
  }
  await (await database()).put('drafts', record, name)
}

/** Only the person who wrote a draft ever gets it back. */
export async function loadDraft<T>(name: string, personId: string): Promise<T | null> {
  const record = keepsNothingOnDevice() ? memoryOnly.get(name) : await (await database()).get('drafts', name)
  return record && record.personId === personId ? (record.value as T) : null
}

export async function discardDraft(name: string) {
  memoryOnly.delete(name)
  if (!keepsNothingOnDevice()) await (await database()).delete('drafts', name)
}

/**
 * Everything of the person signed in: drafts, cached account data, who was signed in, all of this tab's
 * session storage, and the language chosen. Their outbox goes too: sign-out is the person saying they are
 * done on this device. Only kiosk mode, a setting of the device itself, stays.
 */
export async function forgetEverythingStored() {
  memoryOnly.clear()
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
