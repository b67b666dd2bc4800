import { expect, test } from './support'

test('an unknown address shows "Page not found" with the council phone number', async ({ page }) => {
  await page.goto('/no-such-page')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await expect(page).toHaveTitle(/^Page not found – My Account – /)
  const phone = page.getByRole('main').getByRole('link', { name: '020 7946 0000' })
  await expect(phone).toBeVisible()
  await expect(phone).toHaveAttribute('href', 'tel:02079460000')
  await expect(page.getByRole('link', { name: 'Go to the My Account home page' })).toHaveAttribute('href', '/')
})
