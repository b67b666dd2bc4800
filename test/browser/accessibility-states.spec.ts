import type { Page } from '@playwright/test'
import type { Language } from '#src/gateway/contract/common'
import { expect, expectNoAxeViolations, localeText, settledHeading, signInDirectly, test } from './support'

/** A form sent with something missing: the error summary has taken focus, and the page says so in its title. */
async function errorsShown(page: Page, language: Language) {
  const summary = page.locator('.govuk-error-summary')
  await expect(summary).toBeFocused()
  await expect(summary).toContainText(localeText(language, 'common', 'errors.summaryTitle'))
  await expect(page).toHaveTitle(new RegExp(`^${localeText(language, 'common', 'app.errorTitle').split('{{')[0]}`))
}

const url = (path: string, language: Language) => (language === 'en' ? path : `${path}?lang=${language}`)

test.describe.configure({ mode: 'parallel' })

for (const [language, name] of [
  ['en', 'English'],
  ['cy', 'Welsh'],
  ['ar', 'Arabic'],
] as const) {
  test.describe(`errors and empty lists, in ${name}, have no violations axe finds`, () => {
    test('feedback sent empty', async ({ page }) => {
      await page.goto(url('/feedback', language))
      await settledHeading(page, language)
      await page.getByRole('button', { name: localeText(language, 'feedback', 'page.send') }).click()
      await errorsShown(page, language)
      await expectNoAxeViolations(page, `/feedback with errors in ${name}`)
    })

    test('an amount to pay left empty', async ({ page }) => {
      await signInDirectly(page, 'tenant')
      await page.goto(url('/payments/pay/rent', language))
      await settledHeading(page, language)
      await page.locator('#amount').fill('')
      await page.getByRole('button', { name: localeText(language, 'payments', 'pay.goToPayment') }).click()
      await errorsShown(page, language)
      await expectNoAxeViolations(page, `/payments/pay/rent with errors in ${name}`)
    })

    test('an email address that is not one', async ({ page }) => {
      await signInDirectly(page, 'owner')
      await page.goto(url('/your-details', language))
      await settledHeading(page, language)
      await page.locator('#email').fill('not an email address')
      await page.getByRole('button', { name: localeText(language, 'details', 'save') }).click()
      await errorsShown(page, language)
      await expectNoAxeViolations(page, `/your-details with errors in ${name}`)
    })

    test('no problem chosen', async ({ page }) => {
      await signInDirectly(page, 'owner')
      await page.goto(url('/report', language))
      await settledHeading(page, language)
      await page.getByRole('button', { name: localeText(language, 'report', 'continue'), exact: true }).click()
      await errorsShown(page, language)
      await expectNoAxeViolations(page, `/report with errors in ${name}`)
    })

    test("a report's question left unanswered, then no way chosen to say where", async ({ page }) => {
      await signInDirectly(page, 'owner')
      await page.goto(url('/report', language))
      await settledHeading(page, language)
      const pressContinue = () => page.getByRole('button', { name: localeText(language, 'report', 'continue'), exact: true }).click()
      await page.getByRole('radio', { name: 'Pothole' }).check()
      await pressContinue()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(localeText(language, 'report', 'questions.title'))
      await pressContinue()
      await errorsShown(page, language)
      await expectNoAxeViolations(page, `a report's questions with errors in ${name}`)

      await page.getByRole('radio', { name: 'Bigger than a dinner plate' }).check()
      await pressContinue()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(localeText(language, 'report', 'location.title'))
      await pressContinue()
      await errorsShown(page, language)
      await expectNoAxeViolations(page, `a report's location with errors in ${name}`)
    })

    test('no reports, no payments and nothing waiting to send', async ({ page }) => {
      await signInDirectly(page, 'renter')
      for (const [path, namespace, key] of [
        ['/requests', 'requests', 'list.empty'],
        ['/payments/history', 'payments', 'history.none'],
        ['/waiting', 'outbox', 'nothingWaiting'],
      ] as const) {
        await page.goto(url(path, language))
        await settledHeading(page, language)
        await expect(page.getByRole('main')).toContainText(localeText(language, namespace, key))
        await expectNoAxeViolations(page, `${path} with nothing to list in ${name}`)
      }
    })

    test('a comment and a reason to reopen sent empty', async ({ page }) => {
      await signInDirectly(page, 'owner')
      await page.goto(url('/requests', language))
      await settledHeading(page, language)
      await page.getByRole('link', { name: /Fly-tipping/ }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fly-tipping')
      await page.getByRole('button', { name: localeText(language, 'requests', 'comments.send') }).click()
      await errorsShown(page, language)
      await expectNoAxeViolations(page, `a report with a comment error in ${name}`)
      await page.getByRole('button', { name: localeText(language, 'requests', 'reopen.send') }).click()
      await expect(page.locator('.govuk-error-summary')).toBeFocused()
      await expect(page.locator('.govuk-error-summary')).toContainText(localeText(language, 'requests', 'errors.reason.missing'))
      await expectNoAxeViolations(page, `a report with a reopening error in ${name}`)
    })
  })
}
