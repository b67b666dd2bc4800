import { database } from './database'
import { keepsNothingOnDevice } from './shared-computer'

/** Drafts of what a person is writing, kept in IndexedDB (never Cache Storage), or only in memory where nothing of them may be kept. */
const memoryOnly = new Map<string, { personId: string; savedAt: number; value: unknown }>()

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

export function forgetDraftsInMemory() {
  memoryOnly.clear()
}
