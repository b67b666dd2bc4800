import type { Page } from '@playwright/test'
import { chooseRadio, expect, localeText, settledHeading, signInDirectly, tabTo, test } from './support'

const say = (namespace: string, key: string) => localeText('en', namespace, key)

/** After moving to another page, focus is on its heading, so the page is named first. */
async function focusIsOnTheHeading(page: Page, text: string) {
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText(text)
  await expect(heading).toBeFocused()
}

async function pressButton(page: Page, name: string) {
  await tabTo(page, page.getByRole('button', { name, exact: true }))
  await page.keyboard.press('Enter')
}

async function followLink(page: Page, name: string) {
  await tabTo(page, page.getByRole('link', { name, exact: true }))
  await page.keyboard.press('Enter')
}

/** An error summary takes focus; Tab and Enter on its link take focus to the field to correct. */
async function errorSummaryLeadsTo(page: Page, error: string, fieldId: string) {
  const summary = page.locator('.govuk-error-summary')
  await expect(summary).toBeFocused()
  await expect(summary).toContainText(error)
  await page.keyboard.press('Tab')
  await expect(summary.getByRole('link', { name: error })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator(`#${fieldId}`)).toBeFocused()
}

test('following a report nearby, then commenting on it, with only the keyboard', async ({ page }) => {
  await signInDirectly(page, 'owner')
  await page.goto('/')
  await settledHeading(page)

  await followLink(page, say('account', 'home.requests.see'))
  await focusIsOnTheHeading(page, say('requests', 'list.title'))
  await followLink(page, say('requests', 'list.reportProblem'))
  await focusIsOnTheHeading(page, say('report', 'service.title'))

  await tabTo(page, page.locator('#service-search'))
  await page.keyboard.type('bin not emptied')
  await page.keyboard.press('Enter')
  await chooseRadio(page, page.getByRole('radio', { name: 'Missed bin collection' }))
  await pressButton(page, say('report', 'continue'))

  await focusIsOnTheHeading(page, say('report', 'questions.title'))
  await chooseRadio(page, page.getByRole('radio', { name: 'Recycling' }))
  await pressButton(page, say('report', 'continue'))

  await focusIsOnTheHeading(page, say('report', 'location.title'))
  await chooseRadio(page, page.getByRole('radio', { name: say('report', 'location.methods.postcode') }))
  await tabTo(page, page.locator('#postcode'))
  await page.keyboard.type('se21 8jb')
  await page.keyboard.press('Enter')
  await chooseRadio(page, page.getByRole('radio', { name: '13 Kestrel Avenue, Southmere' }))
  await pressButton(page, say('report', 'continue'))

  await focusIsOnTheHeading(page, say('report', 'photos.title'))
  await pressButton(page, say('report', 'continue'))

  await focusIsOnTheHeading(page, say('report', 'nearby.title'))
  await pressButton(page, `${say('report', 'nearby.follow')} SR-1048500`)
  await focusIsOnTheHeading(page, say('report', 'following.title'))
  await expect(page.locator('.govuk-panel')).toContainText('SR-1048500')

  await followLink(page, say('report', 'following.see'))
  await focusIsOnTheHeading(page, 'Missed bin collection')
  await expect(page.getByText(say('requests', 'request.followed'))).toBeVisible()

  await pressButton(page, say('requests', 'comments.send'))
  await errorSummaryLeadsTo(page, say('requests', 'errors.comment.missing'), 'comment')
  await page.keyboard.type('Our side of the street was missed as well.')
  await pressButton(page, say('requests', 'comments.send'))
  const added = page.locator('.govuk-notification-banner')
  await expect(added).toContainText(say('requests', 'comments.added'))
  await expect(page.locator(':focus')).toContainText(say('requests', 'comments.added'))
  await expect(page.getByText('Our side of the street was missed as well.')).toBeVisible()
  await expect(page.locator('.govuk-error-summary')).toHaveCount(0)
})

// Paying changes what people owe on the shared reference gateway, so this runs after the rest, as the other payments do.
test.describe('paying with only the keyboard @gateway-wide', () => {
  test('rent, from the home page through the card page to the receipt', async ({ page }) => {
    await signInDirectly(page, 'tenant')
    await page.goto('/')
    await settledHeading(page)

    await followLink(page, say('account', 'home.payments'))
    await focusIsOnTheHeading(page, say('payments', 'owed.title'))
    await followLink(page, say('payments', 'owed.pay.rent'))
    await focusIsOnTheHeading(page, say('payments', 'pay.title'))
    await settledHeading(page)

    const amount = page.getByLabel(say('payments', 'pay.howMuch'))
    await tabTo(page, amount)
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.press('Backspace')
    await expect(amount).toHaveValue('')
    await page.keyboard.press('Enter')
    await errorSummaryLeadsTo(page, say('payments', 'errors.amount.missing'), 'amount')
    await page.keyboard.type('1.00')
    await page.keyboard.press('Enter')

    // The card page is another site's: a new document, where the first Tab reaches its first field.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter card details')
    await expect(page.getByText('£1.00')).toBeVisible()
    // The card page lists its languages first: Tab past them to the card number, as a keyboard user does.
    const cardNumber = page.getByLabel('Card number')
    for (let presses = 0; presses < 20 && !(await cardNumber.evaluate((input) => input === document.activeElement)); presses++) {
      await page.keyboard.press('Tab')
    }
    await expect(cardNumber).toBeFocused()
    await page.keyboard.type('4444333322221111')
    await page.keyboard.press('Tab')
    await expect(page.getByLabel('Expiry date')).toBeFocused()
    await page.keyboard.type('10/29')
    await page.keyboard.press('Tab')
    await expect(page.getByLabel('Name on card')).toBeFocused()
    await page.keyboard.type('Precious Okafor')
    await page.keyboard.press('Tab')
    await expect(page.getByLabel('Card security code')).toBeFocused()
    await page.keyboard.type('123')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: 'Confirm payment' })).toBeFocused()
    await page.keyboard.press('Enter')

    // Coming back from the card page loads the app afresh: focus starts at the top, as on any page just opened,
    // and the window title names the outcome.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('payments', 'outcome.successTitle'))
    await expect(page).toHaveTitle(new RegExp(`^${say('payments', 'outcome.successTitle')}`))
    await expect(page.getByRole('definition').filter({ hasText: '£1.00' })).toBeVisible()
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: say('common', 'app.skipLink') })).toBeFocused()
  })
})
