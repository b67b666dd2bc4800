import i18next, { type BackendModule, type ReadCallback } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { loadDateFormatsFor } from '#src/format/date-formats'
import { factsOf } from './languages'
import type { Language } from '#src/gateway/contract/common'

// The demo namespace is the reference gateway's own pages, never the app's: no phone fetches or caches it.
const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>(['../locales/*/*.json', '!../locales/*/demo.json'])

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
      loadDateFormatsFor(factsOf(language).locale).catch(() => undefined),
    ]).then(
      ([module]) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    )
  },
}

const FIRST_STRONG_ISOLATE = '\u2068'
const POP_DIRECTIONAL_ISOLATE = '\u2069'

function isolatedInRightToLeft(value: string): string {
  return i18next.dir() === 'rtl' ? `${FIRST_STRONG_ISOLATE}${value}${POP_DIRECTIONAL_ISOLATE}` : value
}

export function setDocumentLanguage(language: Language) {
  document.documentElement.lang = factsOf(language).htmlLang
  document.documentElement.dir = factsOf(language).direction
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
      // React escapes what it renders. In a right-to-left language, each value put into a sentence is a bidi
      // isolate of its own, so a phone number or a reference keeps its order: "020 7946 0000", not "0000 7946 020".
      interpolation: { escapeValue: true, escape: isolatedInRightToLeft },
      returnNull: false,
      react: { useSuspense: true },
    })
  // Numbers in sentences use the same digits as the rest of the page: Western in Bengali and Arabic, as on council bills.
  i18next.services.formatter?.addCached('number', (lng, options: Intl.NumberFormatOptions) => {
    const numbers = new Intl.NumberFormat(factsOf(lng ?? language).locale, options)
    return (value: number) => numbers.format(value)
  })
  setDocumentLanguage(language)
  return i18next
}
