import type { Locator, Page } from '@playwright/test'
import type { Language } from '#src/gateway/contract/common'
import { expect, expectNoAxeViolations, localeText, signInDirectly, test } from './support'

const say = (language: Language, key: string) => localeText(language, 'direct-debit', key)
const withLanguage = (path: string, language: Language) => (language === 'en' ? path : `${path}?lang=${language}`)

/** Moves focus with the Tab key alone until it reaches the control, as a keyboard user would. */
async function tabTo(page: Page, control: Locator) {
  for (let presses = 0; presses < 60; presses += 1) {
    if (await control.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error('Tab never reached the control')
}

async function fillIn(page: Page, keyboardOnly: boolean, { sortCode, accountNumber }: { sortCode: string; accountNumber: string }) {
  const fields: [Locator, string][] = [
    [page.locator('#accountHolder'), 'P Okafor'],
    [page.locator('#sortCode'), sortCode],
    [page.locator('#accountNumber'), accountNumber],
  ]
  for (const [field, value] of fields) {
    if (keyboardOnly) {
      await tabTo(page, field)
      await page.keyboard.press('ControlOrMeta+A')
      await page.keyboard.type(value)
    } else {
      await field.fill(value)
    }
  }
  const day = page.locator('#collectionDay-2')
  const onlyMe = page.locator('#onlyPersonToAuthorise')
  if (keyboardOnly) {
    // Tab reaches a group of radios at its first, until one is chosen; the arrow keys choose within the group.
    if (!(await day.isChecked())) {
      await tabTo(page, page.locator('#collectionDay'))
      await page.keyboard.press('ArrowDown')
    }
    if (!(await onlyMe.isChecked())) {
      await tabTo(page, onlyMe)
      await page.keyboard.press('Space')
    }
  } else {
    await day.check()
    await onlyMe.check()
  }
  await expect(day).toBeChecked()
}

async function press(page: Page, keyboardOnly: boolean, button: Locator) {
  if (keyboardOnly) {
    await tabTo(page, button)
    await page.keyboard.press('Enter')
  } else {
    await button.click()
  }
}

// The English and Welsh runs both set up and cancel the tenant's one Direct Debit, so they run one after the other.
test.describe.serial('Direct Debit for the rent, signed in as the tenant', () => {
  for (const language of ['en', 'cy'] as const) {
    const keyboardOnly = language === 'en'
    test(`set up with details that fail the modulus check, fixed, confirmed, then cancelled, in ${language}${keyboardOnly ? ', keyboard only' : ', at 320 px'}`, async ({
      page,
    }, testInfo) => {
      if (!keyboardOnly) await page.setViewportSize({ width: 320, height: 720 })
      await signInDirectly(page, 'tenant')
      await page.goto(withLanguage('/housing/direct-debit', language))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(language, 'current.title'))
      await expect(page.getByText(say(language, 'current.none'))).toBeVisible()
      await expectNoAxeViolations(page, 'no Direct Debit', language)

      await press(page, keyboardOnly, page.getByRole('link', { name: say(language, 'current.start') }))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(language, 'bankDetails.title'))
      await expectNoAxeViolations(page, 'bank details', language)

      await press(page, keyboardOnly, page.getByRole('button', { name: say(language, 'bankDetails.continue') }))
      await expect(page.locator('.govuk-error-summary')).toBeFocused()
      await expect(page.locator('.govuk-error-summary')).toContainText(say(language, 'errors.sortCode.missing'))
      await expectNoAxeViolations(page, 'bank details, nothing typed', language)

      await fillIn(page, keyboardOnly, { sortCode: '08-99-99', accountNumber: '66374959' })
      await press(page, keyboardOnly, page.getByRole('button', { name: say(language, 'bankDetails.continue') }))
      const modulus = say(language, 'errors.accountNumber.modulus')
      await expect(page.locator('.govuk-error-summary')).toBeFocused()
      await expect(page.locator('.govuk-error-summary')).toContainText(modulus)
      await expect(page.locator('#accountNumber-error')).toContainText(modulus)
      await expect(page.locator('#accountNumber')).toHaveValue('66374959')
      await expectNoAxeViolations(page, 'bank details that fail the modulus check', language)

      await fillIn(page, keyboardOnly, { sortCode: '08-99-99', accountNumber: '66374958' })
      await press(page, keyboardOnly, page.getByRole('button', { name: say(language, 'bankDetails.continue') }))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(language, 'check.title'))
      await expect(page.getByRole('heading', { level: 2, name: say(language, 'guarantee.title') })).toBeVisible()
      expect(page.url()).not.toContain('66374958')
      await expectNoAxeViolations(page, 'check your Direct Debit', language)
      if (!keyboardOnly) await page.screenshot({ path: testInfo.outputPath('check-direct-debit-320px.png'), fullPage: true })

      await press(page, keyboardOnly, page.getByRole('button', { name: say(language, 'check.confirm') }))
      const panel = page.locator('.govuk-panel--confirmation')
      await expect(panel.getByRole('heading', { level: 1 })).toHaveText(say(language, 'done.title'))
      const reference = (await panel.locator('strong').textContent()) ?? ''
      expect(reference).toMatch(/^DD-\d+$/)
      await expectNoAxeViolations(page, 'Direct Debit set up', language)
      const kept = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]))
      expect(kept).not.toContain('66374958')

      await press(page, keyboardOnly, page.getByRole('link', { name: say(language, 'done.toDirectDebit') }))
      await expect(page.getByText(reference, { exact: true })).toBeVisible()
      await expect(page.getByText('08-99-99')).toBeVisible()
      await expectNoAxeViolations(page, 'the Direct Debit paying', language)

      await press(page, keyboardOnly, page.getByRole('link', { name: say(language, 'current.cancel') }))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(language, 'cancel.title'))
      await expectNoAxeViolations(page, 'cancel, asking first', language)
      await press(page, keyboardOnly, page.getByRole('button', { name: say(language, 'cancel.confirm') }))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(language, 'cancel.doneTitle'))
      await expectNoAxeViolations(page, 'Direct Debit cancelled', language)

      await press(page, keyboardOnly, page.getByRole('link', { name: say(language, 'cancel.toDirectDebit') }))
      await expect(page.getByText(say(language, 'current.none'))).toBeVisible()
    })
  }
})
