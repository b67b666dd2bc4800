import type { Service } from '#src/gateway/contract/service-requests'

const ignoredWords = new Set([
  'a',
  'an',
  'the',
  'my',
  'our',
  'is',
  'was',
  'has',
  'been',
  'of',
  'on',
  'in',
  'at',
  'to',
  'there',
  'i',
  'it',
  'its',
  'and',
  'or',
  'by',
  'near',
  'outside',
  'report',
  'problem',
  'want',
])

function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\s-]/g, ' ')
    .split(/[\s-]+/)
    .filter((word) => word && !ignoredWords.has(word))
}

/** Crude, but enough for "bins" to find "bin" and "dumped" to find "dump". */
function stem(word: string): string {
  return word.replace(/(ies)$/, 'y').replace(/(ing|ed|es|s)$/, '') || word
}

/**
 * Finds services from the words residents use. A service's name, its keywords from the
 * catalogue ("rubbish", "lamp post") and its description all count, the name and keywords most.
 */
export function searchServices(services: Service[], query: string): Service[] {
  const wanted = words(query).map(stem)
  if (wanted.length === 0) return []
  const phrase = wanted.join(' ')
  return (
    services
      .map((service) => {
        const strong = [service.name, ...service.keywords].map((text) => words(text).map(stem))
        const weak = words(service.description).map(stem)
        let score = 0
        if (strong.some((text) => text.join(' ') === phrase)) score += 12
        else if (strong.some((text) => text.join(' ').includes(phrase))) score += 10
        for (const word of wanted) {
          if (strong.some((text) => text.includes(word))) score += 3
          else if (weak.includes(word)) score += 1
        }
        return { service, score }
      })
      // One word found only in a description is too weak a sign to show the service.
      .filter(({ score }) => score >= 2)
      .sort((a, b) => b.score - a.score || a.service.name.localeCompare(b.service.name))
      .map(({ service }) => service)
  )
}

export function groupServices(services: Service[]): [string, Service[]][] {
  const groups = new Map<string, Service[]>()
  for (const service of services) groups.set(service.group, [...(groups.get(service.group) ?? []), service])
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))
}
