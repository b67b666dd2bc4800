import i18next, { type BackendModule, type ReadCallback } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { loadDateFormatsFor } from '#src/format/date-formats'
import { localeFor } from '#src/format/format'
import type { Language } from '#src/gateway/contract/common'

const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json')

/** Each language and namespace is its own chunk, fetched only when first needed. */
const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = localeFiles[`../locales/${language}/${namespace}.json`]
    if (!load) {
      callback(new Error(`No ${namespace} texts in ${language}`), false)
      return
    }
    // The language's date names come with its texts, so no page shows a Welsh sentence with an English date.
    Promise.all([
      load(),
      // Without them, dates fall back to the browser's own words rather than the page failing.
      loadDateFormatsFor(localeFor(language)).catch(() => undefined),
    ]).then(
      ([module]) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    )
  },
}

export const htmlLang: Record<Language, string> = { en: 'en-GB', cy: 'cy' }

export function setDocumentLanguage(language: Language) {
  document.documentElement.lang = htmlLang[language]
  document.documentElement.dir = i18next.dir(language)
}

export async function startI18n(language: Language, offered: Language[]) {
  i18next.on('languageChanged', (changed) => setDocumentLanguage(changed as Language))
  await i18next
    .use(lazyLocales)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: false,
      supportedLngs: offered,
      ns: ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    })
  setDocumentLanguage(language)
  return i18next
}
