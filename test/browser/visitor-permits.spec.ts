import type { Page } from '@playwright/test'
import { londonDate, workingDay } from '#mocks/london-time'
import type { VisitorPermits } from '#src/gateway/contract/visitor-permits'
import { controlledByServiceWorker, expect, expectNoAxeViolations, localeText, signInDirectly, test } from './support'

const say = (key: string) => localeText('en', 'visitor-permits', key)
const hoursLeft = (count: number) => `You have ${count} hours left`

/** Tomasz's allowance and permits, as the council has them now: other tests share the gateway, so nothing is assumed. */
async function visitorPermits(page: Page): Promise<VisitorPermits> {
  return (await (await page.request.get('/api/me/parking/visitor-permits')).json()) as VisitorPermits
}

/** A weekday a week or so on, when Zone C is controlled; each test its own, so none reads another's permits. */
const visitDay = (days: number) => workingDay(londonDate(new Date()), days)

async function answer(
  page: Page,
  { registration, date, time, length }: { registration: string; date: string; time: string; length: string },
) {
  const [year = '', month = '', day = ''] = date.split('-')
  await page.getByLabel(say('form.registration.label')).fill(registration)
  await page.getByLabel(say('form.date.day'), { exact: true }).fill(String(Number(day)))
  await page.getByLabel(say('form.date.month'), { exact: true }).fill(String(Number(month)))
  await page.getByLabel(say('form.date.year'), { exact: true }).fill(year)
  await page.getByLabel(say('form.startTime.label')).fill(time)
  await page.getByRole('radio', { name: length, exact: true }).check()
  await page.getByRole('button', { name: say('form.continue') }).click()
}

test.describe('visitor permits', () => {
  // Offline, the browser notes each request it could not make.
  test.use({ expectedConsoleErrors: [/ERR_INTERNET_DISCONNECTED/] })

  test('book a visitor permit, then cancel it, and the hours go back', async ({ page }) => {
    await signInDirectly(page, 'renter')
    const before = (await visitorPermits(page)).allowance?.left ?? 0
    await page.goto('/parking/visitors')
    await expect(page.getByText(hoursLeft(before), { exact: true })).toBeVisible()
    await expectNoAxeViolations(page, 'visitor permits')

    await page.getByRole('link', { name: say('book') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('form.title'))
    await expectNoAxeViolations(page, 'booking a visitor permit')
    await answer(page, { registration: 'AB12 CD', date: visitDay(4), time: '10:30am', length: '2 hours' })
    await expect(page.getByRole('link', { name: say('errors.vehicleRegistration.format') })).toBeVisible()
    await expectNoAxeViolations(page, 'a registration of the wrong shape')
    await page.getByRole('link', { name: say('errors.vehicleRegistration.format') }).click()
    await expect(page.getByLabel(say('form.registration.label'))).toBeFocused()

    await answer(page, { registration: 'gf19 kzt', date: visitDay(4), time: '10:30am', length: '2 hours' })
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('check.title'))
    await expect(page.getByText('GF19 KZT')).toBeVisible()
    await expectNoAxeViolations(page, 'check your answers')
    await page.getByRole('button', { name: say('check.book') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('booked.title'))
    await expect(page.getByText(`${hoursLeft(before - 2)}.`)).toBeVisible()
    await expectNoAxeViolations(page, 'visitor permit booked')

    await page.getByRole('link', { name: say('backToVisitors') }).click()
    await page.getByRole('link', { name: /^Cancel visitor permit for GF19 KZT/ }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('cancel.title'))
    await expectNoAxeViolations(page, 'cancel a visitor permit')
    await page.getByRole('button', { name: say('cancel.confirm') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('cancel.done.title'))
    await expect(page.getByText(`2 hours went back to your allowance. ${hoursLeft(before)}.`)).toBeVisible()
    await expectNoAxeViolations(page, 'visitor permit cancelled')
    const cancelled = (await visitorPermits(page)).permits.filter((permit) => permit.vehicleRegistration === 'GF19 KZT')
    expect(cancelled.map((permit) => permit.status)).toEqual(['cancelled'])
  })

  test('a permit that has ended cannot be cancelled, and the page says so', async ({ page }) => {
    await signInDirectly(page, 'renter')
    const ended = (await visitorPermits(page)).permits.find((permit) => permit.status === 'ended')
    await page.goto(`/parking/visitors/${ended?.reference ?? 'none'}/cancel`)
    await expect(page.getByText(say('cancel.ended'))).toBeVisible()
    await expectNoAxeViolations(page, 'a permit that cannot be cancelled')
  })

  test('booked offline with the tab closed, it waits, then is booked once when the signal comes back', async ({ page, context }) => {
    await signInDirectly(page, 'renter')
    await page.goto('/parking/visitors')
    await controlledByServiceWorker(page)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('title'))
    const date = visitDay(6)
    await context.setOffline(true)
    await page.getByRole('link', { name: say('book') }).click()
    await answer(page, { registration: 'LV70 WXP', date, time: '14:00', length: '3 hours' })
    await page.getByRole('button', { name: say('check.book') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('waiting.title'))
    await expectNoAxeViolations(page, 'waiting to book')

    await page.close()
    const later = await context.newPage()
    await later.goto('/waiting')
    await expect(
      later.getByText(localeText('en', 'outbox', 'kinds.book-visitor-permit').replace('{{registration}}', 'LV70 WXP')),
    ).toBeVisible()
    await expectNoAxeViolations(later, 'waiting to send')
    await context.setOffline(false)
    await expect(later.getByText(localeText('en', 'outbox', 'nothingWaiting'))).toBeVisible()
    await later.goto('/parking/visitors')
    await expect(
      later.getByRole('table', { name: say('upcoming.title') }).getByRole('cell', { name: 'LV70 WXP', exact: true }),
    ).toBeVisible()
    await expectNoAxeViolations(later, 'visitor permits, once sent')
    const booked = (await visitorPermits(later)).permits.filter((permit) => permit.vehicleRegistration === 'LV70 WXP')
    expect(booked).toHaveLength(1)
  })
})
