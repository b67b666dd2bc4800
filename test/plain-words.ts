/**
 * The plain words check: how long the English sentences are, and what reading age they need.
 *
 * English is checked because every translation is made from it. A placeholder (`{{name}}`) or a
 * nested text (`$t(...)`) is read as one word, as a name, an amount or a date is at least one; `<tag>`
 * markup goes and what it wraps stays. A web address, an email address or a phone number is one word.
 *
 * A text splits into sentences at `.`, `!`, `?` and `…`. A text with no closing punctuation is still
 * one sentence (a heading, an error message, a bullet), unless it is a label of three words or fewer
 * ("Postcode", "Sign in", "Payment reference"): labels count towards no average and no reading age.
 *
 * What fails: any sentence or label over 25 words (GOV.UK's limit), listed with its key.
 *
 * What is only reported: the reading age, as the Flesch–Kincaid grade level + 5, for each namespace.
 * GOV.UK aims at a reading age of 9. The formula was made for running prose: on short interface
 * texts it swings with a few long words that residents know well ("council", "appointment"), so a
 * threshold would fail good texts as often as bad ones. It points a writer to the hardest namespace.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { flatten } from './locale-check'

export const mostWordsInASentence = 25
export const labelWords = 3
export const aimedReadingAge = 9
/**
 * Texts whose wording someone else sets and we may not change: the Direct Debit Guarantee must be shown as the
 * scheme words it. They are still counted in each namespace's averages; they just cannot fail the check.
 */
export const prescribedWording = [/^direct-debit:guarantee\./]

export type Sentence = { key: string; text: string; words: number; syllables: number; isLabel: boolean }

export type NamespaceReport = {
  namespace: string
  texts: number
  labels: number
  sentences: number
  averageWords: number
  longestWords: number
  readingAge: number
}

const ukPhoneNumber = /(?:\+44\s?|\b0)\d{2,4}(?:[\s-]?\d{3,4}){1,2}\b/g
const abbreviations = /\b(?:e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|St|No)\.$/i

/** What a resident reads: each placeholder is one word, markup goes, and a phone number's groups join into one word. */
export function plainText(text: string): string {
  return text
    .replace(/\$t\([^)]*\)/g, '[text]')
    .replace(/\{\{\s*([\w.-]+)[^}]*\}\}/g, '[$1]')
    .replace(/<\/?\w+\s*\/?>/g, '')
    .replace(ukPhoneNumber, (number) => number.replace(/[\s-]+/g, ''))
    .replace(/\s+/g, ' ')
    .trim()
}

/** Splits only where a space follows the stop, so a web or email address ("gov.uk", "name@example.com") stays whole. */
export function splitSentences(text: string): string[] {
  const pieces = plainText(text).split(/(?<=[.!?…]["”’)]?)\s+/)
  const sentences: string[] = []
  for (const piece of pieces) {
    const previous = sentences.at(-1)
    // "e.g. council tax" goes on, and so does "Is there anything else? (optional)".
    if (previous !== undefined && (abbreviations.test(previous) || /^\(.*\)$/.test(piece)))
      sentences[sentences.length - 1] = `${previous} ${piece}`
    else if (piece !== '') sentences.push(piece)
  }
  return sentences
}

/** Words as a resident reads them: a dash or a bullet mark is not a word; `Wi-Fi` and `07700900982` are one. */
export function wordsIn(sentence: string): string[] {
  return sentence
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}[]+|[^\p{L}\p{N}\]%]+$/gu, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
}

/** Words the rules below get wrong, with the syllables a speaker says. */
const syllablesOf: Record<string, number> = {
  area: 3,
  areas: 3,
  create: 2,
  created: 3,
  idea: 3,
  ideas: 3,
  people: 2,
  million: 2,
  client: 2,
  science: 2,
  guideline: 2,
  guidelines: 2,
  everywhere: 3,
  business: 2,
  real: 1,
  really: 2,
}

function syllablesInEnglishWord(word: string): number {
  const known = syllablesOf[word]
  if (known !== undefined) return known
  // A leading y is a consonant ("you", "yes"); everywhere else it is a vowel ("any", "type").
  const vowelGroups = word.replace(/^y/, '_').match(/[aeiouy]+/g) ?? []
  let count = vowelGroups.length
  // A final e is silent ("make", "phone", "service"), but not in a final consonant + "le" ("table").
  if (/[^aeiouy]e$/.test(word) && !/[^aeiouy]le$/.test(word)) count -= 1
  // "-es" and "-ed" add no syllable ("types", "moved"), except after a hissing sound or t/d ("boxes", "wanted").
  if (/[^aeiouy]es$/.test(word) && !/(?:[sxzcg]|sh|ch)es$/.test(word) && !/[^aeiouy]les$/.test(word)) count -= 1
  if (/[^aeiouy]ed$/.test(word) && !/[td]ed$/.test(word)) count -= 1
  // A silent e before a suffix ("safely", "statement", "useful") and "some" in a compound ("someone").
  if (/[^aeiouy]e(?:ly|ment|ments|ful|less|ness)$/.test(word)) count -= 1
  if (/^some(?:one|thing|times|where|how|body)/.test(word)) count -= 1
  // Vowel pairs that are two syllables: "media", "period", "usually", "video", "premium", "doing", "experience", "reopen".
  count += (word.match(/(?<![cts])ia|(?<![tscxg])io|(?<![qg])ua|eo|iu/g) ?? []).length
  if (/[aeiouy]ing$/.test(word)) count += 1
  if (/[^tcs]ien[ct]/.test(word)) count += 1
  return Math.max(1, count)
}

/** Syllables in one word. Anything that is not a word (a placeholder, a number, an address) counts as one. */
export function syllables(word: string): number {
  if (!/^[\p{L}'’-]+$/u.test(word)) return 1
  // Initials are said letter by letter: "UK", "PNG".
  if (/^[A-Z]{2,4}$/.test(word)) return word.length
  const parts = word
    .toLowerCase()
    .replace(/['’]/g, '')
    .split('-')
    .filter((part) => part !== '')
  return parts.reduce((total, part) => total + syllablesInEnglishWord(part), 0) || 1
}

export function isLabel(text: string): boolean {
  const sentences = splitSentences(text)
  const [only] = sentences
  return sentences.length === 1 && only !== undefined && !/[.!?…]["”’)]?$/.test(only) && wordsIn(only).length <= labelWords
}

export function sentencesOf(texts: Record<string, string>): Sentence[] {
  return Object.entries(texts).flatMap(([key, text]) => {
    const label = isLabel(text)
    return splitSentences(text).map((sentence) => {
      const words = wordsIn(sentence)
      return {
        key,
        text: sentence,
        words: words.length,
        syllables: words.reduce((total, word) => total + syllables(word), 0),
        isLabel: label,
      }
    })
  })
}

/** Flesch–Kincaid grade level + 5, the age at which a UK child is in that grade. */
export function readingAge(sentences: Pick<Sentence, 'words' | 'syllables'>[]): number {
  const words = sentences.reduce((total, sentence) => total + sentence.words, 0)
  const syllableCount = sentences.reduce((total, sentence) => total + sentence.syllables, 0)
  if (sentences.length === 0 || words === 0) return 0
  return 0.39 * (words / sentences.length) + 11.8 * (syllableCount / words) - 15.59 + 5
}

export function tooLong(sentences: Sentence[]): Sentence[] {
  return sentences.filter((sentence) => sentence.words > mostWordsInASentence)
}

export function reportNamespace(namespace: string, texts: Record<string, string>): NamespaceReport {
  const all = sentencesOf(texts)
  const sentences = all.filter((sentence) => !sentence.isLabel)
  const words = sentences.reduce((total, sentence) => total + sentence.words, 0)
  return {
    namespace,
    texts: Object.keys(texts).length,
    labels: all.length - sentences.length,
    sentences: sentences.length,
    averageWords: sentences.length === 0 ? 0 : words / sentences.length,
    longestWords: Math.max(0, ...all.map((sentence) => sentence.words)),
    readingAge: readingAge(sentences),
  }
}

export function checkPlainWords(directory: string, language = 'en'): { reports: NamespaceReport[]; tooLong: Sentence[] } {
  const namespaces = readdirSync(join(directory, language))
    .filter((file) => file.endsWith('.json'))
    .sort()
  const reports: NamespaceReport[] = []
  const found: Sentence[] = []
  for (const file of namespaces) {
    const namespace = file.replace(/\.json$/, '')
    const texts = flatten(JSON.parse(readFileSync(join(directory, language, file), 'utf8')))
    reports.push(reportNamespace(namespace, texts))
    found.push(
      ...tooLong(sentencesOf(texts))
        .map((sentence) => ({ ...sentence, key: `${namespace}:${sentence.key}` }))
        .filter((sentence) => !prescribedWording.some((pattern) => pattern.test(sentence.key))),
    )
  }
  return { reports, tooLong: found }
}
