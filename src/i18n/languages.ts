import type { Language } from '#src/gateway/contract/common'

interface LanguageFacts {
  /** The language's name in that language, as the GOV.UK language navigation shows it. */
  ownName: string
  /** For the `lang` attribute: British English, so screen readers say "colour" the British way. */
  htmlLang: string
  /** For Intl: dates, money and numbers. */
  locale: string
  direction: 'ltr' | 'rtl'
}

export const languageFacts: Record<Language, LanguageFacts> = {
  en: { ownName: 'English', htmlLang: 'en-GB', locale: 'en-GB', direction: 'ltr' },
  cy: { ownName: 'Cymraeg', htmlLang: 'cy', locale: 'cy-GB', direction: 'ltr' },
  pl: { ownName: 'Polski', htmlLang: 'pl', locale: 'pl', direction: 'ltr' },
  ro: { ownName: 'Română', htmlLang: 'ro', locale: 'ro', direction: 'ltr' },
  es: { ownName: 'Español', htmlLang: 'es', locale: 'es', direction: 'ltr' },
  pt: { ownName: 'Português', htmlLang: 'pt', locale: 'pt', direction: 'ltr' },
  // Western digits, as on the council's letters, bills and reference numbers, and as an amount is typed.
  bn: { ownName: 'বাংলা', htmlLang: 'bn', locale: 'bn-u-nu-latn', direction: 'ltr' },
  gu: { ownName: 'ગુજરાતી', htmlLang: 'gu', locale: 'gu', direction: 'ltr' },
  tr: { ownName: 'Türkçe', htmlLang: 'tr', locale: 'tr', direction: 'ltr' },
  so: { ownName: 'Soomaali', htmlLang: 'so', locale: 'so', direction: 'ltr' },
  // Western digits too.
  ar: { ownName: 'العربية', htmlLang: 'ar', locale: 'ar-u-nu-latn', direction: 'rtl' },
  ur: { ownName: 'اردو', htmlLang: 'ur', locale: 'ur', direction: 'rtl' },
}

export function factsOf(language: string): LanguageFacts {
  return languageFacts[language as Language] ?? languageFacts.en
}
