import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, localeText, signInDirectly, test } from './support'

interface SentNotification {
  personId: string
  template: string
  reference: string
  channel: string
  personalisation: Record<string, string>
}

/** Reports a missed bin as the person signed in, so each test moves on a report of its own on the shared gateway. */
async function reportMissedBin(page: Page): Promise<string> {
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string }
  const response = await page.request.post('/api/requests', {
    headers: { 'X-CSRF-Token': session.csrfToken, 'Idempotency-Key': crypto.randomUUID() },
    data: {
      serviceCode: 'missed-bin',
      answers: { bin_type: '2' },
      location: { kind: 'address', uprn: '100021390009', text: '9 Kestrel Avenue, Southmere' },
      details: '',
      photoIds: [],
    },
  })
  expect(response.status(), await response.text()).toBe(200)
  return ((await response.json()) as { reference: string }).reference
}

/** The council's back office moving the report on. */
async function moveOn(page: Page, reference: string, status: string, note: string) {
  const response = await page.request.post(`/api/__reference/requests/${reference}/status`, { data: { status, note } })
  expect(response.status(), await response.text()).toBe(200)
}

async function sentAbout(page: Page, reference: string) {
  const response = await page.request.get('/api/__reference/notifications')
  expect(response.ok()).toBe(true)
  return ((await response.json()) as SentNotification[]).filter((sent) => sent.reference === reference)
}

test('a report moved on by the council shows under Messages, in English and then in Welsh', async ({ page }) => {
  await signInDirectly(page, 'tenant')
  const reference = await reportMissedBin(page)
  await moveOn(page, reference, 'in_progress', 'Our crew will come back tomorrow.')
  expect(await sentAbout(page, reference)).toEqual([
    expect.objectContaining({ personId: 'tenant', template: 'request-status-changed', channel: 'text' }),
  ])

  await page.goto('/')
  await page.getByRole('link', { name: localeText('en', 'messages', 'homeLink') }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Messages')
  // By its link, which stays the same whatever the language.
  const card = page.locator('.govuk-summary-card').filter({ has: page.locator(`a[href="/requests/${reference}"]`) })
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(`Your report ${reference} has been updated`)
  await expect(card).toContainText('We have updated your report about Missed bin collection.')
  await expect(card).toContainText('What we said: Our crew will come back tomorrow.')
  await expect(card).toContainText(localeText('en', 'requests', 'status.in_progress'))
  await expect(card).toContainText('Sent by text to 07700 900123')
  await expect(card.getByRole('link', { name: `See report ${reference}` })).toHaveAttribute('href', `/requests/${reference}`)
  await expectNoAxeViolations(page, 'Messages')

  // A link in Welsh keeps the language on this device only: the switcher would save it to the tenant's profile on the
  // shared gateway, where other tests signed in as her at the same time expect English.
  await page.goto('/messages?lang=cy')
  await expect(card).toContainText(localeText('cy', 'requests', 'status.in_progress'))
  // Chromium has no Welsh dates of its own, so this is where an English day on a Welsh page would show.
  expect(await page.getByRole('main').innerText()).not.toMatch(/Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|AM|PM/)
  await expectNoAxeViolations(page, 'Messages in Welsh', 'cy')
})

test('someone who chose no alerts about reports gets no message when theirs moves on', async ({ page }) => {
  // Tomasz chose emails about payments only.
  await signInDirectly(page, 'renter')
  const reference = await reportMissedBin(page)

  await moveOn(page, reference, 'fixed', 'Collected.')

  expect(await sentAbout(page, reference)).toEqual([])
  await page.goto('/messages')
  await expectNoAxeViolations(page, 'Messages')
  await expect(page.locator('.govuk-summary-card').filter({ hasText: reference })).toHaveCount(0)
})
