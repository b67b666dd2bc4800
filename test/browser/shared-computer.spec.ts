import type { Page } from '@playwright/test'
import { chooseOnSignInPage, controlledByServiceWorker, expect, localeText, people, settledHeading, storedOnDevice, test } from './support'

/**
 * "Is this a shared or public computer?" Yes: the app keeps nothing of the person on the device (no account to
 * read offline, no note of who was signed in, no drafts), so with no signal nothing of theirs can be shown. No: the
 * account stays readable offline, as before.
 */

const reference = 'SR-1047760'

const say = {
  offline: localeText('en', 'common', 'failures.offline.title'),
  offlineNotice: localeText('en', 'common', 'offline.notice').replace(/\{\{when\}\}.*$/, ''),
  signedInAs: localeText('en', 'common', 'header.signedInAs').replace('{{name}}', people.owner),
  seeReports: localeText('en', 'account', 'home.requests.see'),
  reportProblem: localeText('en', 'account', 'home.requests.report'),
  searchButton: localeText('en', 'report', 'service.searchButton'),
  continueOn: localeText('en', 'report', 'continue'),
  questionsTitle: localeText('en', 'report', 'questions.title'),
}

// A page asking the gateway while offline makes the browser log the failed request; nothing else may go wrong.
test.use({ expectedConsoleErrors: [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/] })

interface Kept {
  personId?: string
}

async function keptOf(page: Page, store: string) {
  return ((await storedOnDevice(page, store)) ?? []) as Kept[]
}

/** Signs in on the gateway's own sign-in page, answering the shared computer question, and comes back to the app. */
async function signInAnswering(page: Page, shared: 'Yes' | 'No') {
  await page.goto('/api/auth/sign-in?returnTo=/')
  await page.getByRole('group', { name: 'Is this a shared or public computer?' }).getByRole('radio', { name: shared, exact: true }).check()
  await chooseOnSignInPage(page, 'owner')
  await expect(page).toHaveURL(/\/$/)
  await controlledByServiceWorker(page)
  await settledHeading(page)
  await expect(page.getByRole('banner')).toContainText(say.signedInAs)
}

/** Home, a report, and the start of a new report: what a resident does in a few minutes. */
async function useTheApp(page: Page) {
  await page.getByRole('link', { name: say.seeReports }).click()
  await page.getByRole('link', { name: 'Street light not working' }).first().click()
  await expect(await settledHeading(page)).toHaveText('Street light not working')
  await page.goto('/')
  await settledHeading(page)
  await page.getByRole('link', { name: say.reportProblem }).click()
  await page.locator('#service-search').fill('bin not emptied')
  await page.getByRole('button', { name: say.searchButton }).click()
  await page.getByRole('radio', { name: 'Missed bin collection' }).check()
  await page.getByRole('button', { name: say.continueOn, exact: true }).click()
  await expect(await settledHeading(page)).toHaveText(say.questionsTitle)
}

test('on a computer the person says is shared, nothing of theirs is kept, and nothing of theirs is shown with no signal', async ({
  page,
  context,
}) => {
  await signInAnswering(page, 'Yes')
  await useTheApp(page)
  // What the app keeps by itself is kept by now (the catalogue is nobody's and is kept here too), so anything of the
  // person's would have been kept by now as well.
  await expect.poll(async () => (await keptOf(page, 'catalogue')).length).toBeGreaterThan(1)
  expect(await keptOf(page, 'account-cache'), 'no account kept to read offline').toEqual([])
  expect(await keptOf(page, 'signed-in'), 'no note of who was signed in').toEqual([])
  expect(await keptOf(page, 'drafts'), 'no draft on the device').toEqual([])

  await context.setOffline(true)
  await page.goto('/')
  await expect(page.getByText(say.offline).first()).toBeVisible()
  await expect(page.getByText(people.owner)).toHaveCount(0)
  await expect(page.getByText(say.offlineNotice)).toHaveCount(0)

  const newTab = await context.newPage()
  await newTab.goto(`/requests/${reference}`)
  await expect(newTab.getByText(say.offline).first()).toBeVisible()
  await expect(newTab.getByText('Street light not working')).toHaveCount(0)
  await expect(newTab.getByText(people.owner)).toHaveCount(0)
  await newTab.close()
})

test('on a computer that is not shared, the account is kept to read with no signal', async ({ page, context }) => {
  await signInAnswering(page, 'No')
  await useTheApp(page)
  await expect.poll(async () => (await keptOf(page, 'signed-in')).map((kept) => kept.personId)).toEqual(['owner'])
  await expect.poll(async () => (await keptOf(page, 'account-cache')).length).toBeGreaterThan(0)
  await expect.poll(async () => (await keptOf(page, 'drafts')).map((kept) => kept.personId)).toEqual(['owner'])

  await context.setOffline(true)
  await page.goto('/')
  await expect(page.getByText(say.offlineNotice, { exact: false }).first()).toBeVisible()
  await expect(page.getByRole('banner')).toContainText(say.signedInAs)
})
