import type { Page } from '@playwright/test'
import { appliedKeys, controlledByServiceWorker, expect, localeText, settledHeading, signInDirectly, storedOnDevice, test } from './support'

/**
 * A resident who has used the app once with a signal can report a problem with none: the catalogue and each
 * service's questions were kept on the device, the place is described in words, and the report waits in the
 * outbox until the signal returns, then goes once.
 */

const say = (key: string) => localeText('en', 'report', key)

// A page asking the gateway while offline makes the browser log the failed request; nothing else may go wrong.
test.use({ expectedConsoleErrors: [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/] })

interface KeptCatalogue {
  language: string
  name: string
}

interface StoredReport {
  id: string
  kind: string
  state: string
  payload?: { report?: { location?: { kind: string; description?: string } } }
}

async function keptCatalogue(page: Page): Promise<string[]> {
  return (((await storedOnDevice(page, 'catalogue')) ?? []) as KeptCatalogue[])
    .filter((kept) => kept.language === 'en')
    .map((kept) => kept.name)
}

async function outboxReportAt(page: Page, place: string): Promise<StoredReport | undefined> {
  const items = ((await storedOnDevice(page, 'outbox')) ?? []) as StoredReport[]
  return items.find((item) => item.kind === 'report-problem' && item.payload?.report?.location?.description === place)
}

async function continueOn(page: Page) {
  await page.getByRole('button', { name: say('continue'), exact: true }).click()
}

test('a missed bin reported end to end with no signal waits, and is sent once when the signal returns', async ({ page, context }) => {
  const place = `By the lamp post outside 11 Kestrel Avenue (${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)})`
  await signInDirectly(page, 'owner')
  await page.goto('/')
  await controlledByServiceWorker(page)
  await settledHeading(page)
  // One visit with a signal is enough: the app keeps what reporting needs by itself.
  await expect
    .poll(() => keptCatalogue(page), { message: 'the catalogue and its questions are kept on the device' })
    .toEqual(expect.arrayContaining(['services', 'missed-bin', 'pothole']))

  await context.setOffline(true)
  await page.getByRole('link', { name: localeText('en', 'account', 'home.requests.report') }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('service.title'))
  await page.locator('#service-search').fill('bin not emptied')
  await page.getByRole('button', { name: say('service.searchButton') }).click()
  await page.getByRole('radio', { name: 'Missed bin collection' }).check()
  await continueOn(page)

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('questions.title'))
  await page.getByRole('radio', { name: 'Recycling' }).check()
  await continueOn(page)

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('location.title'))
  await page.getByRole('radio', { name: say('location.methods.postcode') }).check()
  await expect(page.getByText(say('location.offline.needsSignal'))).toBeVisible()
  await page.getByRole('button', { name: say('location.offline.describeInstead') }).click()
  await page.getByLabel(say('location.described'), { exact: true }).fill(place)
  await continueOn(page)

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('photos.title'))
  await continueOn(page)

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('check.title'))
  await expect(page.getByText('Missed bin collection')).toBeVisible()
  await expect(page.getByText(place)).toBeVisible()
  await page.getByRole('button', { name: say('check.send') }).click()

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('waiting.title'))
  await expect(page.getByText(say('waiting.offline'))).toBeVisible()
  await expect.poll(async () => (await outboxReportAt(page, place))?.state).toBe('queued')
  const key = (await outboxReportAt(page, place))?.id ?? ''
  expect((await appliedKeys(page))[key], 'nothing reaches the gateway while offline').toBeUndefined()

  await context.setOffline(false)
  await expect.poll(async () => (await appliedKeys(page))[key], { message: 'the report reaches the gateway' }).toBe(1)
  await expect.poll(async () => (await outboxReportAt(page, place))?.state).toBe('sent')
  const reports = (await (await page.request.get('/api/me/requests')).json()) as { requests: { serviceCode: string; location: string }[] }
  expect(reports.requests.filter((report) => report.location === place)).toEqual([expect.objectContaining({ serviceCode: 'missed-bin' })])
})
