import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, localeText, signInDirectly, test } from './support'

const benefits = (key: string) => localeText('en', 'benefits', key)
const letters = (key: string) => localeText('en', 'letters', key)

/** The page itself never scrolls sideways at 320 pixels; a data table may scroll inside its own box (WCAG 1.4.10). */
async function fitsTheScreen(page: Page) {
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => !element.closest('.app-table-container'))
      .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((element) => element.tagName.toLowerCase()),
  )
  expect(overflowing).toEqual([])
}

test.describe('Benefits and letters on a 320 pixel phone', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  test('Precious Okafor reads her claims, her Housing Benefit claim and its award notice, axe at zero at each step', async ({ page }) => {
    await signInDirectly(page, 'tenant')
    await page.goto('/')
    const card = page.locator('.govuk-summary-card', { has: page.getByRole('heading', { name: 'Benefits' }) })
    await expect(card).toContainText('Housing Benefit: £93.50 a week')
    await card.getByRole('link', { name: benefits('home.see') }).click()

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(benefits('list.title'))
    await expect(page.locator('.govuk-summary-card')).toHaveCount(2)
    await expectNoAxeViolations(page, 'your benefits')
    await fitsTheScreen(page)

    await page.getByRole('link', { name: 'See your Housing Benefit claim' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Housing Benefit')
    await expect(page.getByRole('table', { name: benefits('claim.workings') })).toContainText('£93.50')
    await expect(page.getByRole('region', { name: benefits('claim.lettersTitle') }).getByRole('link')).toHaveCount(2)
    await expectNoAxeViolations(page, 'a Housing Benefit claim')
    await fitsTheScreen(page)

    await page.getByRole('link', { name: 'Housing Benefit award notice' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Housing Benefit award notice')
    await expect(page.getByRole('table', { name: 'Your award' })).toContainText('£101.20')
    await expect(page.getByRole('button', { name: letters('letter.print') })).toBeVisible()
    await expectNoAxeViolations(page, 'an award notice')
    await fitsTheScreen(page)

    // Printed, or saved as a PDF, the letter is the letter alone.
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('button', { name: letters('letter.print') })).toBeHidden()
    await expect(page.locator('.govuk-footer')).toBeHidden()
    await expect(page.getByRole('table', { name: 'How we worked it out' })).toBeVisible()
    await page.emulateMedia({ media: 'screen' })

    await page.getByRole('link', { name: letters('letter.back') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(letters('list.title.benefits'))
    await expectNoAxeViolations(page, 'benefits letters')
    await fitsTheScreen(page)
  })

  test('Tomasz Nowak reads his council tax reminder, and on a Welsh page its English words are marked as English, axe at zero', async ({
    page,
  }) => {
    await signInDirectly(page, 'renter')
    await page.goto('/letters?service=council_tax')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(letters('list.title.council_tax'))
    await expectNoAxeViolations(page, 'council tax letters')
    await fitsTheScreen(page)

    await page.getByRole('link', { name: 'Council tax reminder' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Council tax reminder')
    await expect(page.getByRole('table', { name: 'What you need to pay' })).toContainText('£163.86')
    await expectNoAxeViolations(page, 'a council tax reminder')
    await fitsTheScreen(page)

    // A link in Welsh keeps the language on this device only, never in Tomasz's profile on the shared gateway.
    await page.goto(`${new URL(page.url()).pathname}?lang=cy`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
    await expect(page.getByRole('heading', { level: 1 }).locator('[lang="en-GB"]')).toHaveText('Council tax reminder')
    await expectNoAxeViolations(page, 'a council tax reminder in Welsh', 'cy')
  })

  test.describe("another person's", () => {
    // The gateway answers 404 for another person's claim or letter, and the browser logs each one.
    test.use({ expectedConsoleErrors: [/status of 404 \(Not Found\) \(http:\/\/localhost:\d+\/api\/me\/(benefits\/claims|letters)\//] })

    test("Margaret Ellis, who has no claims, finds another person's claim and letter not found", async ({ page }) => {
      await signInDirectly(page, 'owner')
      await page.goto('/benefits/HB-220981')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(benefits('notFound.title'))
      await expectNoAxeViolations(page, "another person's claim")
      await page.goto('/letters/LT-481205')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(letters('notFound.title'))
      await expectNoAxeViolations(page, "another person's letter")
      await page.goto('/letters')
      await expect(page.getByRole('link', { name: /^Council tax bill/ })).toBeVisible()
      await page.getByRole('link', { name: /^Council tax bill/ }).click()
      await expect(page.getByRole('table', { name: 'How we worked out your bill' })).toContainText('Single person discount (25%)')
      await expectNoAxeViolations(page, 'a council tax bill')
      await fitsTheScreen(page)
    })
  })
})
