import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, localeText, settledHeading, signInDirectly, test } from './support'

type Language = 'en' | 'cy'
const say = (language: Language, key: string) => localeText(language, 'household', key)
const withLanguage = (path: string, language: Language) => (language === 'en' ? path : `${path}?lang=${language}`)

async function expectStep(page: Page, language: Language, titleKey: string, where: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(language, titleKey))
  await expectNoAxeViolations(page, `${where} in ${language}`, language)
}

for (const language of ['en', 'cy'] as const) {
  test(`a tenant tells the council once that someone moved in, through to the confirmation, in ${language}`, async ({ page }) => {
    test.setTimeout(180_000)
    await signInDirectly(page, 'tenant')
    await page.goto(withLanguage('/housing/household', language))
    await expectStep(page, language, 'household.title', 'who lives in the home')
    await expect(page.getByRole('rowheader', { name: 'Chidi Okafor' })).toBeVisible()
    await page.getByRole('link', { name: say(language, 'household.changeStart') }).click()

    await expectStep(page, language, 'change.title', 'the questions')
    await page.getByRole('button', { name: say(language, 'continue'), exact: true }).click()
    await expect(page.locator('.govuk-error-summary')).toBeFocused()
    await expect(page.locator('.govuk-error-summary')).toContainText(say(language, 'errors.change.missing'))
    await expectNoAxeViolations(page, `the questions with every error in ${language}`, language)

    await page.getByRole('radio', { name: say(language, 'changes.moved_in') }).check()
    await page.locator('#name').fill('Grace Okafor')
    await page.locator('#date-day').fill('3')
    await page.locator('#date-month').fill('2')
    await page.locator('#date-year').fill('2025')
    await page.locator('#details').fill('My mother has come to live with us.')
    await page.getByRole('button', { name: say(language, 'continue'), exact: true }).click()

    await expectStep(page, language, 'check.title', 'check your answers')
    await expect(page.getByText('Grace Okafor')).toBeVisible()
    // A Welsh page shows a Welsh date.
    if (language === 'cy') expect(await page.getByRole('main').innerText()).not.toMatch(/February/)
    await page.getByRole('button', { name: say(language, 'check.send') }).click()

    await expectStep(page, language, 'told.title', 'the confirmation')
    await expect(page.locator('.govuk-panel__body strong')).toHaveText(/^HC-/)
  })
}

test('a tenant reports a repair from their repairs, books its visit, and sees it there', async ({ page }) => {
  test.setTimeout(180_000)
  const report = (key: string) => localeText('en', 'report', key)
  await signInDirectly(page, 'tenant')
  await page.goto('/housing/repairs')
  await expectStep(page, 'en', 'repairs.title', 'your repairs')
  await page.getByRole('link', { name: say('en', 'repairs.report') }).click()

  await settledHeading(page)
  await page.getByRole('radio', { name: 'Housing repair' }).check()
  await page.getByRole('button', { name: report('continue'), exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(report('emergency.title'))
  await page.getByRole('button', { name: report('emergency.continue') }).click()
  await page.getByRole('radio', { name: 'Bathroom' }).check()
  await page.locator('#details').fill('Bath panel has come away')
  await page.getByRole('button', { name: report('continue'), exact: true }).click()
  await page.getByRole('button', { name: report('continue'), exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(report('check.title'))
  await page.getByRole('button', { name: report('check.send') }).click()

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(report('sent.title'))
  const reference = (
    await page
      .getByText(/^SR-\d+$/)
      .first()
      .innerText()
  ).trim()
  await page.getByRole('link', { name: report('sent.bookAppointment') }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(report('book.title'))
  // The last time shown: the other repair-visit tests book from the front of the list (see booking-languages.spec.ts).
  await page.getByRole('radio').last().check()
  await page.getByRole('button', { name: report('book.submit') }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(report('book.bookedTitle'))

  await page.goto('/housing/repairs')
  const repair = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: new RegExp(reference) }) })
  await expect(repair.getByRole('link', { name: `${say('en', 'repairs.moveVisit')} for repair ${reference}` })).toBeVisible()
  await expect(repair.locator('.govuk-tag')).toHaveText(localeText('en', 'requests', 'status.scheduled'))
  await expectNoAxeViolations(page, 'your repairs, with the visit booked')
})
