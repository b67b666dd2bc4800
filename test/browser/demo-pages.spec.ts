import { axeViolations, expect, localeText, settledHeading, test } from './support'

test('a person reading in Welsh finds the demo sign-in page in Welsh', async ({ page }) => {
  // A link with ?lang= is the app's own way to choose a language on this device.
  await page.goto('/?lang=cy')
  await settledHeading(page, 'cy')

  await page
    .getByRole('banner')
    .getByRole('link', { name: localeText('cy', 'common', 'header.signIn') })
    .click()

  await expect(page).toHaveURL(/\/api\/auth\/sign-in\?returnTo=%2F&lang=cy$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mewngofnodi (demo)')
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
  await page.getByRole('button', { name: 'Mewngofnodi fel Precious Okafor' }).click()
  await settledHeading(page, 'cy')
})

for (const [lang, heading] of [
  ['cy', 'Mewngofnodi (demo)'],
  ['ar', 'تسجيل الدخول (تجريبي)'],
] as const) {
  test(`the demo sign-in page in ${lang} has no WCAG 2.2 AA violations that axe finds`, async ({ page }) => {
    await page.goto(`/api/auth/sign-in?returnTo=/&lang=${lang}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)

    expect(await axeViolations(page)).toEqual([])
  })
}
