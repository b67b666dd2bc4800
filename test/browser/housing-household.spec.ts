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
  test(`a tenant finds the one way to tell us of a change from who lives in the home, in ${language}`, async ({ page }) => {
    await signInDirectly(page, 'tenant')
    await page.goto(withLanguage('/housing/household', language))
    await expectStep(page, language, 'household.title', 'who lives in the home')
    await expect(page.getByRole('rowheader', { name: 'Chidi Okafor' })).toBeVisible()
    await page.getByRole('link', { name: say(language, 'household.changeStart') }).click()

    // Reporting a change is told once, for every service, in its own journey (test/browser/report-a-change.spec.ts).
    await expect(page).toHaveURL(/\/report-a-change$/)
    await expect(page.getByRole('radio')).not.toHaveCount(0)
    if (language === 'en') await expect(page.getByRole('heading', { level: 1 })).toHaveText(localeText('en', 'changes', 'what.title'))
  })
}

test('the old address of the household-only journey leads to the one way to tell us of a change', async ({ page }) => {
  await signInDirectly(page, 'tenant')
  await page.goto('/housing/household/change')
  await expect(page).toHaveURL(/\/report-a-change$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(localeText('en', 'changes', 'what.title'))
})

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
