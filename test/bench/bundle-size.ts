import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync, brotliCompressSync } from 'node:zlib'

/**
 * What a cheap phone downloads before the first screen, and what each screen and language adds.
 * Prints figures against the budgets; it measures, it does not time.
 */
interface ManifestChunk {
  file: string
  name?: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  css?: string[]
}

const dist = join(process.cwd(), 'dist')
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>
const budgets = { firstLoadJsKb: 180, firstLoadCssKb: 25, routeKb: 15, languageKb: 6 }

const sizeOf = (file: string) => {
  const bytes = readFileSync(join(dist, file))
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length }
}
const kb = (bytes: number) => (bytes / 1024).toFixed(1)

function staticClosure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen
  seen.add(key)
  for (const imported of manifest[key]?.imports ?? []) staticClosure(imported, seen)
  return seen
}

const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry)
if (!entryKey) throw new Error('No entry in the build manifest; run `vite build` first')
const firstLoad = staticClosure(entryKey)
const firstJs = [...firstLoad].map((key) => sizeOf(manifest[key]?.file ?? ''))
const firstCss = [...new Set([...firstLoad].flatMap((key) => manifest[key]?.css ?? []))].map(sizeOf)
const sum = (sizes: { gzip: number; brotli: number; raw: number }[], field: 'gzip' | 'brotli' | 'raw') =>
  sizes.reduce((total, size) => total + size[field], 0)

const lines: string[] = []
const report = (label: string, value: number, budgetKb: number) => {
  const within = value / 1024 <= budgetKb
  lines.push(
    `${label.padEnd(44)} ${kb(value).padStart(7)} KB gzip   budget ${String(budgetKb).padStart(4)} KB   ${within ? 'within' : 'OVER'}`,
  )
  return within
}

let allWithin = true
allWithin = report('first load: JavaScript', sum(firstJs, 'gzip'), budgets.firstLoadJsKb) && allWithin
allWithin = report('first load: CSS', sum(firstCss, 'gzip'), budgets.firstLoadCssKb) && allWithin
lines.push(
  `${'first load: JavaScript (brotli, raw)'.padEnd(44)} ${kb(sum(firstJs, 'brotli')).padStart(7)} KB br, ${kb(sum(firstJs, 'raw'))} KB raw`,
)

for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.isDynamicEntry) continue
  const extra = [...staticClosure(key)].filter((inner) => !firstLoad.has(inner)).map((inner) => sizeOf(manifest[inner]?.file ?? ''))
  const isLanguage = key.includes('/locales/')
  const label = isLanguage ? `language file ${key.replace(/^.*locales\//, '')}` : `screen ${chunk.src ?? key}`
  allWithin = report(label.replace('src/features/', ''), sum(extra, 'gzip'), isLanguage ? budgets.languageKb : budgets.routeKb) && allWithin
}

console.log(lines.join('\n'))
console.log(allWithin ? 'bench: every figure is within its budget' : 'bench: some figures are over budget')
