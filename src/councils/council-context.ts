import { createContext, createElement, useContext } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '#src/gateway/contract/common'
import type { Council, CouncilWords } from './council'

/** Chosen once, where the app starts, and given to every screen from there. */
export const CouncilContext = createContext<Council | null>(null)

export function useCouncil(): Council {
  const council = useContext(CouncilContext)
  if (!council) throw new Error('useCouncil needs a CouncilContext provider')
  return council
}

/** The council's words in the page's language, or in English, with the language they are in. */
export function wordsIn(words: CouncilWords, language: string): { text: string; lang: string | undefined; dir: 'ltr' | undefined } {
  const own = words[language as Language]
  if (own !== undefined || language === 'en') return { text: own ?? words.en, lang: undefined, dir: undefined }
  // English inside a right-to-left sentence keeps its own order: "Southmere Library, 120 High Street".
  return { text: words.en, lang: 'en-GB', dir: 'ltr' }
}

/** For text only, such as a page title, where no part can be marked as being in another language. */
export function useCouncilName(): string {
  const { i18n } = useTranslation()
  return wordsIn(useCouncil().name, i18n.language).text
}

/** The council's words, marked as English when they are English on a page in another language (WCAG 3.1.2). */
export function CouncilText({ words }: { words: CouncilWords }) {
  const { i18n } = useTranslation()
  const { text, lang, dir } = wordsIn(words, i18n.language)
  return lang ? createElement('span', { lang, dir }, text) : text
}
