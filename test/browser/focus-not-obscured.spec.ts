import type { Page } from '@playwright/test'
import { expect, settledHeading, signInDirectly, test } from './support'

// Each test walks many pages, or many key presses on each, on a machine that may be busy.
test.describe.configure({ timeout: 90_000 })

/** Long pages, with many things to Tab through. */
const longSignedOutPages = ['/help', '/accessibility', '/cookies']
const longSignedInPages = ['/', '/your-details', '/requests/SR-1047760']

/**
 * What has focus, if something else is drawn over it: WCAG 2.4.11 asks that focus is never hidden entirely, so
 * the focused element is covered if no part of it (the middle of each of its line boxes) can be seen.
 */
function focusCovered(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement
    if (!focused || focused === document.body) return null
    const parts = [...focused.getClientRects()].filter((box) => box.width > 1 && box.height > 1)
    if (parts.length === 0) return null
    const ownedBy = (hit: Element | null) =>
      hit !== null &&
      (focused.contains(hit) || (focused instanceof HTMLInputElement && [...(focused.labels ?? [])].some((label) => label.contains(hit))))
    const seen = parts.some((box) => ownedBy(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)))
    if (seen) return null
    const words = (focused.textContent || focused.id || '').replace(/\s+/g, ' ').trim().slice(0, 50)
    const [first] = parts
    let over = first ? document.elementFromPoint(first.left + first.width / 2, first.top + first.height / 2) : null
    // Name what stays put over the page (a sticky or fixed bar), rather than the piece of it that was hit.
    for (let box = over; box; box = box.parentElement) if (/^(sticky|fixed)$/.test(getComputedStyle(box).position)) over = box
    return `${focused.tagName.toLowerCase()} "${words}" is under ${over ? `${over.tagName.toLowerCase()}.${String(over.className)}` : 'the edge of the window'}`
  })
}

/** Tabs forwards through everything on the page, then back with Shift+Tab, noting every time focus is covered. */
async function tabThroughThePage(page: Page) {
  const stops = await page.evaluate(
    () => document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex="0"]').length,
  )
  const covered: string[] = []
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let press = 0; press < stops + 2; press++) {
      await page.keyboard.press(key)
      const hidden = await focusCovered(page)
      if (hidden) covered.push(`${key}: ${hidden}`)
    }
  }
  return covered
}

for (const width of [320, 1280]) {
  test.describe(`at ${width} pixels wide, focus is never hidden under anything drawn over the page`, () => {
    test.use({ viewport: { width, height: 640 } })

    test('signed out', async ({ page }) => {
      for (const route of longSignedOutPages) {
        await page.goto(route)
        await settledHeading(page)
        expect.soft(await tabThroughThePage(page), route).toEqual([])
      }
    })

    test('signed in', async ({ page }) => {
      await signInDirectly(page, 'owner')
      for (const route of longSignedInPages) {
        await page.goto(route)
        await settledHeading(page)
        expect.soft(await tabThroughThePage(page), route).toEqual([])
      }
    })
  })
}

test('the check finds focus hidden under a header that stays at the top of the window', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto('/help')
  await settledHeading(page)
  await page.locator('header').evaluate((header) => {
    Object.assign((header as HTMLElement).style, { position: 'sticky', top: '0', zIndex: '10' })
  })
  expect(await tabThroughThePage(page)).toContainEqual(expect.stringMatching(/^Shift\+Tab: .* is under .*app-header/))
})
