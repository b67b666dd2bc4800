import { expect, settledHeading, signInDirectly, tabTo, test } from './support'

test('the first Tab on a page focuses the skip link, and Enter moves focus to the main content', async ({ page }) => {
  await page.goto('/')
  await settledHeading(page)
  await page.keyboard.press('Tab')
  const skipLink = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skipLink).toBeFocused()
  await expect(skipLink).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.locator('#main-content')).toBeFocused()
})

test('a signed-in person can change their email address and save it with only the keyboard', async ({ page }) => {
  await signInDirectly(page, 'renter')
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account')

  await tabTo(page, page.getByRole('link', { name: 'Your details, language and alerts' }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL('/your-details')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your details')
  // The new page is named first: focus is on its heading, and the next Tab goes on from there.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()

  const email = page.getByLabel('Email address')
  await expect(email).toHaveValue('tomasz.nowak@example.com')
  await tabTo(page, email)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('t.nowak@example.org')
  await expect(email).toHaveValue('t.nowak@example.org')

  const bookingAlerts = page.getByRole('checkbox', { name: 'Your bookings' })
  await expect(bookingAlerts).not.toBeChecked()
  await tabTo(page, bookingAlerts)
  await page.keyboard.press('Space')
  await expect(bookingAlerts).toBeChecked()

  await tabTo(page, page.getByRole('button', { name: 'Save your details' }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL('/your-details/updated')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your details have been saved')

  const profile = await page.request.get('/api/me/profile')
  expect(profile.ok()).toBe(true)
  expect(await profile.json()).toMatchObject({
    email: 't.nowak@example.org',
    alerts: { channels: ['email'], topics: expect.arrayContaining(['payments', 'bookings']) },
  })
})
