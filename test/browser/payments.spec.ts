import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, localeText, settledHeading, signInDirectly, test, type PersonId } from './support'

const say = (key: string) => localeText('en', 'payments', key)

async function paymentsMade(page: Page) {
  return (
    (await (await page.request.get('/api/me/payments')).json()) as { payments: { paymentId: string; state: string; owedId: string }[] }
  ).payments
}

/** From the payments page to the hosted card page, for one thing owed. */
async function goToCardPage(page: Page, person: PersonId, owedId: string, amount?: string) {
  await signInDirectly(page, person)
  await page.goto(`/payments/pay/${owedId}`)
  await settledHeading(page)
  if (amount) await page.getByLabel(say('pay.howMuch')).fill(amount)
  await page.getByRole('button', { name: say('pay.goToPayment') }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter card details')
}

async function payWithCard(page: Page, card: string) {
  await page.getByLabel('Card number').fill(card)
  await page.getByLabel('Expiry date').fill('10/29')
  await page.getByLabel('Name on card').fill('Test Person')
  await page.getByLabel('Card security code').fill('123')
  await page.getByRole('button', { name: 'Confirm payment' }).click()
}

// Paying changes what people owe on the shared reference gateway, so these run after the rest, one at a time.
test.describe('paying what you owe @gateway-wide', () => {
  test('a penalty charge, from the home page to the receipt', async ({ page }) => {
    await signInDirectly(page, 'renter')
    await page.goto('/payments')
    await expectNoAxeViolations(page, 'payments')
    await page.getByRole('link', { name: say('owed.pay.penalty_charge') }).click()
    await expect(page.getByText('£80.00')).toBeVisible()
    await expectNoAxeViolations(page, 'pay a fixed amount')
    await page.getByRole('button', { name: say('pay.goToPayment') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter card details')
    await expectNoAxeViolations(page, 'the hosted card page')
    await payWithCard(page, '4444333322221111')

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('outcome.successTitle'))
    await expectNoAxeViolations(page, 'payment successful')
    const reference = (await page.locator('.govuk-panel__body strong').innerText()).trim()
    await expect(page.getByText('Visa ending 1111')).toBeVisible()
    await page.getByRole('button', { name: say('receipt.email') }).click()
    // Another test may have changed this person's email address: the receipt goes to whatever it is now, masked.
    await expect(page.getByText(/^We have sent your receipt to t•••@example\.\w+\.$/)).toBeVisible()

    const charges = (await (await page.request.get('/api/me/parking/penalty-charges')).json()) as { penaltyCharges: { status: string }[] }
    expect(charges.penaltyCharges[0]?.status).toBe('paid')
    await page.goto('/payments/history')
    // Tomasz pays for other things in other tests: this payment's own receipt.
    await expect(page.getByRole('link', { name: `${say('history.receipt')} ${reference}` })).toBeVisible()
    await expectNoAxeViolations(page, 'payment history')
  })

  test('rent, with an amount the tenant chooses', async ({ page }) => {
    await goToCardPage(page, 'tenant', 'rent', '1.50')
    await expect(page.getByText('£1.50')).toBeVisible()
    await payWithCard(page, '4444333322221111')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('outcome.successTitle'))
    await expect(page.getByRole('definition').filter({ hasText: '£1.50' })).toBeVisible()
  })

  test('a bulky-waste booking', async ({ page }) => {
    await goToCardPage(page, 'owner', 'booking-BK-70288')
    await expect(page.getByText('£35.00')).toBeVisible()
    await payWithCard(page, '4444333322221111')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('outcome.successTitle'))
    const bookings = (await (await page.request.get('/api/me/bookings')).json()) as { bookings: { reference: string; paid: boolean }[] }
    expect(bookings.bookings.find((booking) => booking.reference === 'BK-70288')?.paid).toBe(true)
  })

  for (const [card, title] of [
    ['4000000000000002', 'outcome.failedTitle'],
    ['4000000000000119', 'outcome.errorTitle'],
  ] as const) {
    test(`the test card ${card} ends in "${say(title)}", with nothing taken`, async ({ page }) => {
      await goToCardPage(page, 'tenant', 'rent', '1.00')
      await payWithCard(page, card)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(title))
      await expect(page.getByText(say('outcome.notCharged'))).toBeVisible()
      await expectNoAxeViolations(page, say(title))
      await page.getByRole('button', { name: say('outcome.tryAgain') }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('pay.title'))
    })
  }

  test('cancelling on the card page', async ({ page }) => {
    await goToCardPage(page, 'tenant', 'rent', '1.00')
    await page.getByRole('button', { name: 'Cancel payment' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('outcome.cancelledTitle'))
  })

  test('an outcome not yet known: "we\'re checking", then the receipt, without paying again', async ({ page }) => {
    await goToCardPage(page, 'tenant', 'rent', '1.00')
    await payWithCard(page, '4000000000000069')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('outcome.checkingTitle'))
    await expectNoAxeViolations(page, "we're checking")
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('outcome.successTitle'), { timeout: 15_000 })
  })

  test('a double click creates one payment', async ({ page }) => {
    await signInDirectly(page, 'tenant')
    const before = (await paymentsMade(page)).length
    await page.goto('/payments/pay/rent')
    await page.getByLabel(say('pay.howMuch')).fill('1.00')
    await page.getByRole('button', { name: say('pay.goToPayment') }).dblclick()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter card details')
    expect((await paymentsMade(page)).length).toBe(before + 1)
  })

  test('a lost answer to creating the payment creates one payment', async ({ page }) => {
    await signInDirectly(page, 'tenant')
    const before = (await paymentsMade(page)).length
    await page.goto('/payments/pay/rent')
    await page.getByLabel(say('pay.howMuch')).fill('1.00')
    const dropped = await page.request.post('/api/__reference/faults', { data: { dropAfterActing: 1 } })
    expect(dropped.ok()).toBe(true)
    await page.getByRole('button', { name: say('pay.goToPayment') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter card details')
    expect((await paymentsMade(page)).length).toBe(before + 1)
  })

  test('the back button from the card page, a refresh, and coming back twice never charge twice', async ({ page }) => {
    await goToCardPage(page, 'tenant', 'rent', '1.00')
    const before = (await paymentsMade(page)).length
    await page.goBack()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('pay.continueTitle'))
    await page.getByRole('link', { name: say('pay.continue') }).click()
    await payWithCard(page, '4444333322221111')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('outcome.successTitle'))
    const returnUrl = page.url()
    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('outcome.successTitle'))
    await page.goBack()
    await page.goto(returnUrl)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('outcome.successTitle'))
    const after = await paymentsMade(page)
    expect(after.length).toBe(before)
    expect(after.filter((payment) => payment.state === 'success').length).toBeGreaterThanOrEqual(1)
  })
})
