import { expect, settledHeading, signInDirectly, test, chooseLanguage } from './support'

const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const welshMonths = [
  'Ionawr',
  'Chwefror',
  'Mawrth',
  'Ebrill',
  'Mai',
  'Mehefin',
  'Gorffennaf',
  'Awst',
  'Medi',
  'Hydref',
  'Tachwedd',
  'Rhagfyr',
]
const englishDays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

test.describe('dates on a Welsh page', () => {
  test('are written in Welsh, even where the browser has no Welsh dates of its own', async ({ page }) => {
    await signInDirectly(page, 'owner')
    await page.goto('/requests/SR-1047760?lang=cy')
    await settledHeading(page, 'cy')

    const pageText = (await page.locator('body').innerText()).replace(/\s+/g, ' ')
    expect(
      welshMonths.some((month) => pageText.includes(month)),
      `a Welsh month in: ${pageText}`,
    ).toBe(true)
    expect(englishMonths.filter((month) => new RegExp(`\\b${month}\\b`).test(pageText))).toEqual([])
    expect(englishDays.filter((day) => pageText.includes(day))).toEqual([])
  })

  test('give times by the Welsh clock, with no English AM or PM', async ({ page }) => {
    await signInDirectly(page, 'tenant')
    await page.goto('/?lang=cy')
    await settledHeading(page, 'cy')
    const footer = page.getByRole('contentinfo')
    await expect(footer).toContainText('08:00')
    await expect(footer).toContainText('18:00')
    const pageText = await page.locator('body').innerText()
    expect(pageText.match(/\d\s*(AM|PM|am|pm)\b/g) ?? [], 'English times').toEqual([])
  })

  test('and back in English once English is chosen again', async ({ page }) => {
    await signInDirectly(page, 'owner')
    await page.goto('/requests/SR-1047760?lang=cy')
    await settledHeading(page, 'cy')
    await chooseLanguage(page, 'English')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB')

    const footer = page.getByRole('contentinfo')
    await expect(footer).toContainText('Monday')
    const pageText = (await page.locator('main').innerText()).replace(/\s+/g, ' ')
    expect(
      englishMonths.some((month) => pageText.includes(month)),
      `an English month in: ${pageText}`,
    ).toBe(true)
  })
})
