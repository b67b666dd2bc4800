import { expect, localeText, settledHeading, signInDirectly, test } from './support'

/** Each page checks who may use it: someone it is not for is told so plainly, and where to go instead. */

/** The words of the link inside a text such as "… <page>report a problem</page>." */
function linkWords(text: string): string {
  const words = /<page>(.*)<\/page>/.exec(text)?.[1]
  if (!words) throw new Error(`No link in "${text}"`)
  return words
}

const say = {
  onlyTenantsTitle: localeText('en', 'common', 'notForYou.tenant.title'),
  askLandlord: localeText('en', 'common', 'notForYou.tenant.renters'),
  askManagingAgent: localeText('en', 'common', 'notForYou.tenant.owners'),
  goHome: localeText('en', 'common', 'notForYou.home'),
  bookTitle: localeText('en', 'report', 'book.title'),
  bookLegend: localeText('en', 'report', 'book.legend'),
  bookSubmit: localeText('en', 'report', 'book.submit'),
  onlyStaffTitle: localeText('en', 'common', 'notForYou.staff.title'),
  reportInstead: linkWords(localeText('en', 'common', 'notForYou.tenant.elsewhere')),
  payInstead: linkWords(localeText('en', 'common', 'notForYou.staff.elsewhere')),
}

test('a home owner who opens the repair booking page by its address is told plainly that it is for council tenants, with no way to book', async ({
  page,
}) => {
  await signInDirectly(page, 'owner')
  const bookingsBefore = await (await page.request.get('/api/me/bookings')).json()

  await page.goto('/report/book-repair')
  await expect(await settledHeading(page)).toHaveText(say.onlyTenantsTitle)
  const main = page.getByRole('main')
  await expect(main.getByText(say.askLandlord)).toBeVisible()
  await expect(main.getByText(say.askManagingAgent)).toBeVisible()
  await expect(main.getByRole('link', { name: say.reportInstead })).toHaveAttribute('href', '/report')
  await expect(main.getByRole('link', { name: say.goHome })).toHaveAttribute('href', '/')
  await expect(main.getByRole('radio')).toHaveCount(0)
  await expect(main.getByRole('button', { name: say.bookSubmit })).toHaveCount(0)
  await expect(page).toHaveTitle(new RegExp(`^${say.onlyTenantsTitle}`))

  expect(await (await page.request.get('/api/me/bookings')).json()).toEqual(bookingsBefore)
})

test('a council tenant opening the same address can choose a time for the visit', async ({ page }) => {
  await signInDirectly(page, 'tenant')
  await page.goto('/report/book-repair')
  await expect(await settledHeading(page)).toHaveText(say.bookTitle)
  await expect(page.getByRole('group', { name: say.bookLegend })).toBeVisible()
  await expect(page.getByRole('button', { name: say.bookSubmit })).toBeVisible()
})

test('a resident who opens the contact centre page by its address is told it is for staff, and where to pay instead', async ({ page }) => {
  await signInDirectly(page, 'renter')
  await page.goto('/staff/payment-link')
  await expect(await settledHeading(page)).toHaveText(say.onlyStaffTitle)
  await expect(page.getByRole('main').getByRole('link', { name: say.payInstead })).toHaveAttribute('href', '/payments')
  await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0)
})
