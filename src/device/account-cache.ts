import { database, type CachedAnswer } from './database'
import { isKioskDevice } from './device-settings'
import { keepsNothingOnDevice } from './shared-computer'

/**
 * The signed-in person's last-seen account answers, so they can read them with no signal. Kept
 * only in IndexedDB (never Cache Storage), always with whose they are, and gone at sign-out.
 * A shared kiosk, or a computer the person says is shared, keeps none of it.
 */

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: {
      /** Its answers are part of the person's account: kept here for them alone, to read with no signal. */
      readableOffline?: true
    }
  }
}

export interface SignedInPerson {
  id: string
  name: string
  role: string
  tenant: boolean
}

export interface RememberedPerson extends SignedInPerson {
  /** When the gateway last said this person was signed in. */
  at: number
}

export interface KeptAnswer {
  queryKey: unknown[]
  data: unknown
  updatedAt: number
}

export async function rememberSignedIn(person: SignedInPerson) {
  if (keepsNothingOnDevice()) return
  const { id, name, role, tenant } = person
  await (await database()).put('signed-in', { personId: id, name, role, tenant, at: Date.now() }, 'last')
}

export async function lastSignedIn(): Promise<RememberedPerson | null> {
  if (keepsNothingOnDevice()) return null
  const record = await (await database()).get('signed-in', 'last')
  return record ? { id: record.personId, name: record.name, role: record.role, tenant: record.tenant, at: record.at } : null
}

export async function keepAnswer(personId: string, queryKey: readonly unknown[], data: unknown, updatedAt: number) {
  if (keepsNothingOnDevice()) return
  const answer: CachedAnswer = { personId, queryKey: JSON.stringify(queryKey), data, updatedAt }
  await (await database()).put('account-cache', answer)
}

/** Only this person's answers, whoever else may once have used the device. */
export async function answersFor(personId: string): Promise<KeptAnswer[]> {
  if (keepsNothingOnDevice()) return []
  const answers = await (await database()).getAllFromIndex('account-cache', 'byPerson', personId)
  return answers.flatMap((answer) => {
    const queryKey: unknown = JSON.parse(answer.queryKey)
    return Array.isArray(queryKey) ? [{ queryKey, data: answer.data, updatedAt: answer.updatedAt }] : []
  })
}

/** Someone else signed in on this device: nothing of anyone before them stays. */
export async function forgetOtherPeople(personId: string) {
  if (isKioskDevice()) return
  const transaction = (await database()).transaction(['account-cache', 'signed-in'], 'readwrite')
  const answers = transaction.objectStore('account-cache')
  const signedIn = transaction.objectStore('signed-in')
  const [keys, last] = await Promise.all([answers.getAllKeys(), signedIn.get('last')])
  await Promise.all([
    ...keys.filter(([owner]) => owner !== personId).map((key) => answers.delete(key)),
    last && last.personId !== personId ? signedIn.delete('last') : null,
    transaction.done,
  ])
}

/** The gateway says nobody is signed in: their session ended, so their account is no longer readable here. */
export async function forgetAccountAnswers() {
  if (isKioskDevice()) return
  const transaction = (await database()).transaction(['account-cache', 'signed-in'], 'readwrite')
  await Promise.all([transaction.objectStore('account-cache').clear(), transaction.objectStore('signed-in').clear(), transaction.done])
}
