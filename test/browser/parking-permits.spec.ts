import { expect, expectNoAxeViolations, localeText, signInDirectly, test } from './support'

const say = (key: string) => localeText('en', 'parking-permits', key)
const sayParking = (key: string) => localeText('en', 'parking', key)

function pdf(name: string) {
  const bytes = Buffer.alloc(4000, 0x20)
  bytes.write('%PDF-1.7\n')
  return { name, mimeType: 'application/pdf', buffer: bytes }
}

test.describe('resident permits', () => {
  test('a registration of the wrong shape is put right from the error summary, keeping what was typed', async ({ page }) => {
    await signInDirectly(page, 'renter')
    await page.goto('/parking/resident-permits/apply/vehicle')
    const registration = page.getByRole('textbox', { name: say('vehicle.registration') })
    await registration.fill('HELLO WORLD')
    await page.getByRole('button', { name: say('continue') }).click()
    const summary = page.locator('.govuk-error-summary')
    await expect(summary).toBeFocused()
    await expect(summary).toContainText(say('errors.registration.format'))
    await expect(registration).toHaveValue('HELLO WORLD')
    await expectNoAxeViolations(page, 'a registration of the wrong shape')
    await summary.getByRole('link', { name: say('errors.registration.format') }).click()
    await expect(registration).toBeFocused()
  })

  test('someone whose address is in no parking zone is told no permit is needed', async ({ page }) => {
    await signInDirectly(page, 'owner')
    await page.goto('/parking/resident-permits/apply')
    await expect(page.getByRole('heading', { level: 2, name: say('eligibility.notInZone.title') })).toBeVisible()
    await expectNoAxeViolations(page, 'not in a parking zone')
  })
})

// Applying and paying changes what the tenant has and owes on the shared reference gateway, so this runs after the rest, alone.
test.describe('applying for a resident permit @gateway-wide', () => {
  test('the tenant applies with proofs, checks her answers and pays on the card page', async ({ page }) => {
    await signInDirectly(page, 'tenant')
    await page.goto('/')
    await page.getByRole('link', { name: localeText('en', 'account', 'home.parking.see') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sayParking('title'))
    await expectNoAxeViolations(page, 'the parking page')

    await page.getByRole('link', { name: sayParking('residentPermits.apply') }).click()
    await expect(page.getByText(/Your address is in Zone A \(Coldharbour\)/)).toBeVisible()
    await expectNoAxeViolations(page, 'who may apply')
    await page.getByRole('link', { name: say('apply.start') }).click()

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('vehicle.title'))
    await page.getByRole('textbox', { name: say('vehicle.registration') }).fill('lr21 kvm')
    await expectNoAxeViolations(page, 'the vehicle registration')
    await page.getByRole('button', { name: say('continue') }).click()

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('proofs.title'))
    await page.getByLabel(say('proofs.addressFiles')).setInputFiles(pdf('tenancy-agreement.pdf'))
    await page.getByRole('radio', { name: say('proofs.kinds.v5c') }).check()
    await page.getByLabel(say('proofs.vehicleFiles')).setInputFiles(pdf('log-book.pdf'))
    await expect(page.getByRole('term').filter({ hasText: 'log-book.pdf' })).toBeVisible()
    await expectNoAxeViolations(page, 'the proofs')
    await page.getByRole('button', { name: say('continue') }).click()

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('check.title'))
    await expect(page.getByText('NISSAN, WHITE')).toBeVisible()
    await expectNoAxeViolations(page, 'check your answers')
    await page.getByRole('button', { name: say('check.send') }).click()

    await expect(page.locator('.govuk-panel__title')).toHaveText(say('sent.title'))
    await expectNoAxeViolations(page, 'application sent')
    await page.getByRole('link', { name: 'Pay £25.00' }).click()
    await page.getByRole('button', { name: localeText('en', 'payments', 'pay.goToPayment') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter card details')
    await page.getByLabel('Card number').fill('4444333322221111')
    await page.getByLabel('Expiry date').fill('10/29')
    await page.getByLabel('Name on card').fill('Precious Okafor')
    await page.getByLabel('Card security code').fill('123')
    await page.getByRole('button', { name: 'Confirm payment' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(localeText('en', 'payments', 'outcome.successTitle'))

    await page.goto('/parking')
    const card = page.locator('.govuk-summary-card', { has: page.getByText('LR21 KVM') })
    await expect(card.getByText(sayParking('status.active'))).toBeVisible()
    await card.getByRole('link', { name: /View/ }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('permit.title'))
    await expectNoAxeViolations(page, 'the permit')
  })
})
