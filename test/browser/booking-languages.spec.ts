import type { Page } from '@playwright/test'
import { languageFacts } from '#src/i18n/languages'
import type { Language } from '#src/gateway/contract/common'
import { expect, expectNoAxeViolations, localeText, signInDirectly, test } from './support'

/**
 * Each kind of booking in every language the app offers, with axe at every step. A `?lang=` link keeps the language
 * on this device only, so nobody's profile on the shared gateway changes. English is in bookings.spec.ts.
 */
const languages = (Object.keys(languageFacts) as Language[]).filter((language) => language !== 'en')

function twentyFourHourClock(language: Language) {
  return new Intl.DateTimeFormat(languageFacts[language].locale, { hour: 'numeric' }).resolvedOptions().hourCycle === 'h23'
}

async function expectStep(page: Page, language: Language, titleKey: string, where: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(localeText(language, 'booking', titleKey))
  await expectNoAxeViolations(page, `${where} in ${languageFacts[language].ownName}`, language)
}

for (const language of languages) {
  const say = (key: string) => localeText(language, 'booking', key)
  const pressContinue = (page: Page) => page.getByRole('button', { name: say('continue'), exact: true }).click()

  test.describe(`in ${languageFacts[language].ownName}`, () => {
    test('a face-to-face appointment, from the place to the confirmation', async ({ page }) => {
      test.setTimeout(180_000)
      await signInDirectly(page, 'owner')
      await page.goto(`/bookings/face-to-face?lang=${language}`)
      await expect(page.locator('html')).toHaveAttribute('lang', languageFacts[language].htmlLang)
      await expect(page.locator('html')).toHaveAttribute('dir', languageFacts[language].direction)
      await expectStep(page, language, 'place.title', 'where')
      await page.getByRole('radio', { name: 'Southmere One Stop Shop, Civic Centre' }).check()
      await pressContinue(page)

      await expectStep(page, language, 'purpose.title', 'what it is about')
      await page.getByRole('radio', { name: say('purposes.council_tax') }).check()
      await pressContinue(page)

      await expectStep(page, language, 'interpreter.title', 'an interpreter')
      await page.getByRole('radio', { name: say('interpreter.no') }).check()
      await pressContinue(page)

      await expectStep(page, language, 'time.title', 'the free times')
      // Each language's own day names and clock. Bengali, Gujarati and Urdu keep a 12-hour clock with "AM" and "PM" in
      // their own usage (CLDR), so only a language whose clock runs to 23 must show no AM or PM.
      const shown = await page.getByRole('main').innerText()
      expect(shown).not.toMatch(/Monday|Tuesday|Wednesday|Thursday|Friday|\d(am|pm)\b/)
      if (twentyFourHourClock(language)) expect(shown).not.toMatch(/ AM| PM/)
      // Clear of the first times other tests take from other residents. Each booking takes its time out of this
      // person's list, so the fifth time shown is a new one for each language.
      await page.getByRole('radio').nth(4).check()
      await pressContinue(page)

      await expectStep(page, language, 'check.title', 'check your answers')
      await page.getByRole('radio', { name: say('reminder.none') }).check()
      await page.getByRole('button', { name: say('check.book') }).click()
      await expectStep(page, language, 'booked.title', 'the confirmation')
    })

    test('a repair visit, from the free times to the confirmation', async ({ page }) => {
      test.setTimeout(180_000)
      await signInDirectly(page, 'tenant')
      await page.goto(`/report/book-repair?lang=${language}`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(localeText(language, 'report', 'book.title'))
      await expectNoAxeViolations(page, `the free visits in ${languageFacts[language].ownName}`, language)
      // Past the first two, which the Welsh repair report in report-a-problem.spec.ts books from, and each visit has one place.
      await page.getByRole('radio').nth(2).check()
      await page.getByRole('button', { name: localeText(language, 'report', 'book.submit') }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(localeText(language, 'report', 'book.bookedTitle'))
      await expectNoAxeViolations(page, `the visit booked in ${languageFacts[language].ownName}`, language)
    })

    // Paying changes what Tomasz owes on the shared reference gateway, so this runs after the rest, one at a time.
    test('a bulky-waste collection, from the items through paying to the receipt @gateway-wide', async ({ page }) => {
      test.setTimeout(180_000)
      const ownName = languageFacts[language].ownName
      await signInDirectly(page, 'renter')
      await page.goto(`/bookings/bulky-waste?lang=${language}`)
      await expectStep(page, language, 'items.title', 'what to collect')
      await pressContinue(page)
      await expect(page.locator('.govuk-error-summary')).toBeFocused()
      await expectNoAxeViolations(page, `what to collect, with nothing chosen, in ${ownName}`, language)
      await page.getByLabel('Washing machine').fill('1')
      await pressContinue(page)

      await expectStep(page, language, 'time.title', 'collection days')
      // The second free day: the first can be so near that it is already past the cut-off for cancelling online. Each
      // collection is cancelled once paid for, so the same day is free again for the next language.
      await page.getByRole('radio').nth(1).check()
      await pressContinue(page)

      await expectStep(page, language, 'check.title', 'check your answers')
      await page.getByRole('radio', { name: say('reminder.none') }).check()
      await page.getByRole('button', { name: say('check.pay') }).click()

      await expect(page).toHaveURL(/\/payments\/pay\/booking-BK-\d+$/)
      const reference = new URL(page.url()).pathname.replace('/payments/pay/booking-', '')
      // What is paid for is the council's own description, in English.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/washing machine/)
      await expectNoAxeViolations(page, `paying for the collection in ${ownName}`, language)
      await page.getByRole('button', { name: localeText(language, 'payments', 'pay.goToPayment') }).click()

      await expect(page.getByRole('heading', { level: 1 })).toHaveText(localeText(language, 'demo', 'card.title'))
      await expect(page.locator('html')).toHaveAttribute('lang', languageFacts[language].htmlLang)
      await page.locator('#cardNumber').fill('4444333322221111')
      await page.locator('#expiry').fill('10/29')
      await page.locator('#name').fill('Test Person')
      await page.locator('#cvc').fill('123')
      await page.getByRole('button', { name: localeText(language, 'demo', 'card.pay') }).click()

      await expect(page.getByRole('heading', { level: 1 })).toHaveText(localeText(language, 'payments', 'outcome.successTitle'))
      await expectNoAxeViolations(page, `the collection paid for in ${ownName}`, language)

      await page.goto(`/bookings/${reference}/cancel`)
      await page.getByRole('button', { name: localeText(language, 'bookings', 'cancel.confirm') }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(localeText(language, 'bookings', 'cancel.cancelledTitle'))
    })
  })
}
