import type { Page } from '@playwright/test'
import type { Booking, BookingOptions, Slot } from '#src/gateway/contract/bookings'
import type { Language } from '#src/gateway/contract/common'
import { expect, expectNoAxeViolations, localeText, signInDirectly, test } from './support'

const say = (language: Language, key: string) => localeText(language, 'bookings', key)

/**
 * A face-to-face appointment of Margaret Ellis's own, made straight through the gateway, so moving and cancelling it
 * changes nothing other tests on the shared gateway read. It is at a later free time, away from the contested ones.
 */
async function bookAnAppointment(page: Page): Promise<Booking> {
  const { csrfToken } = (await (await page.request.get('/api/session')).json()) as { csrfToken: string }
  const options = (await (await page.request.get('/api/bookings/options')).json()) as BookingOptions
  const place = options.places.at(-1)
  if (!place) throw new Error('The gateway offers no places')
  const { slots } = (await (await page.request.get(`/api/bookings/places/${place.id}/slots`)).json()) as { slots: Slot[] }
  const free = slots.filter((slot) => slot.available)
  const slot = free[Math.floor(free.length / 2) + Math.floor(Math.random() * 10)] ?? free.at(-1)
  if (!slot) throw new Error(`No free time at ${place.name}`)
  const response = await page.request.post('/api/me/bookings', {
    headers: { 'X-CSRF-Token': csrfToken, 'Idempotency-Key': crypto.randomUUID() },
    data: { kind: 'face_to_face', slotId: slot.id, requestReference: null, purpose: 'council_tax', interpreter: null },
  })
  expect(response.status(), await response.text()).toBe(200)
  return (await response.json()) as Booking
}

test.describe('Your bookings', () => {
  test('lists what is coming up and what is past, with what to have ready, axe at zero in English and Welsh', async ({ page }) => {
    await signInDirectly(page, 'renter')
    await page.goto('/bookings')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('en', 'list.title'))
    const upcoming = page.getByRole('region', { name: say('en', 'list.upcoming') })
    const past = page.getByRole('region', { name: say('en', 'list.past') })
    // Tomasz's appointment at a library with a Polish interpreter is to come; his last appointment is past.
    await expect(upcoming.getByRole('link', { name: /./ }).first()).toBeVisible()
    await expect(upcoming).toContainText('We have booked an interpreter in Polish.')
    await expect(upcoming).toContainText('Bring photo ID, such as a passport or driving licence.')
    await expect(past.locator('.govuk-tag').first()).toHaveText(say('en', 'status.completed'))
    await expect(past).not.toContainText(say('en', 'ready.title'))
    await expectNoAxeViolations(page, 'your bookings')

    await upcoming.getByRole('link').first().click()
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(say('en', 'list.title'))
    await expectNoAxeViolations(page, 'a booking')

    // A link in Welsh keeps the language on this device only: the switcher would save it to Tomasz's profile on the
    // shared gateway, where other tests signed in as him at the same time expect English.
    await page.goto(`${new URL(page.url()).pathname}?lang=cy`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
    await expectNoAxeViolations(page, 'a booking in Welsh', 'cy')
    await page.goto('/bookings')
    await expectNoAxeViolations(page, 'your bookings in Welsh', 'cy')
  })

  test('moves a booking to a new time, checking it first', async ({ page }) => {
    await signInDirectly(page, 'owner')
    const booking = await bookAnAppointment(page)
    await page.goto(`/bookings/${booking.reference}`)
    await page.getByRole('link', { name: say('en', 'booking.move') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('en', 'move.title'))
    await expectNoAxeViolations(page, 'choose a new time')
    await page.getByRole('radio').nth(1).check()
    await page.getByRole('button', { name: say('en', 'move.continue') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('en', 'move.checkTitle'))
    await expect(page).toHaveURL(`/bookings/${booking.reference}/move/check`)
    await expectNoAxeViolations(page, 'check the new time')
    // The browser's own Back goes one step back, to the time still chosen, not out of moving the booking.
    await page.goBack()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('en', 'move.title'))
    await expect(page.getByRole('radio').nth(1)).toBeChecked()
    await page.getByRole('button', { name: say('en', 'move.continue') }).click()
    const newTime = (await page.locator('.govuk-summary-list__row').nth(2).locator('.govuk-summary-list__value').innerText()).trim()
    await page.getByRole('button', { name: say('en', 'move.confirm') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('en', 'move.movedTitle'))
    await expect(page.locator('.govuk-panel__body')).toHaveText(`Your new time is ${newTime}.`)
    await expectNoAxeViolations(page, 'booking moved')

    await page.getByRole('link', { name: say('en', 'move.toBooking') }).click()
    await expect(page.locator('.govuk-summary-list').first()).toContainText(newTime)
  })

  test('cancels a booking inside its cut-off, asking first', async ({ page }) => {
    await signInDirectly(page, 'owner')
    const booking = await bookAnAppointment(page)
    await page.goto(`/bookings/${booking.reference}`)
    await page.getByRole('link', { name: say('en', 'booking.cancel') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('en', 'cancel.title'))
    await expectNoAxeViolations(page, 'are you sure')
    await page.getByRole('button', { name: say('en', 'cancel.confirm') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('en', 'cancel.cancelledTitle'))
    await expectNoAxeViolations(page, 'booking cancelled')

    await page.goto('/bookings')
    const past = page.getByRole('region', { name: say('en', 'list.past') })
    await expect(past.getByRole('listitem').filter({ hasText: booking.reference }).locator('.govuk-tag')).toHaveText(
      say('en', 'status.cancelled'),
    )
  })

  test('outside the cut-off, offers no change online and says why and whom to call, in English and Welsh', async ({ page }) => {
    await signInDirectly(page, 'owner')
    // Margaret's collection less than a day away.
    await page.goto('/bookings/BK-70288')
    await expect(page.getByText(say('en', 'tooLate.title'))).toBeVisible()
    await expect(page.getByText(say('en', 'tooLate.bulky_waste'))).toBeVisible()
    await expect(page.getByRole('main').getByRole('link', { name: '020 7946 0000' }).first()).toHaveAttribute('href', 'tel:02079460000')
    await expect(page.getByRole('link', { name: say('en', 'booking.move') })).toHaveCount(0)
    await expect(page.getByRole('link', { name: say('en', 'booking.cancel') })).toHaveCount(0)
    await expectNoAxeViolations(page, 'a booking past its cut-off')

    await page.goto('/bookings/BK-70288/cancel')
    await expect(page.getByText(say('en', 'tooLate.title'))).toBeVisible()
    await expect(page.getByRole('button', { name: say('en', 'cancel.confirm') })).toHaveCount(0)

    await page.goto('/bookings/BK-70288?lang=cy')
    await expectNoAxeViolations(page, 'a booking past its cut-off in Welsh', 'cy')
  })

  test('adds a booking to a calendar with a file made in the browser', async ({ page }) => {
    await signInDirectly(page, 'tenant')
    await page.goto('/bookings/BK-70311')
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: say('en', 'booking.addToCalendar') }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('BK-70311.ics')
    // Made in the page: nothing about the booking went in a URL.
    expect(download.url()).toMatch(/^blob:/)
    const path = await download.path()
    const { readFile } = await import('node:fs/promises')
    const text = await readFile(path, 'utf8')
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(text).toContain('METHOD:PUBLISH\r\n')
    expect(text).toContain('UID:BK-70311@')
    expect(text).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/)
    expect(text).toContain('BEGIN:VALARM\r\n')
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
  })
})
