import type { Page } from '@playwright/test'
import { expect, settledHeading, signedInRoutes, signedOutRoutes, signInDirectly, test } from './support'

async function sidewaysScroll(page: Page) {
  return page.evaluate(() => {
    const widest = [...document.querySelectorAll('body *')]
      // A data table may scroll inside its own box (WCAG 1.4.10 allows it); the page itself must not.
      .filter((element) => !element.closest('.app-table-container'))
      .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}`)
    return { width: document.documentElement.scrollWidth, widest: widest.slice(0, 5) }
  })
}

test.describe('every page fits a 320 pixel screen without scrolling sideways', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  for (const [language, name] of [
    ['en', 'English'],
    ['cy', 'Welsh'],
    ['ar', 'Arabic'],
  ] as const) {
    test(`signed out, in ${name}`, async ({ page }) => {
      for (const route of signedOutRoutes) {
        await page.goto(`${route}?lang=${language}`)
        await settledHeading(page, language)
        expect(await sidewaysScroll(page), route).toEqual({ width: 320, widest: [] })
      }
    })

    test(`signed in, in ${name}`, async ({ page }) => {
      await signInDirectly(page, 'owner')
      for (const route of signedInRoutes) {
        await page.goto(`${route}?lang=${language}`)
        await settledHeading(page, language)
        expect(await sidewaysScroll(page), route).toEqual({ width: 320, widest: [] })
      }
    })
  }
})
