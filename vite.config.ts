/// <reference types="vitest/config" />
import { createHash } from 'node:crypto'
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, constants as zlib, gzip } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { defineConfig, version as viteVersion, type Plugin, type Rolldown } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { createGatewayHandlers } from './mocks/handlers'
import postcssRTLCSS from 'postcss-rtlcss'
import { Mode } from 'postcss-rtlcss/options'
import { createReferenceCouncil } from './mocks/reference-council'
import { createNodeGateway } from './mocks/server/node-gateway'
import { councilById } from './src/councils/councils'

const councilId = process.env.COUNCIL ?? 'southmere'

/** Puts the council's name and phone number into index.html, for the title and the no-JavaScript message. */
function councilPage(): Plugin {
  const council = councilById(councilId)
  return {
    name: 'council-page',
    transformIndexHtml: (html) =>
      html
        .replaceAll('%COUNCIL_NAME%', council.name.en)
        .replaceAll('%COUNCIL_PHONE%', council.contact.phone)
        .replaceAll('%COUNCIL_ONE_STOP_SHOP%', `${council.contact.oneStopShop.name.en}, ${council.contact.oneStopShop.address.en}`)
        .replaceAll('%COUNCIL_BRAND%', council.colours.brand)
        .replaceAll('%COUNCIL_LOGO%', council.logo),
  }
}

/** `npm run dev` answers /api from the same reference gateway as `npm start` and the tests. */
function referenceGateway(): Plugin {
  return {
    name: 'reference-gateway',
    apply: 'serve',
    configureServer(server) {
      // The test controls are a developer's tool, so the development server always has them.
      const gateway = createNodeGateway(
        createGatewayHandlers(createReferenceCouncil(), { basePath: '/api', latency: [80, 350], referenceControls: true }),
      )
      server.middlewares.use((request, response, next) => {
        gateway(request, response, next).catch(next)
      })
    },
  }
}

/**
 * zod builds faster parsers with `new Function`, and probes for it with one on first use, which the
 * Content-Security-Policy refuses (a policy violation on every page). Every import of zod gets it with
 * that turned off before any schema is made; zod's plain parsers are fast enough here. Done where zod is
 * resolved because a call in the app's entry would run after the chunk that makes the schemas.
 */
function zodWithoutEval(): Plugin {
  const id = '\0zod-without-eval'
  return {
    name: 'zod-without-eval',
    enforce: 'pre',
    resolveId: (source, importer) => (source === 'zod' && importer !== id ? id : undefined),
    load: (loading) =>
      loading === id
        ? "import { config } from 'zod'\nconfig({ jitless: true })\nexport * from 'zod'\nexport { default } from 'zod'\n"
        : undefined,
  }
}

/**
 * The service worker is a classic script with no document: Vite's helper that preloads a dynamic import's files (and
 * reads `import.meta`) cannot run there. The dynamic imports are inlined into sw.js anyway, so each is only its import.
 */
function importsWithoutPreloading(): Plugin {
  const id = '\0vite/preload-helper.js'
  return {
    name: 'imports-without-preloading',
    enforce: 'pre',
    resolveId: (source) => (source === id ? id : undefined),
    load: (loading) => (loading === id ? 'export const __vitePreload = (load) => load()\n' : undefined),
  }
}

const compressible = /\.(js|css|html|svg|webmanifest|json)$/
const smallestWorthCompressing = 1024
const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

async function filesBelow(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true })
  const nested = await Promise.all(
    entries
      // .vite/ holds the build manifest for `npm run bench`; nothing serves it.
      .filter((entry) => entry.name !== '.vite')
      .map((entry) => (entry.isDirectory() ? filesBelow(join(directory, entry.name)) : [join(directory, entry.name)])),
  )
  return nested.flat()
}

/**
 * Writes a .br and a .gz copy beside each text file worth compressing, so `npm start` sends them as
 * they are instead of compressing on every request. Runs last, after the service worker is written.
 */
function precompressed(): Plugin {
  let outDir = ''
  return {
    name: 'precompressed',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        // sw.js stays as it is: it loads after the page, and the update test rewrites it in place, which a stale .br would hide.
        const files = (await filesBelow(outDir)).filter((file) => compressible.test(file) && file !== join(outDir, 'sw.js'))
        await Promise.all(
          files.map(async (file) => {
            if ((await stat(file)).size < smallestWorthCompressing) return
            const content = await readFile(file)
            const [asBrotli, asGzip] = await Promise.all([
              brotli(content, {
                params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: content.length },
              }),
              gzipped(content, { level: 9 }),
            ])
            if (asBrotli.length < content.length) await writeFile(`${file}.br`, asBrotli)
            if (asGzip.length < content.length) await writeFile(`${file}.gz`, asGzip)
          }),
        )
      },
    },
  }
}

/**
 * A chunk loaded later names the files it needs, so the browser fetches them together rather than one after another.
 * The files the importing chunk has already loaded are left off that list: the browser has them, and naming them
 * again in every route only makes the first download bigger.
 */
function preloadOnlyWhatIsMissing() {
  let bundle: Rolldown.OutputBundle | null = null
  const loadedWith = (host: string, loaded = new Set<string>()): Set<string> => {
    const chunk = bundle?.[host]
    if (loaded.has(host) || chunk?.type !== 'chunk') return loaded
    loaded.add(host)
    for (const imported of chunk.imports) loadedWith(imported, loaded)
    return loaded
  }
  const plugin: Plugin = {
    name: 'preload-only-what-is-missing',
    apply: 'build',
    generateBundle: {
      order: 'pre',
      handler(_, output) {
        bundle = output
      },
    },
  }
  const resolveDependencies = (_file: string, dependencies: string[], { hostId }: { hostId: string }) => {
    const loaded = loadedWith(hostId)
    return dependencies.filter((dependency) => !loaded.has(dependency))
  }
  return { plugin, resolveDependencies }
}
const preloading = preloadOnlyWhatIsMissing()

/**
 * What the entry imports, however deep, is needed before the first screen whatever the page: one file rather than a
 * score of small ones that each cost a request and a little of their own, and that gzip cannot compress together.
 */
function firstLoadAsOneFile(entry: string) {
  let firstLoad: Set<string> | null = null
  return (moduleId: string, context: Rolldown.ChunkingContext) => {
    if (!firstLoad) {
      const reached = new Set<string>()
      const reach = (id: string) => {
        if (reached.has(id)) return
        reached.add(id)
        for (const imported of context.getModuleInfo(id)?.importedIds ?? []) reach(imported)
      }
      reach(entry)
      firstLoad = reached
    }
    return firstLoad.has(moduleId) ? 'index' : null
  }
}

const council = councilById(councilId)
const localeText = /\/src\/locales\/([\w-]+)\/([\w-]+)\.json$/

/**
 * Each language's texts share one hash, of all of them (and the Vite that built them): the table of every language's
 * files, which the first load carries, then compresses to little more than the names. A changed text renames the
 * whole language, so no phone keeps an out-of-date one.
 */
const textsHashes = new Map(
  await Promise.all(
    (await readdir(new URL('./src/locales', import.meta.url), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map(async ({ name: language }): Promise<[string, string]> => {
        const folder = new URL(`./src/locales/${language}/`, import.meta.url)
        const hash = createHash('sha256').update(viteVersion)
        for (const file of (await readdir(folder)).sort()) hash.update(`\0${file}\0`).update(await readFile(new URL(file, folder)))
        return [language, hash.digest('base64url').slice(0, 8)]
      }),
  ),
)

const languagesNotOffered = async () =>
  (await readdir(new URL('./src/locales', import.meta.url), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && !(council.languages as string[]).includes(entry.name))
    .map((entry) => entry.name)

/** Installable in the council's own name and colours; the service worker caches the app, never gateway answers. */
const installable = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'src',
  filename: 'sw.ts',
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    id: '/',
    name: `My Account – ${council.name.en}`,
    short_name: 'My Account',
    description: `Report problems, book and pay ${council.name.en}, any time.`,
    lang: 'en-GB',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: council.colours.brand,
    icons: [
      { src: council.logo, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: council.logo, sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
    ],
  },
  injectManifest: {
    globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
    // The compressed copies are the same files again; the browser gets them by Accept-Encoding.
    // So are the texts of languages this council does not offer: a phone keeps only what it may show.
    globIgnores: [
      '**/*.map',
      '**/*.br',
      '**/*.gz',
      'mockServiceWorker.js',
      ...(await languagesNotOffered()).map((language) => `assets/locales/${language}/**`),
    ],
    // The service worker is built on its own and runs under the same policy (sw.js carries it).
    buildPlugins: { vite: [zodWithoutEval(), importsWithoutPreloading()] },
  },
  devOptions: { enabled: false },
})

export default defineConfig({
  plugins: [zodWithoutEval(), react(), councilPage(), referenceGateway(), installable, precompressed(), preloading.plugin],
  define: {
    'import.meta.env.VITE_COUNCIL': JSON.stringify(councilId),
  },
  css: {
    // Arabic and Urdu read right to left. GOV.UK Frontend is written left to right, so each rule that says
    // left or right gets a mirrored twin for dir="rtl"; left-to-right pages keep exactly the rules they had.
    postcss: { plugins: [postcssRTLCSS({ mode: Mode.override })] },
    preprocessorOptions: {
      scss: { loadPaths: ['node_modules'], quietDeps: true, silenceDeprecations: ['import'] },
    },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Read by `npm run bench` to tell the first load from the chunks loaded later.
    manifest: true,
    modulePreload: { resolveDependencies: preloading.resolveDependencies },
    rollupOptions: {
      output: {
        codeSplitting: { groups: [{ name: firstLoadAsOneFile(fileURLToPath(new URL('./src/main.tsx', import.meta.url))) }] },
        // Each language's texts in a folder of its own, so the service worker can precache only the council's languages.
        chunkFileNames: (chunk) => {
          const [, language, namespace] = localeText.exec(chunk.facadeModuleId ?? '') ?? []
          return language ? `assets/locales/${language}/${namespace}-${textsHashes.get(language)}.js` : 'assets/[name]-[hash].js'
        },
      },
    },
  },
  preview: { port: 4173 },
  test: {
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/bench/**/*.test.ts'],
    css: false,
    restoreMocks: true,
    testTimeout: 20_000,
  },
})
