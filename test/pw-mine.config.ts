import { defineConfig } from '@playwright/test'
import { debianChromium } from './debian-chromium'

/**
 * Browser tests against the production build (dist/), served with the reference gateway by the same
 * server `npm start` uses. `npm run test:browser` builds first. Paths here are relative to this file.
 *
 * Chromium is Debian's (/usr/bin/chromium, installed by .ci/run): never `npx playwright install`.
 */
const port = 4192
const baseURL = `http://localhost:${port}`

const chromium = {
  headless: true,
  launchOptions: debianChromium,
}

export default defineConfig({
  testDir: './browser',
  outputDir: '../test-results/pw-mine',
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  retries: 0,
  // A busy 2-core machine can take a minute over a journey that runs axe at every step. A test that passes is never
  // slowed by a long timeout; journeys that shrink a 12 MB photo or run axe at a dozen steps give themselves three.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '../test-results/pw-mine.json' }]],
  use: {
    baseURL,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    ...chromium,
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /session-expiry\.spec\.ts$/,
      grepInvert: /@gateway-wide/,
      // Expiring sessions ends every session on the shared reference gateway, so it runs alone, after the rest
      // (a teardown project runs after its project whether or not that passed).
      teardown: 'sessions-expire',
    },
    {
      // Tests that change the shared reference gateway for everyone run here, alone and one at a time, after the
      // rest: session-expiry.spec.ts, and the tests tagged @gateway-wide (gateway faults, expired sessions, a new
      // dist/sw.js). They share this one teardown project because Playwright runs a teardown project after its
      // project whatever the outcome, but a teardown project may not have dependencies or chain to another teardown.
      name: 'sessions-expire',
      // Every spec file, so a test tagged @gateway-wide in any of them runs here, and only here.
      testMatch: /\.spec\.ts$/,
      grep: [/session-expiry\.spec\.ts/, /@gateway-wide/],
      workers: 1,
    },
  ],
  webServer: {
    command: 'npx tsx mocks/server/start.ts',
    cwd: '..',
    // The tests break the gateway on purpose through its test controls, which are off unless asked for.
    env: { PORT: String(port), GATEWAY_LATENCY: 'off', REFERENCE_CONTROLS: 'on' },
    url: `${baseURL}/api/session`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
