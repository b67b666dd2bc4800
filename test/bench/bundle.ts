import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import {
  addedBy,
  entryKey,
  firstLoadFiles,
  gzipSize,
  kib,
  ratio,
  readManifest,
  staticClosure,
  sumSizes,
  type Figure,
  type Manifest,
} from './measure'

export const targets = { firstLoadJsKb: 125, hardCapKb: 150, floorRatio: 1.1, lazyChunkKb: 30 }

export function gzipSizer(outDir: string) {
  const sizes = new Map<string, number>()
  return (file: string) => {
    const known = sizes.get(file)
    if (known !== undefined) return known
    const size = gzipSize(readFileSync(join(outDir, file)))
    sizes.set(file, size)
    return size
  }
}

/** First-load JavaScript of a build, gzip level 9, in bytes, and how many files that is. */
export function firstLoadJs(outDir: string, manifest: Manifest = readManifest(outDir)) {
  const files = firstLoadFiles(manifest)
  return { bytes: sumSizes(files.js, gzipSizer(outDir)), files: files.js.length }
}

/** The floor app, built by the same Vite with only the stack's own plugin, into a folder of its own. */
export async function buildFloor(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'my-account-floor-'))
  await build({
    configFile: false,
    root: fileURLToPath(new URL('./floor', import.meta.url)),
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, manifest: true, target: 'es2022', sourcemap: false },
  })
  return outDir
}

const pageName = (key: string) =>
  key
    .replace(/^.*node_modules\//, '')
    .replace(/^src\/features\//, '')
    .replace(/^src\//, '')

export async function bundleFigures(appDist: string): Promise<{ figures: Figure[]; lines: string[] }> {
  const manifest = readManifest(appDist)
  const size = gzipSizer(appDist)
  const first = firstLoadFiles(manifest)
  const firstJs = sumSizes(first.js, size)
  const firstCss = sumSizes(first.css, size)

  const floorDist = await buildFloor()
  let floorJs: number
  try {
    floorJs = firstLoadJs(floorDist).bytes
  } finally {
    rmSync(floorDist, { recursive: true, force: true })
  }

  const figures: Figure[] = [
    {
      label: `first load: JavaScript (${first.js.length} files)`,
      value: firstJs / kib,
      unit: 'KB',
      target: targets.firstLoadJsKb,
      how: `entry ${entryKey(manifest)} and its static imports in the Vite manifest, each file gzip -9; hard cap ${targets.hardCapKb} KB`,
    },
    {
      label: `first load: CSS (${first.css.length} files)`,
      value: firstCss / kib,
      unit: 'KB',
      target: null,
      how: 'CSS named by those chunks, gzip -9',
    },
    {
      label: 'the floor: first-load JavaScript',
      value: floorJs / kib,
      unit: 'KB',
      target: null,
      how: 'test/bench/floor (react, react-dom, react-router, TanStack Query, i18next, react-i18next, workbox-window) built now by the same Vite',
    },
    { label: 'ours ÷ the floor', value: ratio(firstJs, floorJs), unit: '×', target: targets.floorRatio, digits: 2 },
  ]

  // The typed client starts fetching the gateway contract (zod and every schema) as the app starts, whatever the page:
  // by the time a person moves to another page it is there, so a lazy chunk does not count it again.
  const startedAtOnce = 'src/gateway/answer-checks.ts'
  const atStart = new Set([...first.keys, ...staticClosure(manifest, startedAtOnce)])
  const contract = addedBy(manifest, startedAtOnce, first.keys)
  figures.push({
    label: 'gateway contract, fetched as the app starts',
    value: sumSizes(contract.js, size) / kib,
    unit: 'KB',
    target: null,
    how: `${startedAtOnce} and what it imports beyond the first load (${contract.js.length} files, zod among them), gzip -9; not needed for the first screen`,
  })

  const lines: string[] = []
  const routes: string[] = []
  const lazy: { label: string; bytes: number }[] = []
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isDynamicEntry || key === startedAtOnce) continue
    const added = addedBy(manifest, key, first.keys)
    const bytes = sumSizes(added.js, size)
    const beyondStart = sumSizes(addedBy(manifest, key, atStart).js, size)
    const isLanguage = key.includes('/locales/')
    if (isLanguage) {
      lazy.push({ label: `language ${key.replace(/^.*locales\//, '')}`, bytes: beyondStart })
      continue
    }
    lazy.push({ label: pageName(key), bytes: beyondStart })
    if (!key.startsWith('src/')) continue
    const css = sumSizes(
      added.keys.flatMap((inner) => manifest[inner]?.css ?? []).filter((file) => !first.css.includes(file)),
      size,
    )
    routes.push(
      `  ${pageName(key).padEnd(62)} JS ${((firstJs + bytes) / kib).toFixed(1).padStart(6)} KB   CSS ${((firstCss + css) / kib).toFixed(1)} KB`,
    )
  }

  const overChunks = lazy.filter((chunk) => chunk.bytes / kib > targets.lazyChunkKb)
  const biggest = [...lazy].sort((a, b) => b.bytes - a.bytes)[0]
  figures.push({
    label: `largest lazy chunk (${biggest?.label ?? 'none'})`,
    value: biggest ? biggest.bytes / kib : 0,
    unit: 'KB',
    target: targets.lazyChunkKb,
    how: `what each dynamic import adds beyond the first load and the gateway contract, gzip -9; ${overChunks.length} of ${lazy.length} over ${targets.lazyChunkKb} KB`,
  })
  lines.push("First load per route (the entry, then the page's own chunk and what it imports; gzip -9):")
  lines.push(...routes.sort())
  lines.push('Each lazy chunk, what it adds beyond the first load and the gateway contract (gzip -9):')
  const languages = lazy.filter((chunk) => chunk.label.startsWith('language '))
  const largestLanguage = [...languages].sort((a, b) => b.bytes - a.bytes)[0]
  for (const chunk of lazy.filter((inner) => !languages.includes(inner)).sort((a, b) => b.bytes - a.bytes))
    lines.push(
      `  ${chunk.label.padEnd(62)} ${(chunk.bytes / kib).toFixed(1).padStart(6)} KB${chunk.bytes / kib > targets.lazyChunkKb ? '   OVER' : ''}`,
    )
  if (largestLanguage)
    lines.push(
      `  ${`${languages.length} language files (one per namespace and language), the largest ${largestLanguage.label.replace('language ', '')}`.padEnd(62)} ${(largestLanguage.bytes / kib).toFixed(1).padStart(6)} KB`,
    )
  return { figures, lines }
}
