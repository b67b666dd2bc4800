import type { Page } from '@playwright/test'
import { chooseOnSignInPage, expect, expectNoAxeViolations, localeText, test } from './support'

const say = (key: string) => localeText('en', 'penalty-charges', key)
const sayPayments = (key: string) => localeText('en', 'payments', key)

/** A small PDF, which the device knows by its first bytes. */
function pdf(named: string) {
  const buffer = Buffer.alloc(4000, 0x20)
  buffer.write('%PDF-1.7\n')
  return { name: named, mimeType: 'application/pdf', buffer }
}

async function lookUp(page: Page, pcnNumber: string, registration: string) {
  await page.getByLabel(say('find.pcnNumber')).fill(pcnNumber)
  await page.getByLabel(say('find.vehicleRegistration')).fill(registration)
  await page.getByRole('button', { name: say('find.submit') }).click()
}

/** At 320 pixels wide nothing scrolls sideways, as on the cheapest phone. */
async function fits320(page: Page, where: string) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${where} fits 320 pixels`).toBeLessThanOrEqual(320)
}

test.use({ viewport: { width: 320, height: 800 } })

// Each test uses its own charge of Margaret's, which no other test reads, so they run alongside the rest.
test.describe('penalty charges', () => {
  // A charge not found is the gateway's 404, which the browser notes in its console.
  test.use({ expectedConsoleErrors: [/status of 404 \(Not Found\) \(http:\/\/localhost:\d+\/api\/penalty-charges\/lookup\)/] })

  test('a PCN and registration of the wrong shape get clear errors, and what was typed is kept', async ({ page }) => {
    await page.goto('/find-a-penalty-charge')
    await expectNoAxeViolations(page, 'find a penalty charge')
    await lookUp(page, 'SM4021', 'LK19 XRTT')
    await expect(page.locator('.govuk-error-summary')).toBeFocused()
    await expect(page.locator('.govuk-error-summary')).toContainText(say('errors.pcnNumber.format'))
    await expect(page.locator('.govuk-error-summary')).toContainText(say('errors.vehicleRegistration.format'))
    await expectNoAxeViolations(page, 'find a penalty charge, with its errors')
    await expect(page.getByLabel(say('find.pcnNumber'))).toHaveValue('SM4021')

    await lookUp(page, 'SM40251191', 'WR68 KTF')
    await expect(page.locator('.govuk-error-summary')).toContainText(say('find.notFound'))
    await expectNoAxeViolations(page, 'find a penalty charge, not found')
  })

  test('looking one up without signing in and paying it inside the discount window, from the card page and back', async ({ page }) => {
    await page.goto('/find-a-penalty-charge')
    await lookUp(page, 'sm40251190', 'wr68ktf')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Penalty charge SM40251190')
    // Nothing of the charge goes in the address.
    expect(new URL(page.url()).pathname).toBe('/find-a-penalty-charge')
    expect(new URL(page.url()).search).toBe('')
    await expect(page.getByText(/^Pay £65\.00 by .+; after that it is £130\.00\.$/)).toBeVisible()
    const photo = page.getByRole('img', { name: /^The vehicle WR68 KTF parked at the kerb/ })
    await expect(photo).toBeVisible()
    expect(await photo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0)
    await expectNoAxeViolations(page, 'a penalty charge found')
    await fits320(page, 'a penalty charge found')
    // The photos are never kept in Cache Storage.
    const cached = await page.evaluate(async () => {
      const names = await caches.keys()
      const urls = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url)))
      return urls.flat().filter((url) => url.includes('penalty-charge-photos'))
    })
    expect(cached).toEqual([])

    await page.getByRole('button', { name: 'Pay £65.00 now' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter card details')
    await expect(page.getByText('£65.00')).toBeVisible()
    await page.getByLabel('Card number').fill('4444333322221111')
    await page.getByLabel('Expiry date').fill('10/29')
    await page.getByLabel('Name on card').fill('Test Person')
    await page.getByLabel('Card security code').fill('123')
    await page.getByRole('button', { name: 'Confirm payment' }).click()

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sayPayments('outcome.successTitle'))
    await expectNoAxeViolations(page, 'paid without signing in')

    await page.goto('/find-a-penalty-charge')
    await lookUp(page, 'SM40251190', 'WR68 KTF')
    await expect(page.getByText(say('found.nothingToPay.paid'))).toBeVisible()
    await expect(page.getByRole('button', { name: /^Pay / })).toHaveCount(0)
  })

  test('challenging one with evidence: sign in from the lookup, then grounds, statement, a document, check and send', async ({ page }) => {
    await page.goto('/find-a-penalty-charge')
    await lookUp(page, 'SM40164220', 'WR68 KTF')
    await expect(page.getByText(/^The discount ended on .+\. Pay £110\.00\.$/)).toBeVisible()
    await page.getByRole('link', { name: say('found.signInToChallenge') }).click()
    await chooseOnSignInPage(page, 'owner')

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('list.title'))
    await expectNoAxeViolations(page, 'your penalty charges')
    await page.getByRole('link', { name: 'SM40164220' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Penalty charge SM40164220')
    await expectNoAxeViolations(page, 'a penalty charge')
    await page.getByRole('link', { name: say('charge.challenge') }).click()

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('challenge.heading'))
    await expectNoAxeViolations(page, 'challenge a penalty charge')
    await page.getByRole('button', { name: say('continue'), exact: true }).click()
    await expect(page.locator('.govuk-error-summary')).toBeFocused()
    await expectNoAxeViolations(page, 'challenge a penalty charge, with its errors')
    await page.getByRole('radio', { name: say('grounds.no_contravention.label') }).check()
    await page
      .getByLabel(say('challenge.statement'))
      .fill('I bought two hours at 14:05 and the ticket was on the dashboard. A photo of it is attached.')
    await page.locator('#evidence').setInputFiles(pdf('pay-and-display-ticket.pdf'))
    await expect(page.getByRole('term').filter({ hasText: 'pay-and-display-ticket.pdf' })).toBeVisible()
    await fits320(page, 'challenge a penalty charge')
    await page.getByRole('button', { name: say('continue'), exact: true }).click()

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('check.title'))
    await expectNoAxeViolations(page, 'check your challenge')
    await page.getByRole('button', { name: say('check.send') }).click()

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('sent.title'))
    await expectNoAxeViolations(page, 'challenge sent')
    await page.getByRole('link', { name: say('sent.back') }).click()
    await expect(page.getByRole('region', { name: say('challengeStatus.title') })).toContainText(say('challengeStatus.tags.received'))
    await expect(page.getByText(say('found.nothingToPay.challenged'))).toBeVisible()
  })
})
