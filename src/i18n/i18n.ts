import i18next, { type BackendModule, type ReadCallback } from 'i18next'
import { initReactI18next } from 'react-i18next'
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
    load().then(
      (module) => callback(null, module.default),
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
