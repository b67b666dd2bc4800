import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** One file of a Vite build manifest (`.vite/manifest.json`), keyed by its source. */
export interface ManifestChunk {
  file: string
  name?: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}
export type Manifest = Record<string, ManifestChunk>

export const kib = 1024

export function readManifest(outDir: string): Manifest {
  return JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest
}

export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length
}

/** The manifest keys a chunk needs before it runs: itself and everything it imports statically, however deep. */
export function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key) || !manifest[key]) return seen
  seen.add(key)
  for (const imported of manifest[key].imports ?? []) staticClosure(manifest, imported, seen)
  return seen
}

export function entryKey(manifest: Manifest): string {
  const key = Object.keys(manifest).find((candidate) => manifest[candidate]?.isEntry)
  if (!key) throw new Error('The build manifest has no entry')
  return key
}

/** The JavaScript and CSS files a browser fetches before the first screen: the entry and its static imports. */
export function firstLoadFiles(manifest: Manifest, keys: Iterable<string> = [entryKey(manifest)]) {
  const closure = new Set<string>()
  for (const key of keys) staticClosure(manifest, key, closure)
  const chunks = [...closure].map((key) => manifest[key]).filter((chunk) => chunk !== undefined)
  return {
    keys: closure,
    js: [...new Set(chunks.map((chunk) => chunk.file).filter((file) => file.endsWith('.js')))],
    css: [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))],
  }
}

/** What a lazy chunk adds on top of what is loaded already: its own files and the shared ones not yet fetched. */
export function addedBy(manifest: Manifest, key: string, loaded: ReadonlySet<string>) {
  const keys = [...staticClosure(manifest, key)].filter((inner) => !loaded.has(inner))
  return { js: keys.map((inner) => manifest[inner]?.file ?? '').filter((file) => file.endsWith('.js')), keys }
}

export function sumSizes(files: readonly string[], sizeOf: (file: string) => number): number {
  return files.reduce((total, file) => total + sizeOf(file), 0)
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

export function ratio(ours: number, floor: number): number {
  return floor > 0 ? ours / floor : Number.NaN
}

export type Verdict = 'PASS' | 'OVER' | 'NOT MEASURED'

/** A figure against its target: at most the target passes; a figure that could not be taken is said so, never passed. */
export function verdict(value: number | null, atMost: number): Verdict {
  if (value === null || !Number.isFinite(value)) return 'NOT MEASURED'
  return value <= atMost ? 'PASS' : 'OVER'
}

export interface Figure {
  label: string
  value: number | null
  unit: string
  target: number | null
  /** How it was measured, printed under the figure. */
  how?: string
  digits?: number
}

export function formatFigure({ label, value, unit, target, digits = 1 }: Figure): string {
  const shown = value === null || !Number.isFinite(value) ? '—' : value.toFixed(digits)
  const against = target === null ? '' : `   target ≤ ${target} ${unit}   ${verdict(value, target)}`
  return `${label.padEnd(52)} ${shown.padStart(9)} ${unit}${against}`
}
