import { createInstance, type TFunction } from 'i18next'
import { language as languageSchema, type Language } from '#src/gateway/contract/common'
import { languageFacts } from '#src/i18n/languages'
import ar from '#src/locales/ar/demo.json'
import bn from '#src/locales/bn/demo.json'
import cy from '#src/locales/cy/demo.json'
import en from '#src/locales/en/demo.json'
import es from '#src/locales/es/demo.json'
import gu from '#src/locales/gu/demo.json'
import pl from '#src/locales/pl/demo.json'
import pt from '#src/locales/pt/demo.json'
import ro from '#src/locales/ro/demo.json'
import so from '#src/locales/so/demo.json'
import tr from '#src/locales/tr/demo.json'
import ur from '#src/locales/ur/demo.json'

const texts: Record<Language, typeof en> = { en, cy, pl, ro, es, pt, bn, gu, tr, so, ar, ur }

const demoTexts = createInstance()
void demoTexts.init({
  resources: Object.fromEntries(Object.entries(texts).map(([language, demo]) => [language, { demo }])),
  ns: ['demo'],
  defaultNS: 'demo',
  fallbackLng: 'en',
  initAsync: false,
  // Each page escapes what it puts together, the texts with the rest.
  interpolation: { escapeValue: false },
})

export function escapeHtml(value: string) {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

/** The language a demo page is asked for with `?lang=`, or the one it was given; English for anything else. */
export function demoPageLanguage(url: URL, given?: Language | null): Language {
  const asked = languageSchema.safeParse(url.searchParams.get('lang'))
  if (asked.success) return asked.data
  return given ?? 'en'
}

export interface DemoPageWords {
  language: Language
  /** Escaped, ready to put in the page. */
  say: (key: string, values?: Record<string, string | number>) => string
  /** Not yet escaped, to put into another text. */
  text: (key: string) => string
  /** Opening tag attributes for the page's `<html>`. */
  htmlAttributes: string
  /** For the demo people's own words and the council's descriptions, which are written in English only. */
  inEnglish: (escapedHtml: string) => string
}

export function demoPageWords(language: Language): DemoPageWords {
  const t: TFunction = demoTexts.getFixedT(language, 'demo')
  const facts = languageFacts[language]
  return {
    language,
    say: (key, values) => escapeHtml(t(key, values)),
    text: (key) => t(key),
    htmlAttributes: `lang="${facts.htmlLang}" dir="${facts.direction}"`,
    inEnglish: (escapedHtml) => (language === 'en' ? escapedHtml : `<span lang="en-GB" dir="ltr">${escapedHtml}</span>`),
  }
}

/**
 * Every language by its own name, each reloading this page in it with the page's other query parameters
 * kept. All twelve, whatever the council offers: these are the reference gateway's own pages.
 */
export function languageSwitcher(words: DemoPageWords, path: string, keep: Record<string, string>) {
  const links = Object.entries(languageFacts)
    .map(([language, facts]) => {
      const query = new URLSearchParams({ ...keep, lang: language })
      const current = language === words.language ? ' aria-current="true"' : ''
      return `<li><a href="${escapeHtml(`${path}?${query.toString()}`)}" lang="${facts.htmlLang}" hreflang="${facts.htmlLang}"${current}>${escapeHtml(facts.ownName)}</a></li>`
    })
    .join('')
  return `<nav class="languages" aria-label="${words.say('language')}"><ul>${links}</ul></nav>`
}

export const languageSwitcherStyles = `
  .languages ul { list-style: none; margin: 0; padding: 0.5rem 1rem; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; border-bottom: 1px solid #b1b4b6; }
  .languages a { color: #1d70b8; display: inline-block; padding: 0.5rem 0; min-height: 24px; }
  .languages a[aria-current] { color: #0b0c0c; font-weight: 700; text-decoration: none; }
  .languages a:focus { outline: 3px solid #ffdd00; outline-offset: 0; background: #ffdd00; color: #0b0c0c; box-shadow: 0 4px 0 #0b0c0c; text-decoration: none; }
`
