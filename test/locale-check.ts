import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

type Texts = Record<string, string>

export function flatten(value: unknown, prefix = '', into: Texts = {}): Texts {
  if (typeof value === 'string') {
    into[prefix] = value
  } else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into)
  } else {
    into[prefix] = String(value)
  }
  return into
}

function pluralParts(key: string): { base: string; category: string } | null {
  const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(key)
  return match ? { base: match[1] ?? '', category: match[2] ?? '' } : null
}

/** `{{name}}` placeholders and `<tag>` components: a translation must keep exactly the same ones. */
export function placeholders(text: string): string[] {
  const found = [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}|<\/?(\w+)\s*\/?>/g)].map((match) =>
    match[1] ? `{{${match[1]}}}` : `<${match[2]}>`,
  )
  return [...new Set(found)].sort()
}

/**
 * Compares one language's texts with the reference language's. Plural keys must have exactly the
 * forms Intl.PluralRules gives for the language: Welsh needs all six.
 */
export function compareTexts(reference: Texts, referenceLanguage: string, texts: Texts, language: string, where: string): string[] {
  const problems: string[] = []
  const wantedForms = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[]
  const referenceForms = new Intl.PluralRules(referenceLanguage).resolvedOptions().pluralCategories as string[]
  const pluralBases = new Map<string, string>()
  for (const key of Object.keys(reference)) {
    const parts = pluralParts(key)
    if (parts && referenceForms.includes(parts.category))
      pluralBases.set(parts.base, reference[`${parts.base}_other`] ?? reference[key] ?? '')
  }

  for (const [key, text] of Object.entries(reference)) {
    const parts = pluralParts(key)
    if (parts && pluralBases.has(parts.base)) continue
    if (!(key in texts)) {
      problems.push(`${where}: missing key "${key}"`)
      continue
    }
    problems.push(...comparePlaceholders(text, texts[key] ?? '', `${where}: "${key}"`))
  }

  for (const [base, referenceText] of pluralBases) {
    for (const form of wantedForms) {
      const key = `${base}_${form}`
      if (!(key in texts)) problems.push(`${where}: missing plural form "${key}" (${language} needs ${wantedForms.join(', ')})`)
      else problems.push(...comparePlaceholders(referenceText, texts[key] ?? '', `${where}: "${key}"`, ['{{count}}']))
    }
  }

  for (const [key, text] of Object.entries(texts)) {
    const parts = pluralParts(key)
    const isPluralForm = parts !== null && pluralBases.has(parts.base)
    if (isPluralForm && parts && !wantedForms.includes(parts.category))
      problems.push(`${where}: "${key}" is not a plural form ${language} uses`)
    if (!isPluralForm && !(key in reference)) problems.push(`${where}: extra key "${key}"`)
    if (text.trim() === '') problems.push(`${where}: "${key}" is empty`)
  }
  return problems
}

/** A plural form may leave out {{count}} ("one report", "dim adroddiadau"), but may not add or drop anything else. */
function comparePlaceholders(referenceText: string, text: string, where: string, mayOmit: string[] = []): string[] {
  const wanted = placeholders(referenceText)
  const found = placeholders(text)
  const missing = wanted.filter((name) => !found.includes(name) && !mayOmit.includes(name))
  const extra = found.filter((name) => !wanted.includes(name))
  if (missing.length === 0 && extra.length === 0) return []
  return [`${where} placeholders differ: expected ${wanted.join(' ') || 'none'}, found ${found.join(' ') || 'none'}`]
}

export function checkLocales(directory: string, referenceLanguage = 'en'): string[] {
  const languages = readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
  if (!languages.includes(referenceLanguage)) return [`no ${referenceLanguage} folder in ${directory}`]
  const read = (language: string, file: string) => flatten(JSON.parse(readFileSync(join(directory, language, file), 'utf8')))
  const namespaces = readdirSync(join(directory, referenceLanguage)).filter((file) => file.endsWith('.json'))
  const problems: string[] = []
  for (const language of languages.filter((candidate) => candidate !== referenceLanguage)) {
    const files = readdirSync(join(directory, language)).filter((file) => file.endsWith('.json'))
    for (const extra of files.filter((file) => !namespaces.includes(file)))
      problems.push(`${language}/${extra}: no such namespace in ${referenceLanguage}`)
    for (const namespace of namespaces) {
      if (!files.includes(namespace)) {
        problems.push(`${language}/${namespace}: missing file`)
        continue
      }
      problems.push(
        ...compareTexts(
          read(referenceLanguage, namespace),
          referenceLanguage,
          read(language, namespace),
          language,
          `${language}/${namespace}`,
        ),
      )
    }
  }
  return problems
}
