import { chooseOnSignInPage, expect, signInDirectly, test } from './support'

// Ending the session on purpose makes the browser log the 401 the gateway answers with; nothing else may go wrong.
test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 401/] })

test('when the session ends while typing, nothing typed is lost and signing in again brings it back', async ({ page }) => {
  await signInDirectly(page, 'tenant')
  await page.goto('/your-details')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your details')
  const phone = page.getByLabel('Mobile phone number')
  await expect(phone).toHaveValue('07700 900123')
  await phone.fill('07700 900987')

  const expired = await page.request.post('/api/__reference/expire-sessions')
  expect(expired.ok()).toBe(true)

  await page.getByRole('button', { name: 'Save your details' }).click()
  const problem = page.getByRole('alert').filter({ hasText: "You've been signed out" })
  await expect(problem).toBeVisible()
  await expect(page).toHaveURL('/your-details')
  await expect(phone).toHaveValue('07700 900987')

  await problem.getByRole('link', { name: 'Sign in again' }).click()
  await chooseOnSignInPage(page, 'tenant')
  await expect(page).toHaveURL('/your-details')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your details')
  await expect(phone).toHaveValue('07700 900987')

  // It came back from this tab's draft, not from the council: nothing was saved while signed out.
  const profile = await page.request.get('/api/me/profile')
  expect(await profile.json()).toMatchObject({ phone: '07700 900123' })
  // The draft kept while signing in again is used once, then gone.
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('my-account.')))).toEqual([])
})
