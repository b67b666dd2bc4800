import type { Page } from '@playwright/test'
import { expect, settledHeading, signedInRoutes, signedOutRoutes, signInDirectly, test } from './support'

// Each test walks many pages, or many key presses on each, on a machine that may be busy.
test.describe.configure({ timeout: 90_000 })

/** Everything on the page that moves: CSS animations and transitions longer than a blink, and smooth scrolling. */
function whatMoves(page: Page) {
  return page.evaluate(() => {
    const seconds = (list: string) =>
      Math.max(...list.split(',').map((time) => (time.trim().endsWith('ms') ? parseFloat(time) / 1000 : parseFloat(time))))
    const moving: string[] = []
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo)
        const what = `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''}${pseudo ?? ''}`
        if (seconds(style.transitionDuration) > 0.01) moving.push(`${what} has a ${style.transitionDuration} transition`)
        if (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01)
          moving.push(`${what} has a ${style.animationDuration} animation`)
        if (style.scrollBehavior === 'smooth') moving.push(`${what} scrolls smoothly`)
      }
    }
    for (const animation of document.getAnimations()) {
      const lasts = Number(animation.effect?.getComputedTiming().endTime ?? 0)
      if (animation.playState === 'running' && lasts > 10) moving.push(`an animation of ${lasts} ms is running`)
    }
    return moving
  })
}

test.describe('with reduced motion asked for, nothing moves', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
  })

  test('on any page, signed out', async ({ page }) => {
    for (const route of signedOutRoutes) {
      await page.goto(route)
      await settledHeading(page)
      expect.soft(await whatMoves(page), route).toEqual([])
    }
  })

  test('on any page, signed in', async ({ page }) => {
    await signInDirectly(page, 'owner')
    for (const route of signedInRoutes) {
      await page.goto(route)
      await settledHeading(page)
      expect.soft(await whatMoves(page), route).toEqual([])
    }
  })
})

/**
 * The app's own styles and GOV.UK Frontend's have no animation or transition today, so the pages above would pass
 * without the reduced-motion rule. This gives an element a transition, an animation and smooth scrolling, as a
 * council's own style or a new component might, and finds the rule stills them, but only when asked.
 */
for (const reducedMotion of ['reduce', 'no-preference'] as const) {
  test(`something given motion ${reducedMotion === 'reduce' ? 'is stilled when reduced motion is asked for' : 'keeps it otherwise'}`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion })
    await page.goto('/help')
    await settledHeading(page)
    await page.evaluate(() => {
      // Set through the CSS object model, which the Content-Security-Policy allows, unlike a style attribute.
      const sheet = new CSSStyleSheet()
      sheet.replaceSync('@keyframes app-test-pulse { from { opacity: 1 } to { opacity: 0.5 } }')
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
      const heading = document.querySelector('h1')
      if (!heading) throw new Error('The page has no h1')
      heading.style.transition = 'opacity 2s'
      heading.style.animation = 'app-test-pulse 2s infinite'
      document.documentElement.style.scrollBehavior = 'smooth'
    })
    const moves = await whatMoves(page)
    if (reducedMotion === 'reduce') expect(moves).toEqual([])
    else
      expect(moves).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/transition/),
          expect.stringMatching(/animation/),
          expect.stringMatching(/scrolls smoothly/),
        ]),
      )
  })
}
