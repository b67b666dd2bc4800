import type { Language } from '#src/gateway/contract/common'
import { expect, expectNoAxeViolations, localeText, signInDirectly, test, type PersonId } from './support'

const say = (key: string, language: Language = 'en') => localeText(language, 'council-tax', key)
const sayDirectDebit = (key: string) => localeText('en', 'direct-debit', key)

const residents: { person: PersonId; reference: string; band: string; reduction: string | null }[] = [
  { person: 'tenant', reference: 'CT-60277310', band: 'B', reduction: 'reductions.council_tax_reduction' },
  { person: 'renter', reference: 'CT-60311227', band: 'C', reduction: null },
  { person: 'owner', reference: 'CT-60298154', band: 'E', reduction: 'reductions.single_person_discount' },
]

test.describe('reading the council tax account', () => {
  for (const { person, reference, band, reduction } of residents) {
    test(`${person}: from the home page card to the bill, instalments, payments, Direct Debit and discounts`, async ({ page }) => {
      await signInDirectly(page, person)
      await page.goto('/')
      await page.getByRole('link', { name: localeText('en', 'account', 'home.councilTax.account') }).click()
      await expect(page).toHaveURL(/\/council-tax$/)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('account.title'))
      await expect(page.getByText(`Account ${reference}`)).toBeVisible()
      const bill = page.getByRole('table', { name: /^Your bill for \d{4}\/\d{2}$/ })
      await expect(bill.getByRole('row', { name: new RegExp(`band ${band}`) })).toBeVisible()
      if (reduction) await expect(bill.getByRole('row', { name: new RegExp(say(reduction).replace(/[()%]/g, '.')) })).toBeVisible()
      await expect(page.getByRole('table', { name: say('instalments.title') })).toBeVisible()
      await expect(page.getByRole('link', { name: say('letters.link') })).toHaveAttribute('href', '/letters?service=council_tax')
      await expect(page.getByRole('link', { name: say('owe.pay') })).toHaveAttribute('href', `/payments/pay/council-tax-${reference}`)
      await expectNoAxeViolations(page, `the council tax account of the ${person}`)

      await page.getByRole('link', { name: say('directDebit.setUp') }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('directDebitJourney.title'))
      await expectNoAxeViolations(page, `the council tax Direct Debit of the ${person}`)
    })
  }

  test('the tenant sees the instalment she missed, in English and in Welsh dates', async ({ page }) => {
    await signInDirectly(page, 'tenant')
    await page.goto('/council-tax')
    await expect(page.getByText(/£47\.07 is overdue/)).toBeVisible()
    await expect(page.getByRole('table', { name: say('instalments.title') }).getByText(say('instalments.overdue'))).toBeVisible()
    await page.goto('/council-tax?lang=cy')
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
    await expectNoAxeViolations(page, 'the council tax account in Welsh', 'cy')
  })
})

// The application stays with the renter on the shared reference gateway, so this runs after the rest, alone.
test.describe('applying for single person discount @gateway-wide', () => {
  test('the renter answers, fixes a date in the future, checks his answers and applies', async ({ page }) => {
    await signInDirectly(page, 'renter')
    await page.goto('/council-tax')
    await page.getByRole('link', { name: say('discounts.apply') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('spd.others.legend'))
    await expectNoAxeViolations(page, 'does anyone else live with you')

    await page.getByRole('button', { name: say('spd.continue') }).click()
    await expect(page.locator('.govuk-error-summary')).toBeFocused()
    await expect(page.locator('.govuk-error-summary')).toContainText(say('errors.othersAged18.missing'))
    await expectNoAxeViolations(page, 'does anyone else live with you, not answered')

    await page.getByRole('radio', { name: say('spd.others.yes') }).check()
    await page.getByRole('button', { name: say('spd.continue') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('spd.someoneElse.title'))
    await expectNoAxeViolations(page, 'someone else lives with you')
    await page.getByRole('link', { name: say('spd.backToQuestion'), exact: true }).click()

    await page.getByRole('radio', { name: say('spd.others.no') }).check()
    await page.getByRole('button', { name: say('spd.continue') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('spd.date.title'))
    await expectNoAxeViolations(page, 'when did you start living alone')

    const nextYear = String(new Date().getFullYear() + 1)
    await page.getByLabel(say('spd.date.day')).fill('1')
    await page.getByLabel(say('spd.date.month')).fill('2')
    await page.getByLabel(say('spd.date.year')).fill(nextYear)
    await page.getByRole('button', { name: say('spd.continue') }).click()
    await expect(page.locator('.govuk-error-summary')).toBeFocused()
    await expect(page.locator('#livingAloneSince-error')).toContainText(say('errors.date.future'))
    await expect(page.getByLabel(say('spd.date.year'))).toHaveValue(nextYear)
    await expectNoAxeViolations(page, 'a date in the future')

    const thisYear = String(new Date().getFullYear())
    await page.getByLabel(say('spd.date.year')).fill(thisYear)
    await page.getByRole('button', { name: say('spd.continue') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('spd.check.title'))
    await expect(page.getByRole('link', { name: `${say('spd.check.change')} ${say('spd.check.since')}` })).toBeVisible()
    await expectNoAxeViolations(page, 'check your answers')

    await page.getByRole('button', { name: say('spd.check.send') }).click()
    await expect(page.locator('.govuk-error-summary')).toContainText(say('errors.declaration.missing'))
    await expectNoAxeViolations(page, 'check your answers, no declaration')

    await page.getByRole('checkbox', { name: say('spd.check.declaration') }).check()
    await page.getByRole('button', { name: say('spd.check.send') }).click()
    const panel = page.locator('.govuk-panel--confirmation')
    await expect(panel.getByRole('heading', { level: 1 })).toHaveText(say('spd.applied.title'))
    await expect(panel.locator('strong')).toHaveText(/^SPD-\d+$/)
    await expectNoAxeViolations(page, 'application sent')

    await page.getByRole('link', { name: say('spd.back') }).click()
    await expect(page.getByText(say('discounts.waitingTitle'))).toBeVisible()
    await expect(page.getByRole('link', { name: say('discounts.apply') })).toHaveCount(0)
    await expectNoAxeViolations(page, 'the account with the application waiting')
  })
})

// A Direct Debit shows on the owner's home page while it is there, so this runs after the rest, alone.
test.describe('a Direct Debit for council tax @gateway-wide', () => {
  test('the owner sets one up through the same journey as the rent, then cancels it', async ({ page }) => {
    await signInDirectly(page, 'owner')
    await page.goto('/council-tax/direct-debit')
    await expect(page.getByText(say('directDebitJourney.none'))).toBeVisible()
    await page.getByRole('link', { name: sayDirectDebit('current.start') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sayDirectDebit('bankDetails.title'))

    await page.locator('#accountHolder').fill('M Ellis')
    await page.locator('#sortCode').fill('08-99-99')
    await page.locator('#accountNumber').fill('66374959')
    await page.locator('#collectionDay-3').check()
    await page.locator('#onlyPersonToAuthorise').check()
    await page.getByRole('button', { name: sayDirectDebit('bankDetails.continue') }).click()
    await expect(page.locator('.govuk-error-summary')).toContainText(sayDirectDebit('errors.accountNumber.modulus'))
    await expectNoAxeViolations(page, 'council tax bank details that fail the modulus check')

    await page.locator('#accountNumber').fill('66374958')
    await page.getByRole('button', { name: sayDirectDebit('bankDetails.continue') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sayDirectDebit('check.title'))
    await expectNoAxeViolations(page, 'check your council tax Direct Debit')
    await page.getByRole('button', { name: sayDirectDebit('check.confirm') }).click()
    await expect(page.locator('.govuk-panel--confirmation').getByRole('heading', { level: 1 })).toHaveText(sayDirectDebit('done.title'))
    await expectNoAxeViolations(page, 'council tax Direct Debit set up')

    await page.goto('/council-tax')
    await expect(page.getByText('You pay by Direct Debit on the 15th of each month.')).toBeVisible()
    await page.getByRole('link', { name: say('directDebit.see') }).click()
    await page.getByRole('link', { name: sayDirectDebit('current.cancel') }).click()
    await expect(page.getByText(say('directDebitJourney.cancelWarning'))).toBeVisible()
    await expectNoAxeViolations(page, 'cancel the council tax Direct Debit')
    await page.getByRole('button', { name: sayDirectDebit('cancel.confirm') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sayDirectDebit('cancel.doneTitle'))
    await expectNoAxeViolations(page, 'council tax Direct Debit cancelled')
  })
})
