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

    test('a bulky-waste collection, from the items to checking the answers', async ({ page }) => {
      test.setTimeout(180_000)
      await signInDirectly(page, 'renter')
      await page.goto(`/bookings/bulky-waste?lang=${language}`)
      await expectStep(page, language, 'items.title', 'what to collect')
      await pressContinue(page)
      await expect(page.locator('.govuk-error-summary')).toBeFocused()
      await expectNoAxeViolations(page, `what to collect, with nothing chosen, in ${languageFacts[language].ownName}`, language)
      await page.getByLabel('Washing machine').fill('1')
      await pressContinue(page)

      await expectStep(page, language, 'time.title', 'collection days')
      // The third day shown: other tests book the first two, and each new hold lets this person's last one go.
      await page.getByRole('radio').nth(2).check()
      await pressContinue(page)

      await expectStep(page, language, 'check.title', 'check your answers')
      await expect(page.getByRole('button', { name: say('check.pay') })).toBeVisible()
    })
  })
}
