import AxeBuilder from '@axe-core/playwright'
import { chooseOnSignInPage, expect, inSentence, localeText, settledHeading, signInDirectly, test } from './support'

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

// The page's clock is Playwright's, so half an hour passes in an instant; the gateway's clock is real, as a
// council's would be, so the app must read how long is left from the gateway's answers, not from its own clock.

for (const [language, name] of [
  ['en', 'English'],
  ['cy', 'Welsh'],
  ['ar', 'Arabic'],
] as const) {
  test(`warns two minutes before the session ends, and Stay signed in keeps it going, in ${name}`, async ({ page }) => {
    const text = (key: string) => localeText(language, 'common', `sessionTimeout.${key}`)
    await page.clock.install()
    await signInDirectly(page, 'owner')
    await page.goto(language === 'en' ? '/your-details' : `/your-details?lang=${language}`)
    await settledHeading(page, language)
    const phone = page.locator('#phone')
    await phone.focus()

    const warning = page.getByRole('dialog', { name: text('title') })
    await page.clock.fastForward('27:00')
    await expect(warning).toBeHidden()
    await page.clock.fastForward('01:00')
    await expect(warning).toBeVisible()
    await expect(warning.getByRole('heading', { name: text('title') })).toBeFocused()
    await expect(
      warning
        .getByText(text(`minutesLeft_${new Intl.PluralRules(language).select(2)}`).replace('{{count}}', inSentence(language, '2')))
        .first(),
    ).toBeVisible()

    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])

    await page.keyboard.press('Tab')
    const stay = warning.getByRole('button', { name: text('staySignedIn') })
    await expect(stay).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(warning).toBeHidden()
    await expect(phone).toBeFocused()

    // The session was slid by asking for it: the next warning is two minutes before its new end, by the page's clock.
    await page.clock.fastForward('27:00')
    await expect(warning).toBeHidden()
    const session = await page.request.get('/api/session')
    expect(await session.json()).toMatchObject({ signedIn: true, person: { id: 'owner' } })
  })
}

test.describe('when nobody answers the warning', () => {
  // Pages still open may ask the gateway after the session is ended; the browser logs their 401s.
  test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 401/] })

  test('signs the person out, says why, and keeps what they typed for when they sign in again', async ({ page }) => {
    const text = (key: string) => localeText('en', 'common', `sessionTimeout.${key}`)
    await page.clock.install()
    await signInDirectly(page, 'tenant')
    await page.goto('/your-details')
    await settledHeading(page)
    const phone = page.getByLabel('Mobile phone number')
    await expect(phone).toHaveValue('07700 900123')
    await phone.fill('07700 900987')

    await page.clock.fastForward('28:00')
    const warning = page.getByRole('dialog', { name: text('title') })
    await expect(warning).toBeVisible()
    await page.clock.fastForward('02:00')
    await expect(warning).toBeHidden()

    const notice = page.getByRole('region', { name: text('signedOut.title') })
    await expect(notice).toBeVisible()
    await expect(notice).toContainText(text('signedOut.why'))
    await expect(notice).toContainText(text('signedOut.kept'))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(localeText('en', 'common', 'signIn.title'))
    const session = await page.request.get('/api/session')
    expect(await session.json()).toEqual({ signedIn: false })

    await notice.getByRole('link', { name: text('signedOut.signInAgain') }).click()
    await chooseOnSignInPage(page, 'tenant')
    await expect(page).toHaveURL('/your-details')
    await expect(phone).toHaveValue('07700 900987')
    // Nothing was saved while signed out: it came back from this tab.
    const profile = await page.request.get('/api/me/profile')
    expect(await profile.json()).toMatchObject({ phone: '07700 900123' })
  })
})
