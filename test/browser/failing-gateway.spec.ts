import type { Page } from '@playwright/test'
import {
  appliedKeys,
  chooseOnSignInPage,
  clearFaults,
  expect,
  localeText,
  setFaults,
  settledHeading,
  signInDirectly,
  test,
} from './support'

/**
 * The council's gateway failing in every way it can while a person uses the app: errors, silence, slowness,
 * answers that are not JSON or not the contract, a session ending mid-form, and being told to slow down. Each
 * time the person reads plain words with the phone number, keeps what they typed, and carries on once the
 * gateway recovers.
 *
 * Faults change the shared reference gateway for everyone, so these tests run alone, after the rest, and put the
 * faults back after each test. Each fault is aimed at one call, so the page around it still works.
 */

/** The phone number of the council the tests build, London Borough of Southmere. */
const councilPhone = '020 7946 0000'

const say = {
  yourDetails: localeText('en', 'details', 'title'),
  phone: localeText('en', 'details', 'phone'),
  save: localeText('en', 'details', 'save'),
  saved: localeText('en', 'details', 'updated.title'),
  home: localeText('en', 'account', 'home.title'),
  councilTax: localeText('en', 'account', 'home.councilTax.title'),
  loading: localeText('en', 'common', 'loading'),
  stillSending: localeText('en', 'common', 'stillSending'),
  tryAgain: localeText('en', 'common', 'failures.tryAgain'),
  signInAgain: localeText('en', 'common', 'failures.signed-out.signIn'),
  commentLabel: localeText('en', 'requests', 'comments.label'),
  addComment: localeText('en', 'requests', 'comments.send'),
  commentAdded: localeText('en', 'requests', 'comments.added'),
  commentsTitle: localeText('en', 'requests', 'comments.title'),
  failure: (kind: string) => ({
    title: localeText('en', 'common', `failures.${kind}.title`),
    body: localeText('en', 'common', `failures.${kind}.body`),
  }),
  waitMinutes: (minutes: number) =>
    localeText('en', 'common', 'failures.too-many-requests.bodyWithWaitMinutes_other').replace('{{count}}', String(minutes)),
}

/** A phone number nobody else's test uses, so this test knows its own change. */
const uniquePhone = () => `07700 900${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`
/** A comment nobody else's test writes. */
const uniqueComment = (what: string) => `${what} (${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)})`

/** The plain words for one kind of failure, with the phone number. */
function problemSaying(page: Page, kind: string) {
  return page.getByRole('alert').filter({ hasText: say.failure(kind).title })
}

async function expectPlainWords(page: Page, kind: string, body = say.failure(kind).body) {
  const problem = problemSaying(page, kind)
  await expect(problem).toBeVisible()
  await expect(problem).toContainText(body)
  await expect(problem.getByRole('link', { name: councilPhone })).toHaveAttribute('href', `tel:${councilPhone.replace(/\s/g, '')}`)
  return problem
}

/** Amira, a contact-centre adviser, changes her own phone number: her details are hers alone on the shared gateway. */
async function startChangingPhone(page: Page) {
  await signInDirectly(page, 'staff')
  await page.goto('/your-details')
  await expect(await settledHeading(page)).toHaveText(say.yourDetails)
  const phone = page.getByLabel(say.phone, { exact: true })
  const typed = uniquePhone()
  await phone.fill(typed)
  return { phone, typed }
}

async function savedPhone(page: Page) {
  const response = await page.request.get('/api/me/profile')
  expect(response.ok(), await response.text()).toBe(true)
  return ((await response.json()) as { phone: string | null }).phone
}

async function saveAndExpectSaved(page: Page, typed: string) {
  await page.getByRole('button', { name: say.save }).click()
  await expect(page).toHaveURL('/your-details/updated')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(say.saved)
  expect(await savedPhone(page)).toBe(typed)
}

const reference = 'SR-1047760'

async function openReport(page: Page) {
  await signInDirectly(page, 'owner')
  await page.goto(`/requests/${reference}`)
  await expect(await settledHeading(page)).toHaveText('Street light not working')
}

/** The Idempotency-Key of every comment the page sends. */
function commentKeysSent(page: Page) {
  const keys: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith(`/api/me/requests/${reference}/comments`))
      keys.push(request.headers()['idempotency-key'] ?? '')
  })
  return keys
}

async function commentsSaying(page: Page, text: string) {
  const response = await page.request.get(`/api/me/requests/${reference}`)
  expect(response.ok(), await response.text()).toBe(true)
  return ((await response.json()) as { comments: { text: string }[] }).comments.filter((comment) => comment.text === text)
}

test.describe('when the council gateway fails', { tag: '@gateway-wide' }, () => {
  // The browser logs every answer that is an error status; the app's own words are what the tests check.
  test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of (401|429|500|502|503) /] })

  test.afterEach(async ({ page }) => {
    await clearFaults(page)
  })

  test('a 500 on saving says the system is not working, keeps the number typed, and saves it once the gateway is back', async ({
    page,
  }) => {
    const { phone, typed } = await startChangingPhone(page)
    await setFaults(page, { errorRate: 1, errorStatus: 500, path: '/me/profile' })
    await page.getByRole('button', { name: say.save }).click()

    await expectPlainWords(page, 'unavailable')
    await expect(page).toHaveURL('/your-details')
    await expect(phone).toHaveValue(typed)

    await clearFaults(page)
    expect(await savedPhone(page)).not.toBe(typed)
    await saveAndExpectSaved(page, typed)
  })

  test('a page whose answer fails with a 502 says so, and shows the account when "Try again" finds the gateway back', async ({ page }) => {
    await signInDirectly(page, 'owner')
    await setFaults(page, { errorRate: 1, errorStatus: 502, path: '/me/summary' })
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say.home)
    const problem = await expectPlainWords(page, 'unavailable')

    await clearFaults(page)
    await problem.getByRole('button', { name: say.tryAgain }).click()
    await expect(page.getByRole('heading', { level: 2, name: say.councilTax })).toBeVisible()
    await expect(problemSaying(page, 'unavailable')).toHaveCount(0)
  })

  test('a save that is never answered says it is taking too long, keeps the number typed, and saves it when tried again', async ({
    page,
  }) => {
    // The client waits 15 seconds for an answer before it gives up.
    test.setTimeout(180_000)
    const { phone, typed } = await startChangingPhone(page)
    await setFaults(page, { unanswered: 1, path: '/me/profile' })
    await page.getByRole('button', { name: say.save }).click()

    // While it waits, the page says it is still sending, and the button cannot be pressed twice.
    await expect(page.getByRole('status').filter({ hasText: say.stillSending })).toBeVisible()
    await expect(page.getByRole('button', { name: say.save })).toBeDisabled()
    await expect(problemSaying(page, 'timeout')).toBeVisible({ timeout: 30_000 })
    await expectPlainWords(page, 'timeout')
    await expect(page.getByRole('status').filter({ hasText: say.stillSending })).toHaveCount(0)
    await expect(phone).toHaveValue(typed)

    await saveAndExpectSaved(page, typed)
  })

  test('answers that take 10 seconds show the page is still working, then the answer', async ({ page }) => {
    test.setTimeout(180_000)
    await signInDirectly(page, 'staff')
    await setFaults(page, { extraLatencyMs: 10_000, path: '/me/profile' })
    await page.goto('/your-details')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say.yourDetails)
    await expect(page.getByRole('status').filter({ hasText: say.loading })).toBeVisible()
    const phone = page.getByLabel(say.phone, { exact: true })
    await expect(phone).toBeVisible({ timeout: 20_000 })
    await expect(page.getByRole('status').filter({ hasText: say.loading })).toHaveCount(0)

    const typed = uniquePhone()
    await phone.fill(typed)
    await page.getByRole('button', { name: say.save }).click()
    await expect(page.getByRole('status').filter({ hasText: say.stillSending })).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say.saved, { timeout: 20_000 })
    await clearFaults(page)
    expect(await savedPhone(page)).toBe(typed)
  })

  test('an answer that is not JSON says so plainly, keeps the comment typed, and sending it again adds it once', async ({ page }) => {
    await openReport(page)
    const keys = commentKeysSent(page)
    const text = uniqueComment('Sent while the gateway answered nonsense')
    const box = page.getByLabel(say.commentLabel, { exact: true })
    await box.fill(text)
    await setFaults(page, { malformed: 1, path: `/me/requests/${reference}/comments` })
    await page.getByRole('button', { name: say.addComment }).click()

    await expectPlainWords(page, 'broken-contract')
    await expect(box).toHaveValue(text)
    await expect(page.getByText(say.commentAdded)).toHaveCount(0)

    // The fault was for one answer only: the gateway now answers properly.
    await page.getByRole('button', { name: say.addComment }).click()
    await expect(page.getByText(say.commentAdded)).toBeVisible()
    await expect(page.getByRole('list', { name: say.commentsTitle }).getByText(text, { exact: true })).toHaveCount(1)
    expect(await commentsSaying(page, text)).toHaveLength(1)
    expect(new Set(keys).size, 'both tries were the same submission').toBe(1)
    expect((await appliedKeys(page))[keys[0] ?? '']).toBe(1)
  })

  test('an answer of the wrong shape says so plainly instead of a blank page, on reading and on saving', async ({ page }) => {
    await signInDirectly(page, 'owner')
    await setFaults(page, { garbage: 1, path: '/me/summary' })
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say.home)
    const problem = await expectPlainWords(page, 'broken-contract')
    await problem.getByRole('button', { name: say.tryAgain }).click()
    await expect(page.getByRole('heading', { level: 2, name: say.councilTax })).toBeVisible()

    const { phone, typed } = await startChangingPhone(page)
    await setFaults(page, { garbage: 1, path: '/me/profile' })
    await page.getByRole('button', { name: say.save }).click()
    await expectPlainWords(page, 'broken-contract')
    await expect(page).toHaveURL('/your-details')
    await expect(phone).toHaveValue(typed)
    await saveAndExpectSaved(page, typed)
  })

  test('a session that ends while the form is filled keeps what was typed through signing in again, then saves it', async ({ page }) => {
    const { phone, typed } = await startChangingPhone(page)
    const expired = await page.request.post('/api/__reference/expire-sessions')
    expect(expired.ok()).toBe(true)
    await page.getByRole('button', { name: say.save }).click()

    const problem = await expectPlainWords(page, 'signed-out')
    await expect(phone).toHaveValue(typed)
    await problem.getByRole('link', { name: say.signInAgain }).click()
    await chooseOnSignInPage(page, 'staff')
    await expect(page).toHaveURL('/your-details')
    await expect(await settledHeading(page)).toHaveText(say.yourDetails)
    await expect(phone).toHaveValue(typed)
    await saveAndExpectSaved(page, typed)
  })

  test('being told to wait half an hour says how many minutes, keeps the number typed, and saves it when the gateway allows', async ({
    page,
  }) => {
    const { phone, typed } = await startChangingPhone(page)
    await setFaults(page, { tooManyRequests: 1, retryAfterSeconds: 1800, path: '/me/profile' })
    await page.getByRole('button', { name: say.save }).click()

    await expectPlainWords(page, 'too-many-requests', say.waitMinutes(30))
    await expect(phone).toHaveValue(typed)
    await saveAndExpectSaved(page, typed)
  })
})
