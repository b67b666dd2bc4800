import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import type { RentAccount } from '#src/gateway/contract/housing'
import type { Language } from '#src/gateway/contract/common'
import { expect, expectNoAxeViolations, localeText, settledHeading, signInDirectly, test } from './support'

const say = (key: string, language: Language = 'en') => localeText(language, 'housing', key)
const sayPayments = (key: string) => localeText('en', 'payments', key)

async function rentAccount(page: Page) {
  const response = await page.request.get('/api/me/housing/rent-account')
  expect(response.ok()).toBe(true)
  return (await response.json()) as RentAccount
}

/** "£186.42", as an English page writes pence. */
const pounds = (pence: number) => `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`

test.describe('Your home and rent account', () => {
  test('a tenant reads the balance, the charges and the statement, axe at zero in English and Welsh', async ({ page }) => {
    await signInDirectly(page, 'tenant')
    const account = await rentAccount(page)
    await page.goto('/housing')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('home.title'))
    await expect(page.getByText(`You owe ${pounds(account.balance)}`)).toBeVisible()
    await expectNoAxeViolations(page, 'your home')

    await page.getByRole('link', { name: say('home.seeRent') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('rent.title'))
    await expect(page.getByText(`You owe ${pounds(account.balance)}`)).toBeVisible()
    await expect(page.getByRole('heading', { name: say('rent.behind.title') })).toBeVisible()
    await expectNoAxeViolations(page, 'your rent account')
    await page.getByRole('radio', { name: say('rent.charges.monthly') }).check()
    await expect(page.getByRole('table', { name: say('rent.charges.caption') })).toContainText('£644.02')
    await expectNoAxeViolations(page, 'your rent account, monthly')

    await page.getByRole('link', { name: say('rent.printable') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('statement.title'))
    await expect(page.getByRole('button', { name: say('statement.print') })).toBeVisible()
    await expectNoAxeViolations(page, 'the rent statement')
    // Printed, the statement stands alone: no header, footer or buttons.
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('button', { name: say('statement.print') })).toBeHidden()
    await expect(page.locator('.govuk-footer')).toBeHidden()
    await expect(page.locator('.app-rent-statement table')).toBeVisible()
    await page.emulateMedia({ media: 'screen' })

    for (const path of ['/housing', '/housing/rent', '/housing/rent/statement']) {
      await page.goto(`${path}?lang=cy`)
      await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
      await expectNoAxeViolations(page, `${path} in Welsh`, 'cy')
    }
  })

  test('on a 320 pixel screen, the rent account fits and axe finds nothing', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    await signInDirectly(page, 'tenant')
    await page.goto('/housing/rent')
    await expectNoAxeViolations(page, 'your rent account at 320px')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320)
  })

  test('a tenant chooses the days and downloads the statement as CSV, made on the device', async ({ page }) => {
    await signInDirectly(page, 'tenant')
    const account = await rentAccount(page)
    const first = account.transactions.at(-8)
    const last = account.transactions.at(-1)
    if (!first || !last) throw new Error('Too few transactions')
    await page.goto('/housing/rent')
    await settledHeading(page)
    const fill = async (group: string, iso: string) => {
      const [year = '', month = '', day = ''] = iso.split('-')
      const dates = page.getByRole('group', { name: group, exact: true })
      await dates.getByLabel(say('rent.range.day')).fill(String(Number(day)))
      await dates.getByLabel(say('rent.range.month')).fill(String(Number(month)))
      await dates.getByLabel(say('rent.range.year')).fill(year)
    }
    await fill(say('rent.range.from'), first.date)
    await fill(say('rent.range.to'), last.date)
    await page.getByRole('button', { name: say('rent.range.show') }).click()
    await expect(page).toHaveURL(new RegExp(`\\?from=${first.date}&to=${last.date}$`))
    const shown = account.transactions.filter((entry) => entry.date >= first.date && entry.date <= last.date)
    const table = page.locator('table').filter({ hasText: say('rent.transactions.description') })
    await expect(table.locator('tbody tr')).toHaveCount(shown.length)

    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: say('rent.download') }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe(`rent-statement-${first.date}-to-${last.date}.csv`)
    expect(download.url()).toMatch(/^blob:/)
    const csv = await readFile(await download.path(), 'utf8')
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe('Date,Description,Charged,Paid,Balance')
    expect(lines.at(-1)).toBe('')
    const rows = lines.slice(1, -1)
    expect(rows).toHaveLength(shown.length)
    const newest = shown.at(-1)
    if (!newest) throw new Error('Nothing shown')
    const money = (pence: number) => (pence / 100).toFixed(2)
    const csvField = (text: string) => (/[",]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text)
    expect(rows[0]).toBe(
      [
        newest.date,
        csvField(newest.description),
        newest.amount > 0 ? money(newest.amount) : '',
        newest.amount < 0 ? money(-newest.amount) : '',
        money(newest.balanceAfter),
      ].join(','),
    )
    // A description with a comma in it ("Payment by card, thank you") is quoted, as RFC 4180 says.
    for (const row of rows) expect(row).toMatch(/^\d{4}-\d{2}-\d{2},([^,"]+|"([^"]|"")*"),(\d+\.\d{2})?,(\d+\.\d{2})?,-?\d+\.\d{2}$/)
  })

  test('someone who does not rent from the council is told why, and where to go instead', async ({ page }) => {
    await signInDirectly(page, 'renter')
    await page.goto('/housing')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('notTenant.title'))
    await expect(page.getByText(say('notTenant.landlord'))).toBeVisible()
    await expect(page.getByRole('link', { name: say('notTenant.help') })).toHaveAttribute('href', '/help')
    await expectNoAxeViolations(page, 'your home, for a private renter')
  })
})

// Paying changes what the tenant owes on the shared reference gateway, so this runs after the rest, alone.
test.describe('paying rent from the rent account @gateway-wide', () => {
  test('through the payments journey to the receipt, and the balance goes down', async ({ page }) => {
    await signInDirectly(page, 'tenant')
    const before = await rentAccount(page)
    await page.goto('/housing/rent')
    await expect(page.getByText(`You owe ${pounds(before.balance)}`)).toBeVisible()
    await page.getByRole('link', { name: say('rent.pay') }).click()
    await expect(page).toHaveURL(/\/payments\/pay\/rent$/)
    await settledHeading(page)
    await page.getByLabel(sayPayments('pay.howMuch')).fill('2.50')
    await page.getByRole('button', { name: sayPayments('pay.goToPayment') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter card details')
    await page.getByLabel('Card number').fill('4444333322221111')
    await page.getByLabel('Expiry date').fill('10/29')
    await page.getByLabel('Name on card').fill('Test Person')
    await page.getByLabel('Card security code').fill('123')
    await page.getByRole('button', { name: 'Confirm payment' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sayPayments('outcome.successTitle'))
    await expect(page.getByRole('definition').filter({ hasText: '£2.50' })).toBeVisible()

    await page.goto('/housing/rent')
    await expect(page.getByText(`You owe ${pounds(before.balance - 250)}`)).toBeVisible()
  })
})
