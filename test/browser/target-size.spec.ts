import type { Page } from '@playwright/test'
import { expect, settledHeading, signedInRoutes, signedOutRoutes, signInDirectly, test } from './support'

// Each test walks many pages, or many key presses on each, on a machine that may be busy.
test.describe.configure({ timeout: 90_000 })

interface Rules {
  minimum: number
  /** WCAG 2.5.8's exceptions: a smaller target is enough if spaced well apart from others, or if it is a link in a sentence. */
  exceptions: boolean
}

/** Every visible target on the page smaller than the rules allow, with its size. */
function targetsTooSmall(page: Page, rules: Rules) {
  return page.evaluate(({ minimum, exceptions }) => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"]'
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect()
      // Visually hidden text (the skip link until it has focus) is 1 px square: not a target anyone can see.
      return box.width > 1 && box.height > 1 && element.checkVisibility({ visibilityProperty: true })
    }
    /** A radio or checkbox is pressed through its label too, so the two count as one target. */
    const boxOf = (element: Element) => {
      const box = element.getBoundingClientRect()
      const label = element instanceof HTMLInputElement && /^(radio|checkbox)$/.test(element.type) ? element.labels?.[0] : undefined
      if (!label) return box
      const labelBox = label.getBoundingClientRect()
      const left = Math.min(box.left, labelBox.left)
      const top = Math.min(box.top, labelBox.top)
      return new DOMRect(left, top, Math.max(box.right, labelBox.right) - left, Math.max(box.bottom, labelBox.bottom) - top)
    }
    const inASentence = (element: Element) => {
      if (!getComputedStyle(element).display.startsWith('inline')) return false
      let block = element.parentElement
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement
      const around = (block?.textContent ?? '').replace(element.textContent ?? '', '')
      return /\p{L}/u.test(around)
    }
    const describe = (element: Element) => {
      const words = (element.textContent || element.getAttribute('aria-label') || element.id || '').replace(/\s+/g, ' ').trim()
      return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${words.slice(0, 50)}"`
    }

    const targets = [...document.querySelectorAll(selector)].filter(shown).map((element) => ({ element, box: boxOf(element) }))
    const small = targets.filter(({ box }) => box.width < minimum - 0.5 || box.height < minimum - 0.5)
    const centre = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
    const distanceToBox = (point: { x: number; y: number }, box: DOMRect) =>
      Math.hypot(Math.max(box.left - point.x, 0, point.x - box.right), Math.max(box.top - point.y, 0, point.y - box.bottom))
    /** WCAG 2.5.8: a 24 px circle on the target's centre touches no other target, nor the circle of another small one. */
    const spacedApart = (target: (typeof targets)[number]) => {
      const here = centre(target.box)
      return targets.every((other) => {
        if (other === target || other.element.contains(target.element) || target.element.contains(other.element)) return true
        if (distanceToBox(here, other.box) < 12) return false
        const otherIsSmall = small.includes(other)
        const there = centre(other.box)
        return !otherIsSmall || Math.hypot(here.x - there.x, here.y - there.y) >= 24
      })
    }
    return small
      .filter((target) => !exceptions || !(inASentence(target.element) || spacedApart(target)))
      .map(({ element, box }) => `${describe(element)} is ${Math.round(box.width)}×${Math.round(box.height)}`)
  }, rules)
}

async function everyPage(page: Page, routes: string[], check: (route: string) => Promise<void>) {
  for (const route of routes) {
    await page.goto(route)
    await settledHeading(page)
    await check(route)
  }
}

const widths = [320, 1280]

test.describe('every target is at least 24 by 24 pixels, or spaced apart, or a link in a sentence', () => {
  test('signed out', async ({ page }) => {
    await everyPage(page, signedOutRoutes, async (route) => {
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 })
        expect.soft(await targetsTooSmall(page, { minimum: 24, exceptions: true }), `${route} at ${width} px`).toEqual([])
      }
    })
  })

  test('signed in', async ({ page }) => {
    await signInDirectly(page, 'owner')
    await everyPage(page, signedInRoutes, async (route) => {
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 })
        expect.soft(await targetsTooSmall(page, { minimum: 24, exceptions: true }), `${route} at ${width} px`).toEqual([])
      }
    })
  })
})

// A kiosk is a touch screen used standing up, often by someone who rarely uses one: every target, links in
// sentences too, is at least 44 by 44 pixels, as WCAG 2.5.5 asks.
test.describe('on a kiosk, every target is at least 44 by 44 pixels', () => {
  test.use({ viewport: { width: 1280, height: 1024 } })
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('my-account.device-mode', 'kiosk'))
  })

  test('signed out', async ({ page }) => {
    await everyPage(page, signedOutRoutes, async (route) => {
      await expect(page.locator('html')).toHaveClass(/\bapp-kiosk\b/)
      expect.soft(await targetsTooSmall(page, { minimum: 44, exceptions: false }), route).toEqual([])
    })
  })

  test('signed in', async ({ page }) => {
    await signInDirectly(page, 'owner')
    await everyPage(page, signedInRoutes, async (route) => {
      expect.soft(await targetsTooSmall(page, { minimum: 44, exceptions: false }), route).toEqual([])
    })
  })
})
