import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test'
import { noFaults, type Faults } from '#mocks/reference-council'
import type { Language } from '#src/gateway/contract/common'

/** The demo people on the reference gateway's sign-in page. */
export const people = {
  tenant: 'Precious Okafor',
  renter: 'Tomasz Nowak',
  owner: 'Margaret Ellis',
  staff: 'Amira Haddad',
} as const
export type PersonId = keyof typeof people

/**
 * Chromium asks for /favicon.ico by itself on a page that names no icon. The app names its icon; the reference
 * gateway's demo sign-in page does not, and the server answers 404. That request is the browser's, not the page's.
 */
const browsersOwnFaviconRequest =
  /^Failed to load resource: the server responded with a status of 404 \(Not Found\) \(https?:\/\/[^/]+\/favicon\.ico\)$/

interface Fixtures {
  /** Console errors that a test expects, such as the browser's note about a 401 after the session was ended on purpose. */
  expectedConsoleErrors: RegExp[]
  /** Every console error and uncaught page error; the test fails if any is left unexpected. */
  browserProblems: string[]
}

export const test = base.extend<Fixtures>({
  expectedConsoleErrors: [[], { option: true }],
  browserProblems: [
    async ({ page, expectedConsoleErrors }, use) => {
      const problems: string[] = []
      page.on('console', (message) => {
        if (message.type() !== 'error') return
        const text = `${message.text()} (${message.location().url})`
        if (browsersOwnFaviconRequest.test(text)) return
        if (!expectedConsoleErrors.some((pattern) => pattern.test(text))) problems.push(`console error: ${text}`)
      })
      page.on('pageerror', (error) => problems.push(`page error: ${error.name}: ${error.message}`))
      await use(problems)
      expect(problems, `The browser reported errors:\n${problems.join('\n')}`).toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** As a person would: open the header's language button if the council offers many, then choose by the language's own name. */
export async function chooseLanguage(page: Page, ownName: string) {
  const languages = page.getByRole('navigation', { name: /./ }).filter({ has: page.locator('.govuk-language-navigation__list') })
  const menu = languages.locator('summary')
  if ((await menu.count()) > 0 && !(await languages.locator('details').evaluate((details: HTMLDetailsElement) => details.open)))
    await menu.click()
  await languages.getByRole('link', { name: ownName, exact: true }).click()
}

/** A value as the app puts it into a sentence: on a right-to-left page, isolated so it keeps its own order. */
export function inSentence(language: Language, value: string): string {
  return language === 'ar' || language === 'ur' ? `\u2068${value}\u2069` : value
}

/** A text from the app's own locale files, so the tests follow whatever the translators wrote. */
export function localeText(language: Language, namespace: string, key: string): string {
  const file = new URL(`../../src/locales/${language}/${namespace}.json`, import.meta.url)
  let texts: unknown
  try {
    texts = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`Could not read src/locales/${language}/${namespace}.json: ${String(error)}`, { cause: error })
  }
  const value = key
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), texts)
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`src/locales/${language}/${namespace}.json has no text for ${key}`)
  return value
}

/** Every screen a resident reaches without a reference in its address, signed out and signed in. */
export const signedOutRoutes = ['/', '/help', '/accessibility', '/privacy', '/cookies', '/feedback', '/signed-out', '/no-such-page']
export const signedInRoutes = [
  '/',
  '/your-details',
  '/report',
  '/requests',
  '/requests/SR-1047760',
  '/waiting',
  '/payments',
  '/payments/history',
  '/cookies',
]

/** Chooses a person on the gateway's demo sign-in page, which the test must already be on. */
export async function chooseOnSignInPage(page: Page, person: PersonId) {
  await expect(page).toHaveURL(/\/api\/auth\/sign-in\?/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in (demo)')
  await page.getByRole('button', { name: `Sign in as ${people[person]}` }).click()
}

/** The site the tests run against, as the Origin a browser's own form post on it would carry. */
function siteOrigin(): string {
  const baseURL = test.info().project.use.baseURL
  if (!baseURL) throw new Error('The Playwright config names no baseURL')
  return new URL(baseURL).origin
}

/**
 * Signs in without the browser: the same form post the demo page makes, from this site, with the cookie landing
 * in this page's context. `sharedDevice` is the answer to "Is this a shared or public computer?".
 */
export async function signInDirectly(page: Page, person: PersonId, { sharedDevice = false }: { sharedDevice?: boolean } = {}) {
  const response = await page.request.post('/api/auth/sign-in', {
    form: { person, returnTo: '/', sharedDevice: sharedDevice ? 'yes' : 'no' },
    headers: { Origin: siteOrigin() },
    maxRedirects: 0,
  })
  expect(response.status(), await response.text()).toBe(303)
  const cookies = await page.context().cookies()
  expect(cookies.map((cookie) => cookie.name)).toContain('myaccount_session')
}

export async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name === 'myaccount_session')
}

/** What the browser still holds for this origin: web storage, and any cached gateway answers. */
export async function leftInBrowser(page: Page) {
  return page.evaluate(async () => {
    const cachedApiRequests: string[] = []
    if ('caches' in window) {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name)
        for (const request of await cache.keys()) if (request.url.includes('/api/')) cachedApiRequests.push(`${name}: ${request.url}`)
      }
    }
    return {
      documentCookie: document.cookie,
      localStorage: Object.keys(localStorage),
      sessionStorage: Object.keys(sessionStorage),
      cachedApiRequests,
    }
  })
}

/** The page's h1, once the screen has finished loading its data. */
export async function settledHeading(page: Page, language: Language = 'en') {
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toBeVisible()
  await page.waitForLoadState('networkidle')
  await expect(page.locator('[role="status"]').filter({ hasText: localeText(language, 'common', 'loading') })).toHaveCount(0)
  return heading
}

/** WCAG 2.2 A and AA, the standard the councils must meet. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** What axe finds on the page as it is now: each rule broken, what it asks, and where. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )
}

/** Once the page has settled (its heading shown, nothing still loading), axe finds nothing on it. */
export async function expectNoAxeViolations(page: Page, where: string, language: Language = 'en') {
  await settledHeading(page, language)
  expect(await axeViolations(page), `axe found violations on ${where}`).toEqual([])
}

/**
 * Every record in one IndexedDB store of the app's database, read in the page without creating the database if the
 * app has not (which would leave it at the wrong version for the app's own upgrade). Null when there is no
 * database; empty when the store is not there.
 */
export async function storedOnDevice(page: Page, store: string): Promise<unknown[] | null> {
  return page.evaluate(async (storeName) => {
    const names = (await indexedDB.databases()).map((database) => database.name)
    if (!names.includes('my-account')) return null
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open('my-account')
      opening.onsuccess = () => resolve(opening.result)
      opening.onerror = () => reject(opening.error ?? new Error('Could not open my-account'))
    })
    try {
      if (!db.objectStoreNames.contains(storeName)) return []
      return await new Promise<unknown[]>((resolve, reject) => {
        const reading = db.transaction(storeName).objectStore(storeName).getAll()
        reading.onsuccess = () => resolve(reading.result)
        reading.onerror = () => reject(reading.error ?? new Error(`Could not read ${storeName}`))
      })
    } finally {
      db.close()
    }
  }, store)
}

/** Every Idempotency-Key the reference gateway has acted on, and how many times. */
export async function appliedKeys(page: Page): Promise<Record<string, number>> {
  const response = await page.request.get('/api/__reference/applied')
  expect(response.ok()).toBe(true)
  return (await response.json()) as Record<string, number>
}

/** Waits for the service worker to be active, and reloads once if it does not yet control the page. */
export async function controlledByServiceWorker(page: Page) {
  await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload()
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller))
  }
}

/** Makes the shared reference gateway misbehave; only tests tagged @gateway-wide may, and they put it right after. */
export async function setFaults(page: Page, change: Partial<Faults>) {
  const response = await page.request.post('/api/__reference/faults', { data: change })
  expect(response.ok(), await response.text()).toBe(true)
}

export function clearFaults(page: Page) {
  return setFaults(page, noFaults())
}

/** Presses Tab until the locator has focus, as someone using only a keyboard would. */
export async function tabTo(page: Page, target: Locator, most = 60) {
  for (let presses = 0; presses < most; presses++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`Tab did not reach ${String(target)} in ${most} presses`)
}

/**
 * Chooses a radio as someone using only a keyboard would: Tab into its group, then the arrow keys, which choose each
 * radio they reach, or Space for the one Tab lands on.
 */
export async function chooseRadio(page: Page, radio: Locator, most = 60) {
  const group = await radio.getAttribute('name')
  const inGroup = () =>
    page.evaluate((name) => document.activeElement instanceof HTMLInputElement && document.activeElement.name === name, group)
  for (let presses = 0; !(await inGroup()); presses++) {
    if (presses === most) throw new Error(`Tab did not reach the radios named ${group} in ${most} presses`)
    await page.keyboard.press('Tab')
  }
  for (let presses = 0; !(await radio.evaluate((element) => element === document.activeElement)); presses++) {
    if (presses === most) throw new Error(`The arrow keys did not reach ${String(radio)} in ${most} presses`)
    await page.keyboard.press('ArrowDown')
  }
  if (!(await radio.isChecked())) await page.keyboard.press('Space')
  await expect(radio).toBeChecked()
}
