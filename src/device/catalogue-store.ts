import { database } from './database'

/**
 * The council's catalogue of problems to report, and each one's questions, kept so a report can be made with no
 * signal. It is the council's own public content, not anyone's personal data, so it belongs to nobody, stays
 * through sign-out, and is kept on a shared computer too. Kept in IndexedDB, like everything else from the
 * gateway, never in Cache Storage; always with the language it came in.
 */

export const CATALOGUE_LIST = 'services'

export async function keepCatalogueAnswer(language: string, name: string, data: unknown, savedAt = Date.now()) {
  await (await database()).put('catalogue', { language, name, data, savedAt })
}

/** What was kept in this language, with when; null if nothing was. */
export async function keptCatalogueAnswer(language: string, name: string): Promise<{ data: unknown; savedAt: number } | null> {
  const kept = await (await database()).get('catalogue', [language, name])
  return kept ? { data: kept.data, savedAt: kept.savedAt } : null
}

/** Everything kept of the catalogue, in every language: only for starting again from nothing, such as between tests. */
export async function forgetKeptCatalogue() {
  await (await database()).clear('catalogue')
}
