import type { Locator, Page } from '@playwright/test'
import { axeViolations, controlledByServiceWorker, expect, localeText, settledHeading, test } from './support'

/** Presses Tab until the locator has focus, as someone using only a keyboard would. */
async function tabTo(page: Page, target: Locator, most = 80) {
  for (let presses = 0; presses < most; presses++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`Tab did not reach ${String(target)} in ${most} presses`)
}

for (const language of ['en', 'cy'] as const) {
  const inLanguage = language === 'cy' ? 'Welsh' : 'English'

  test(`in ${inLanguage}, the statement is reached from the footer with only a keyboard, and axe finds no WCAG 2.2 AA violations on it`, async ({
    page,
  }) => {
    await page.goto(`/?lang=${language}`)
    await settledHeading(page, language)

    const footerLink = page.getByRole('contentinfo').getByRole('link', { name: localeText(language, 'common', 'footer.accessibility') })
    await tabTo(page, footerLink)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL('/accessibility')
    const heading = await settledHeading(page, language)
    await expect(heading).toHaveText(localeText(language, 'accessibility', 'title'))
    await expect(heading).toBeFocused()
    await expect(page.getByRole('heading', { level: 2, name: localeText(language, 'accessibility', 'enforcement.title') })).toBeVisible()

    expect(await axeViolations(page)).toEqual([])
  })

  test.describe(`in ${inLanguage}, on a 320 pixel screen`, () => {
    test.use({ viewport: { width: 320, height: 640 } })

    test('the statement fits without scrolling sideways', async ({ page }) => {
      await page.goto(`/accessibility?lang=${language}`)
      await expect(await settledHeading(page, language)).toHaveText(localeText(language, 'accessibility', 'title'))
      const overflowing = await page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .map((element) => element.outerHTML.slice(0, 80)),
      )
      expect(overflowing).toEqual([])
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320)
    })
  })
}

test.describe('without a signal', () => {
  // The page asks who is signed in; offline, the browser logs that failed request.
  test.use({ expectedConsoleErrors: [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/] })

  test('the statement opens from the footer after one visit', async ({ page, context }) => {
    await page.goto('/')
    await controlledByServiceWorker(page)
    await settledHeading(page)

    await context.setOffline(true)
    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: localeText('en', 'common', 'footer.accessibility') })
      .click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(localeText('en', 'accessibility', 'title'))
    await expect(page.getByRole('heading', { level: 2, name: localeText('en', 'accessibility', 'preparation.title') })).toBeVisible()
  })
})
