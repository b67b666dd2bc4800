import type { BrowserContext, Page } from '@playwright/test'
import {
  axeViolations,
  chooseOnSignInPage,
  controlledByServiceWorker,
  expect,
  expectNoAxeViolations,
  localeText,
  people,
  settledHeading,
  signInDirectly,
  storedOnDevice,
  test,
} from './support'

/**
 * A library kiosk: a member of staff sets the device up, residents use it one after another, and each visit ends,
 * by the button or by itself, leaving nothing of the resident in the browser.
 */

const say = (key: string, language: 'en' | 'cy' = 'en') => localeText(language, 'kiosk', key)
const KIOSK_MODE = 'my-account.device-mode'
const signedInAs = localeText('en', 'common', 'header.signedInAs').replace('{{name}}', people.owner)

/** Makes this browser a kiosk as the set-up page does, without a member of staff, for tests about residents. */
async function kioskDevice(page: Page) {
  await page.goto('/')
  await page.evaluate((key) => localStorage.setItem(key, 'kiosk'), KIOSK_MODE)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: say('start.title') })).toBeVisible()
}

/** From the start screen, through the gateway's sign-in page, to the resident's own account. */
async function startAs(page: Page) {
  await page.getByRole('link', { name: say('start.start') }).click()
  await chooseOnSignInPage(page, 'owner')
  await expect(page).toHaveURL(/\/$/)
  await controlledByServiceWorker(page)
  await settledHeading(page)
  await expect(page.getByRole('banner')).toContainText(signedInAs)
}

/** What a resident does in a minute: their account, then their reports, with their own reference on screen. */
async function useTheKiosk(page: Page) {
  await page.getByRole('link', { name: localeText('en', 'account', 'home.requests.see') }).click()
  await expect(await settledHeading(page)).toBeVisible()
  await expect(page.getByRole('main')).toContainText('Street light not working')
  // By now the device holds things the visit must not leave behind, so the test below proves they went.
  await expect.poll(async () => ((await storedOnDevice(page, 'catalogue')) ?? []).length).toBeGreaterThan(0)
  expect(await page.evaluate(() => Object.keys(sessionStorage)), 'the visit has left something in session storage').not.toEqual([])
}

/** Everything the browser holds for the site, read in the page. */
async function leftBehind(page: Page, context: BrowserContext) {
  const inPage = await page.evaluate(async () => {
    const records: Record<string, number> = {}
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const opening = indexedDB.open(name)
        opening.onsuccess = () => resolve(opening.result)
        opening.onerror = () => reject(opening.error ?? new Error(`Could not open ${name}`))
      })
      for (const store of [...db.objectStoreNames]) {
        records[`${name}/${store}`] = await new Promise<number>((resolve, reject) => {
          const counting = db.transaction(store).objectStore(store).count()
          counting.onsuccess = () => resolve(counting.result)
          counting.onerror = () => reject(counting.error ?? new Error(`Could not count ${store}`))
        })
      }
      db.close()
    }
    return {
      records,
      localStorage: Object.keys(localStorage),
      sessionStorage: Object.keys(sessionStorage),
      caches: await caches.keys(),
      documentCookie: document.cookie,
    }
  })
  return { ...inPage, cookies: (await context.cookies()).map((cookie) => cookie.name) }
}

async function expectNothingLeftBehind(page: Page, context: BrowserContext) {
  await expect(page.getByRole('heading', { level: 1, name: say('start.title') })).toBeVisible()
  await expect(page.getByRole('banner')).not.toContainText(people.owner)
  const left = await leftBehind(page, context)
  expect(
    Object.entries(left.records).filter(([, count]) => count > 0),
    'records left in IndexedDB',
  ).toEqual([])
  expect(left.localStorage, 'only kiosk mode stays in local storage').toEqual([KIOSK_MODE])
  expect(left.sessionStorage).toEqual([])
  expect(
    left.caches.some((name) => name.startsWith('workbox-precache')),
    'the app’s own code stays, to open the start screen',
  ).toBe(true)
  expect(
    left.caches.filter((name) => !name.startsWith('workbox-precache')),
    'only the app’s own code stays cached',
  ).toEqual([])
  expect(left.documentCookie).toBe('')
  expect(left.cookies, 'no cookies').toEqual([])

  // The history leads back to the resident's pages, but they open signed out, showing nothing of theirs.
  await page.goBack()
  await settledHeading(page)
  await expect(page.locator('body')).not.toContainText(people.owner)
  await expect(page.locator('body')).not.toContainText('Street light not working')
}

test('a member of staff turns kiosk mode on, and the start screen shows the council, that the computer is shared, and its languages', async ({
  page,
}) => {
  await signInDirectly(page, 'staff')
  await page.goto('/')
  await page.getByRole('link', { name: say('setUp.title') }).click()
  await expectNoAxeViolations(page, 'the kiosk set-up page')
  await page.getByRole('button', { name: say('setUp.turnOn') }).click()
  await expectNoAxeViolations(page, 'the kiosk set-up confirmation')
  await page.getByRole('button', { name: say('setUp.yesOn') }).click()

  await expect(page.getByRole('heading', { level: 1, name: say('start.title') })).toBeVisible()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.locator('html')).toHaveClass(/app-kiosk/)
  await expect(page.getByRole('main')).toContainText('London Borough of Southmere')
  await expect(page.getByRole('heading', { name: say('start.sharedTitle') })).toBeVisible()
  await expect(page.getByRole('banner')).not.toContainText(people.staff)
  expect(await page.context().cookies()).toEqual([])
  const languages = page.getByRole('region', { name: say('start.chooseLanguage') })
  for (const [ownName, lang] of [
    ['English', 'en-GB'],
    ['Cymraeg', 'cy'],
    ['Polski', 'pl'],
    ['العربية', 'ar'],
  ] as const) {
    await expect(languages.getByRole('button', { name: ownName })).toHaveAttribute('lang', lang)
  }

  await languages.getByRole('button', { name: 'Cymraeg' }).click()
  await expect(page.getByRole('heading', { level: 1, name: say('start.title', 'cy') })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
  await expect(page.getByRole('button', { name: say('finish', 'cy') })).toBeVisible()
})

test('a resident left alone is warned, may have more time, and if nobody answers the kiosk clears itself', async ({ page, context }) => {
  await page.clock.install()
  await kioskDevice(page)
  await startAs(page)
  await useTheKiosk(page)

  await page.clock.fastForward('02:01')
  const warning = page.getByRole('dialog', { name: say('idle.title') })
  await expect(warning).toBeVisible()
  await expect(warning.getByRole('heading', { name: say('idle.title') })).toBeFocused()
  await expect(warning).toContainText('Clearing in')
  expect(await axeViolations(page), 'axe on the idle warning').toEqual([])
  await warning.getByRole('button', { name: say('idle.moreTime') }).click()
  await expect(warning).toBeHidden()
  await expect(page.getByRole('banner')).toContainText(signedInAs)
  await expect(page.getByRole('main')).toContainText('Street light not working')

  await page.clock.fastForward('02:01')
  await expect(warning).toBeVisible()
  await page.clock.fastForward('01:01')

  await expectNothingLeftBehind(page, context)
})

test('"Finish and clear" ends the visit at once and leaves nothing behind', async ({ page, context }) => {
  await kioskDevice(page)
  await startAs(page)
  await useTheKiosk(page)

  await page
    .getByRole('banner')
    .getByRole('button', { name: say('finish') })
    .click()

  await expectNothingLeftBehind(page, context)
})

test('the next person starts in the council’s own language, whichever the last person chose', async ({ page }) => {
  await kioskDevice(page)
  // Chosen before signing in, so it is the kiosk's choice alone: one chosen while signed in is saved to the person's
  // account, and the other tests signed in as Margaret would then see Welsh.
  await page
    .getByRole('region', { name: say('start.chooseLanguage') })
    .getByRole('button', { name: 'Cymraeg' })
    .click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy')

  await page
    .getByRole('banner')
    .getByRole('button', { name: say('finish', 'cy') })
    .click()

  await expect(page.getByRole('heading', { level: 1, name: say('start.title') })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB')
})

for (const language of ['en', 'cy'] as const) {
  test(`the kiosk start screen, set-up page and idle warning in ${language === 'en' ? 'English' : 'Welsh'} have no axe violations, and the start screen's targets are 44 px`, async ({
    page,
  }) => {
    await page.clock.install()
    await kioskDevice(page)
    await page.goto(`/?lang=${language}`)
    await expectNoAxeViolations(page, 'the kiosk start screen', language)
    const targets = page.locator('main a, main button, header a, header button, header summary')
    for (const target of await targets.all()) {
      if (!(await target.isVisible())) continue
      const box = await target.boundingBox()
      const name = (await target.textContent())?.trim()
      expect(box?.height, `${name} is 44 px high`).toBeGreaterThanOrEqual(44)
      expect(box?.width, `${name} is 44 px wide`).toBeGreaterThanOrEqual(44)
    }

    // Someone has moved on from the start screen, so there is something to clear.
    await page.goto(`/help?lang=${language}`)
    await settledHeading(page, language)
    await page.clock.fastForward('02:01')
    const warning = page.getByRole('dialog', { name: say('idle.title', language) })
    await expect(warning).toBeVisible()
    expect(await axeViolations(page), 'axe on the idle warning').toEqual([])
    await warning.getByRole('button', { name: say('idle.moreTime', language) }).click()

    await signInDirectly(page, 'staff')
    await page.goto(`/staff/kiosk?lang=${language}`)
    await expectNoAxeViolations(page, 'the kiosk set-up page', language)
  })
}
