import type { Browser, Page } from '@playwright/test'
import type { Booking } from '#src/gateway/contract/bookings'
import {
  chooseRadio,
  controlledByServiceWorker,
  expect,
  expectNoAxeViolations,
  localeText,
  signInDirectly,
  tabTo,
  test,
  type PersonId,
} from './support'

const say = (key: string) => localeText('en', 'booking', key)
const pay = (key: string) => localeText('en', 'payments', key)

async function expectHeading(page: Page, text: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text)
}

const pressContinue = (page: Page) => page.getByRole('button', { name: say('continue'), exact: true }).click()

/** Place, purpose and no interpreter, up to the free times at that place. */
async function answerUpToTime(page: Page, place: string, { axe = false } = {}) {
  await page.goto('/bookings/face-to-face')
  await expectHeading(page, say('place.title'))
  if (axe) await expectNoAxeViolations(page, 'where')
  await pressContinue(page)
  await expect(page.getByRole('link', { name: say('errors.place.missing') })).toBeVisible()
  if (axe) await expectNoAxeViolations(page, 'where, with an error')
  await page.getByRole('radio', { name: place }).check()
  await pressContinue(page)

  await expectHeading(page, say('purpose.title'))
  if (axe) await expectNoAxeViolations(page, 'what it is about')
  await page.getByRole('radio', { name: say('purposes.housing') }).check()
  await pressContinue(page)

  await expectHeading(page, say('interpreter.title'))
  await page.getByRole('radio', { name: say('interpreter.yes') }).check()
  await pressContinue(page)
  await expect(page.getByRole('link', { name: say('errors.language.missing') })).toBeVisible()
  if (axe) await expectNoAxeViolations(page, 'interpreter, with the language asked for')
  await page.getByRole('radio', { name: say('interpreter.no') }).check()
  await pressContinue(page)

  await expectHeading(page, say('time.title'))
  if (axe) await expectNoAxeViolations(page, 'the free times')
  return page.getByRole('radio').first()
}

/** Other residents, each in a browser of their own, book the places left in a slot, one each. */
async function anotherResidentBooks(browser: Browser, slotId: string, kind = 'face_to_face') {
  for (const person of ['tenant', 'owner'] as PersonId[]) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await signInDirectly(page, person)
    const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string }
    const response = await page.request.post('/api/me/bookings', {
      headers: { 'X-CSRF-Token': session.csrfToken, 'Idempotency-Key': crypto.randomUUID() },
      data: {
        kind,
        slotId,
        requestReference: null,
        purpose: 'other',
        items: kind === 'bulky_waste' ? [{ itemId: 'table', quantity: 1 }] : undefined,
      },
    })
    const answer = await response.text()
    await context.close()
    // 409: full already, or this person has a booking then; the next person tries.
    expect([200, 409], answer).toContain(response.status())
  }
}

test.describe('booking a face-to-face appointment', () => {
  // A time taken first answers 409, and with no signal calls fail: the browser notes both, and the page says them plainly.
  test.use({ expectedConsoleErrors: [/status of 409 \(Conflict\)|ERR_INTERNET_DISCONNECTED/] })

  test('from the home page to the confirmation, with no violations axe finds on any step', async ({ page }) => {
    test.setTimeout(180_000)
    await signInDirectly(page, 'renter')
    await page.goto('/')
    await page.getByRole('link', { name: localeText('en', 'account', 'home.bookings.bookAppointment') }).click()
    const first = await answerUpToTime(page, 'Southmere One Stop Shop, Civic Centre', { axe: true })
    await page.getByRole('button', { name: say('slots.showLater') }).click()
    await expect(page.getByRole('heading', { level: 2 }).nth(3)).toBeFocused()
    await expectNoAxeViolations(page, 'later free times')
    await first.check()
    await pressContinue(page)

    await expectHeading(page, say('check.title'))
    await expect(page.getByText(/We are keeping this time for you until/)).toBeVisible()
    await page.getByRole('button', { name: say('check.book') }).click()
    await expect(page.getByRole('link', { name: say('errors.reminder.missing') })).toBeVisible()
    await expectNoAxeViolations(page, 'check your answers, with an error')
    await page.getByRole('radio', { name: say('reminder.dayBefore') }).check()
    await page.getByRole('button', { name: say('check.book') }).click()

    await expectHeading(page, say('booked.title'))
    await expectNoAxeViolations(page, 'appointment booked')
    await expect(page.getByRole('link', { name: say('booked.yourBookings') })).toHaveAttribute('href', '/bookings')
  })

  test('someone else takes the last place first: said plainly, with the nearest free times to choose', async ({ page, browser }) => {
    await signInDirectly(page, 'renter')
    const first = await answerUpToTime(page, 'Coldharbour Library')
    await first.check()
    const slotId = await first.getAttribute('value')
    if (!slotId) throw new Error('The time has no slot')
    await anotherResidentBooks(browser, slotId)
    await pressContinue(page)

    await expect(page.getByText(say('slotTaken.title'))).toBeVisible()
    await expectNoAxeViolations(page, 'the nearest free times')
    const nearest = page.getByRole('group', { name: say('slotTaken.legend') }).getByRole('radio')
    await nearest.first().check()
    await pressContinue(page)
    await expectHeading(page, say('check.title'))
    await page.getByRole('radio', { name: say('reminder.none') }).check()
    await page.getByRole('button', { name: say('check.book') }).click()
    await expectHeading(page, say('booked.title'))
  })

  test('offline, with the tab closed and the app opened again, the time still free when the signal comes back: it is booked', async ({
    page,
    context,
  }) => {
    await signInDirectly(page, 'renter')
    await page.goto('/')
    await controlledByServiceWorker(page)
    const first = await answerUpToTime(page, 'Elmwood Library')
    await first.check()
    const slotId = await first.getAttribute('value')
    await context.setOffline(true)
    await pressContinue(page)
    await expectHeading(page, say('check.title'))
    await expect(page.getByText(say('hold.notKept'))).toBeVisible()
    await page.getByRole('radio', { name: say('reminder.none') }).check()
    await page.getByRole('button', { name: say('check.book') }).click()
    await expectHeading(page, say('waiting.title'))

    await page.close()
    const later = await context.newPage()
    await later.goto('/waiting')
    await expect(later.getByText(localeText('en', 'outbox', 'kinds.book-appointment'))).toBeVisible()
    await context.setOffline(false)
    await expect(later.getByText(localeText('en', 'outbox', 'nothingWaiting'))).toBeVisible()
    const { bookings } = (await (await later.request.get('/api/me/bookings')).json()) as { bookings: Booking[] }
    expect(bookings.filter((booking) => `face_to_face-elmwood-library-${booking.startsAt}` === slotId)).toHaveLength(1)
  })

  test('offline, with the time gone when the signal comes back: one tap books one of the nearest instead', async ({
    page,
    context,
    browser,
  }) => {
    await signInDirectly(page, 'renter')
    await page.goto('/')
    await controlledByServiceWorker(page)
    const first = await answerUpToTime(page, 'Elmwood Library')
    await first.check()
    const slotId = await first.getAttribute('value')
    if (!slotId) throw new Error('The time has no slot')
    await context.setOffline(true)
    await pressContinue(page)
    await expectHeading(page, say('check.title'))
    await page.getByRole('radio', { name: say('reminder.none') }).check()
    await page.getByRole('button', { name: say('check.book') }).click()
    await expectHeading(page, say('waiting.title'))

    await anotherResidentBooks(browser, slotId)
    await context.setOffline(false)
    await page.getByRole('link', { name: say('waiting.see') }).click()
    await expect(page.getByText(say('slotTaken.title'))).toBeVisible()
    await expectNoAxeViolations(page, 'a booking whose time has gone, on Waiting to send')
    await page
      .getByRole('button', { name: /^Book .* instead$/ })
      .first()
      .click()
    await expect(page.getByText(localeText('en', 'outbox', 'nothingWaiting'))).toBeVisible()
  })
})

test.describe('booking a bulky-waste collection', () => {
  test('with only a keyboard, from the items to the payment page', async ({ page }) => {
    await signInDirectly(page, 'owner')
    await page.goto('/bookings/bulky-waste')
    await expectHeading(page, say('items.title'))
    await tabTo(page, page.getByLabel('Armchair'))
    await page.keyboard.type('1')
    await tabTo(page, page.getByRole('button', { name: say('continue'), exact: true }))
    await page.keyboard.press('Enter')

    await expectHeading(page, say('time.title'))
    await chooseRadio(page, page.getByRole('radio').nth(1))
    await tabTo(page, page.getByRole('button', { name: say('continue'), exact: true }))
    await page.keyboard.press('Enter')

    await expectHeading(page, say('check.title'))
    await chooseRadio(page, page.getByRole('radio', { name: say('reminder.none') }))
    await tabTo(page, page.getByRole('button', { name: say('check.pay') }))
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/payments\/pay\/booking-/)
    await expect(page.getByText('£12.00')).toBeVisible()
  })
})

// Paying changes what the person owes on the shared reference gateway, so this runs after the rest, alone.
test.describe('paying for a bulky-waste collection @gateway-wide', () => {
  test('from choosing the items, through the payments journey, to the receipt', async ({ page }) => {
    test.setTimeout(180_000)
    await signInDirectly(page, 'owner')
    await page.goto('/')
    await page.getByRole('link', { name: localeText('en', 'account', 'home.bookings.bookBulkyWaste') }).click()
    await expectHeading(page, say('items.title'))
    await expectNoAxeViolations(page, 'what to collect')
    await page.getByLabel('Sofa').fill('1')
    await page.getByLabel('Mattress').fill('2')
    await expect(page.getByText('3 things, total £50.00')).toBeVisible()
    await pressContinue(page)
    await expectHeading(page, say('time.title'))
    await expectNoAxeViolations(page, 'collection days')
    await page.getByRole('radio').first().check()
    await pressContinue(page)
    await expectHeading(page, say('check.title'))
    await expectNoAxeViolations(page, 'check your answers')
    await page.getByRole('radio', { name: say('reminder.dayBefore') }).check()
    await page.getByRole('button', { name: say('check.pay') }).click()

    await expect(page).toHaveURL(/\/payments\/pay\/booking-/)
    await expect(page.getByText('£50.00')).toBeVisible()
    await page.getByRole('button', { name: pay('pay.goToPayment') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter card details')
    await page.getByLabel('Card number').fill('4444333322221111')
    await page.getByLabel('Expiry date').fill('10/29')
    await page.getByLabel('Name on card').fill('Test Person')
    await page.getByLabel('Card security code').fill('123')
    await page.getByRole('button', { name: 'Confirm payment' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(pay('outcome.successTitle'))
    await expectNoAxeViolations(page, 'the receipt')
  })
})
