import { controlledByServiceWorker, expect, localeText, settledHeading, signInDirectly, test } from './support'

/**
 * When the browser already knows it has no connection, the app does not try the gateway (and wait out every retry)
 * before saying that what is shown is from before: the notice is there from the start.
 */

const reference = 'SR-1047760'
const offlineNotice = localeText('en', 'common', 'offline.notice').replace(/\{\{when\}\}.*$/, '')

test('with no connection, a report last seen is shown with the offline notice, without asking the gateway first', async ({
  page,
  context,
}) => {
  await signInDirectly(page, 'owner')
  await page.goto(`/requests/${reference}`)
  await controlledByServiceWorker(page)
  await expect(await settledHeading(page)).toHaveText('Street light not working')

  await context.setOffline(true)
  // A page opened after the signal went, as after closing the tab. Chromium 150 no longer lets network emulation
  // reach navigator.onLine, so the page is told what a phone with no signal would tell it.
  const reopened = await context.newPage()
  await reopened.addInitScript(() => Object.defineProperty(Navigator.prototype, 'onLine', { get: () => false }))
  const askedTheGateway: string[] = []
  reopened.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) askedTheGateway.push(`${request.method()} ${request.url()}`)
  })
  await reopened.goto(`/requests/${reference}`)
  expect(await reopened.evaluate(() => navigator.onLine), 'the browser knows it is offline').toBe(false)
  await expect(reopened.getByRole('heading', { level: 1 })).toHaveText('Street light not working')
  await expect(reopened.getByText(offlineNotice, { exact: false })).toBeVisible()
  expect(askedTheGateway, 'nothing was asked of a gateway the browser knows it cannot reach').toEqual([])
})
