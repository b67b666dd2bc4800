/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { createGatewayHandlers } from './mocks/handlers'
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
        .replaceAll('%COUNCIL_ONE_STOP_SHOP%', `${council.contact.oneStopShop.name}, ${council.contact.oneStopShop.address}`)
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
      const gateway = createNodeGateway(createGatewayHandlers(createReferenceCouncil(), { basePath: '/api', latency: [80, 350] }))
      server.middlewares.use((request, response, next) => {
        gateway(request, response, next).catch(next)
      })
    },
  }
}

const council = councilById(councilId)

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
    globIgnores: ['**/*.map', 'mockServiceWorker.js'],
  },
  devOptions: { enabled: false },
})

export default defineConfig({
  plugins: [react(), councilPage(), referenceGateway(), installable],
  define: {
    'import.meta.env.VITE_COUNCIL': JSON.stringify(councilId),
  },
  css: {
    preprocessorOptions: {
      scss: { loadPaths: ['node_modules'], quietDeps: true, silenceDeprecations: ['import'] },
    },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Read by `npm run bench` to tell the first load from the chunks loaded later.
    manifest: true,
  },
  preview: { port: 4173 },
  test: {
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'test/unit/**/*.test.ts'],
    css: false,
    restoreMocks: true,
    testTimeout: 10_000,
  },
})
