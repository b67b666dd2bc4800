import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, localeText, settledHeading, signInDirectly, test } from './support'

/**
 * The journeys' later steps, in Welsh and in Arabic laid out right to left. English is checked step by step in
 * report-a-problem.spec.ts and payments.spec.ts.
 */
const languages = [
  ['cy', 'Welsh'],
  ['ar', 'Arabic'],
] as const

async function expectHeading(page: Page, text: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text)
}

for (const [language, name] of languages) {
  const say = (namespace: string, key: string) => localeText(language, namespace, key)

  test.describe(`in ${name}, every step has no violations axe finds`, () => {
    test('reporting a missed bin, from choosing it to the confirmation', async ({ page }) => {
      test.setTimeout(180_000)
      const pressContinue = () => page.getByRole('button', { name: say('report', 'continue'), exact: true }).click()
      await signInDirectly(page, 'owner')
      await page.goto(`/report?lang=${language}`)
      await settledHeading(page, language)
      await page.getByRole('radio', { name: 'Missed bin collection' }).check()
      await pressContinue()
      await expectHeading(page, say('report', 'questions.title'))
      await page.getByRole('radio', { name: 'Recycling' }).check()
      await pressContinue()

      await expectHeading(page, say('report', 'location.title'))
      await page.locator('#location-method').check()
      await page.locator('#postcode').fill('SE21 8JB')
      await page.getByRole('button', { name: say('report', 'location.findAddress') }).click()
      await page.getByRole('radio', { name: '13 Kestrel Avenue, Southmere' }).check()
      await expectNoAxeViolations(page, 'the address found', language)
      await pressContinue()

      await expectHeading(page, say('report', 'photos.title'))
      await expectNoAxeViolations(page, 'photos', language)
      await pressContinue()

      await expectHeading(page, say('report', 'nearby.title'))
      await expectNoAxeViolations(page, 'reports nearby', language)
      await page.getByRole('button', { name: say('report', 'nearby.newReport') }).click()

      await expectHeading(page, say('report', 'check.title'))
      await expectNoAxeViolations(page, 'check your answers', language)
      await page.getByRole('button', { name: say('report', 'check.send') }).click()

      await expectHeading(page, say('report', 'sent.title'))
      await expectNoAxeViolations(page, 'report sent', language)
    })

    test('a report and its timeline', async ({ page }) => {
      await signInDirectly(page, 'owner')
      await page.goto(`/requests/SR-1047760?lang=${language}`)
      await expectHeading(page, 'Street light not working')
      await expectNoAxeViolations(page, 'a report in progress', language)
    })

    test('a contact-centre adviser finding what a caller owes and sending a payment link', async ({ page }) => {
      await signInDirectly(page, 'staff')
      await page.goto(`/staff/payment-link?lang=${language}`)
      await expectHeading(page, say('payments', 'staff.title'))
      await expectNoAxeViolations(page, 'send a payment link', language)
      await page.getByLabel(say('payments', 'staff.reference')).fill('SM40219876')
      await page.getByRole('button', { name: say('payments', 'staff.find') }).click()
      await expect(page.getByText(say('payments', 'staff.checkCaller'))).toBeVisible()
      await expectNoAxeViolations(page, 'what the caller owes', language)
      await page.getByRole('radio').first().check()
      await page.getByRole('button', { name: say('payments', 'staff.send') }).click()
      await expectHeading(page, say('payments', 'staff.sentTitle'))
      await expectNoAxeViolations(page, 'payment link sent', language)
    })
  })

  // Paying changes what the tenant owes on the shared reference gateway, so this runs after the rest.
  test(`in ${name}, paying rent from the amount to the receipt has no violations axe finds @gateway-wide`, async ({ page }) => {
    test.setTimeout(180_000)
    await signInDirectly(page, 'tenant')
    await page.goto(`/payments/pay/rent?lang=${language}`)
    await settledHeading(page, language)
    await page.locator('#amount').fill('1.00')
    await expectNoAxeViolations(page, 'how much to pay', language)
    await page.getByRole('button', { name: say('payments', 'pay.goToPayment') }).click()

    await expectHeading(page, say('demo', 'card.title'))
    await expect(page.locator('html')).toHaveAttribute('lang', language)
    await expectNoAxeViolations(page, 'the card page', language)
    await page.locator('#cardNumber').fill('4444333322221111')
    await page.locator('#expiry').fill('10/29')
    await page.locator('#name').fill('Test Person')
    await page.locator('#cvc').fill('123')
    await page.getByRole('button', { name: say('demo', 'card.pay') }).click()

    await expectHeading(page, say('payments', 'outcome.successTitle'))
    await expectNoAxeViolations(page, 'payment successful', language)
    await page.goto(`/payments/history?lang=${language}`)
    await expectHeading(page, say('payments', 'history.title'))
    await expectNoAxeViolations(page, 'payment history', language)
  })
}
