import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import {
  appliedKeys,
  clearFaults,
  controlledByServiceWorker,
  expect,
  leftInBrowser,
  localeText,
  people,
  setFaults,
  settledHeading,
  signInDirectly,
  storedOnDevice,
  test,
} from './support'

/**
 * The app away from a signal: installable, its shell served by the service worker, and everything sent while
 * offline (or signed out) kept in the outbox and sent once — exactly once — when it can go.
 *
 * Tests tagged @gateway-wide change the shared reference gateway for everyone (faults, expired sessions, a new
 * dist/sw.js), so the config runs them alone, after the rest.
 */

const reference = 'SR-1047760'
const requestPath = `/requests/${reference}`
const distServiceWorker = fileURLToPath(new URL('../../dist/sw.js', import.meta.url))

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const say = {
  commentLabel: localeText('en', 'requests', 'comments.label'),
  addComment: localeText('en', 'requests', 'comments.send'),
  commentAdded: localeText('en', 'requests', 'comments.added'),
  commentsTitle: localeText('en', 'requests', 'comments.title'),
  keptUntilOnline: localeText('en', 'common', 'failures.keptUntilOnline'),
  keptUntilSignIn: localeText('en', 'common', 'failures.keptUntilSignIn'),
  offline: localeText('en', 'common', 'failures.offline.title'),
  /** "You're offline. This is what your account showed when it was last updated on …" */
  offlineReading: new RegExp(`^${escapeRegExp(localeText('en', 'common', 'offline.notice').replace(/\{\{when\}\}.*$/, ''))}`),
  serviceName: localeText('en', 'common', 'app.serviceName'),
  updateBody: localeText('en', 'common', 'update.body'),
  updateReload: localeText('en', 'common', 'update.reload'),
  waitingTitle: localeText('en', 'outbox', 'title'),
  nothingWaiting: localeText('en', 'outbox', 'nothingWaiting'),
  sendNow: localeText('en', 'outbox', 'sendNow'),
  sentTitle: localeText('en', 'outbox', 'sentTitle'),
  stateWaiting: localeText('en', 'outbox', 'states.queued'),
  stateSent: localeText('en', 'outbox', 'states.sent'),
  headerLink: (count: number) =>
    localeText('en', 'common', count === 1 ? 'header.waitingToSend_one' : 'header.waitingToSend_other').replace('{{count}}', String(count)),
  commentCard: localeText('en', 'outbox', 'kinds.comment').replace('{{reference}}', reference),
  anyHeaderLink: new RegExp(
    `^${escapeRegExp(localeText('en', 'common', 'header.waitingToSend_other')).replace(escapeRegExp('{{count}}'), '\\d+')}$`,
  ),
  yourDetails: localeText('en', 'details', 'title'),
}

// A page asking the gateway while offline makes the browser log the failed request; nothing else may go wrong.
const offlineRequestFailed = /Failed to load resource: net::ERR_INTERNET_DISCONNECTED/
test.use({ expectedConsoleErrors: [offlineRequestFailed] })

type Applied = Record<string, number>

const applied = appliedKeys

/** What was newly acted on between two readings. */
function appliedSince(before: Applied, after: Applied): Applied {
  return Object.fromEntries(
    Object.entries(after)
      .filter(([key, times]) => times !== (before[key] ?? 0))
      .map(([key, times]) => [key, times - (before[key] ?? 0)]),
  )
}

/** The report's comments with this text, as the gateway holds them. */
async function commentsSaying(page: Page, text: string) {
  const response = await page.request.get(`/api/me/requests/${reference}`)
  expect(response.ok(), await response.text()).toBe(true)
  const request = (await response.json()) as { comments: { text: string; by: string }[] }
  return request.comments.filter((comment) => comment.text === text)
}

interface OutboxRow {
  id: string
  personId: string
  kind: string
  state: string
  attempts: number
  text: string | null
}

/** The outbox as IndexedDB holds it; null when the app has made no database yet. */
async function outboxInBrowser(page: Page): Promise<OutboxRow[] | null> {
  const items = await storedOnDevice(page, 'outbox')
  return (
    items?.map((item) => {
      const row = item as {
        id: string
        personId: string
        kind: string
        state: string
        attempts: number
        payload?: { body?: { text?: string } }
      }
      return {
        id: row.id,
        personId: row.personId,
        kind: row.kind,
        state: row.state,
        attempts: row.attempts,
        text: row.payload?.body?.text ?? null,
      }
    }) ?? null
  )
}

/** The one outbox item holding this comment; its id is the Idempotency-Key it is sent with. */
async function outboxCommentKey(page: Page, text: string): Promise<string> {
  const matching = ((await outboxInBrowser(page)) ?? []).filter((item) => item.kind === 'comment' && item.text === text)
  expect(matching, `the outbox holds the comment "${text}" once`).toHaveLength(1)
  const [item] = matching
  if (!item) throw new Error(`No outbox item holds the comment "${text}"`)
  return item.id
}

/**
 * Makes dist/sw.js a new version, byte-different but the same length. The test server (sirv, in production mode)
 * reads each file's size and ETag once at start-up: bytes appended to the file are cut off by the old
 * Content-Length, and a browser that asks "If-None-Match" with the old ETag is told 304, so the browser would see
 * the old worker. So the last line, the source-map comment, which changes nothing the worker does, is rewritten
 * in place, and the test clears the browser's HTTP cache before asking for an update.
 */
function newServiceWorkerVersion() {
  const script = readFileSync(distServiceWorker, 'utf8')
  const lastLine = script.lastIndexOf('\n') + 1
  const tail = script.slice(lastLine)
  expect(tail, 'dist/sw.js ends with its source-map comment').toMatch(/^\/\/# sourceMappingURL=/)
  const comment = `// a new version, ${Date.now().toString(36)}`.padEnd(tail.length, ' ').slice(0, tail.length)
  writeFileSync(distServiceWorker, script.slice(0, lastLine) + comment)
  expect(readFileSync(distServiceWorker).length).toBe(Buffer.byteLength(script))
}

/** Background Sync tags still pending (or firing) for the app's service worker. */
async function backgroundSyncTags(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & {
      sync?: { getTags: () => Promise<string[]> }
    }
    return registration.sync ? registration.sync.getTags() : []
  })
}

async function openReport(page: Page) {
  await page.goto(requestPath)
  await controlledByServiceWorker(page)
  await expect(await settledHeading(page)).toHaveText('Street light not working')
}

async function addComment(page: Page, text: string) {
  await page.getByLabel(say.commentLabel, { exact: true }).fill(text)
  await page.getByRole('button', { name: say.addComment, exact: true }).click()
}

function headerWaitingLink(page: Page) {
  return page.getByRole('banner').getByRole('link', { name: say.anyHeaderLink })
}

function waitingCard(page: Page) {
  return page.locator('.govuk-summary-card').filter({ has: page.getByRole('heading', { level: 2, name: say.commentCard }) })
}

/** A unique comment, so this test can find its own among every other test's on the shared gateway. */
const uniqueComment = (what: string) => `${what} (${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)})`

/** The same console checks as the fixture's page, for other pages a test opens. */
function watchForProblems(page: Page, problems: string[], expected: RegExp[]) {
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const text = `${message.text()} (${message.location().url})`
    if (/\/favicon\.ico\)$/.test(text)) return
    if (!expected.some((pattern) => pattern.test(text))) problems.push(`console error (another page): ${text}`)
  })
  page.on('pageerror', (error) => problems.push(`page error (another page): ${error.name}: ${error.message}`))
}

/** Once sent: nothing waiting in the header, the key applied once, and the comment on the report once. */
async function expectSentOnce(page: Page, before: Applied, key: string, text: string, options: { onlyThisKey?: boolean } = {}) {
  await expect.poll(async () => (await applied(page))[key], { message: 'the comment reaches the gateway', timeout: 15_000 }).toBe(1)
  await expect
    .poll(async () => ((await outboxInBrowser(page)) ?? []).find((item) => item.id === key)?.state, { message: 'the outbox marks it sent' })
    .toBe('sent')
  await expect(headerWaitingLink(page)).toHaveCount(0)
  const since = appliedSince(before, await applied(page))
  if (options.onlyThisKey) expect(since).toEqual({ [key]: 1 })
  else expect(since[key]).toBe(1)
  expect(before[key]).toBeUndefined()
  expect(await commentsSaying(page, text)).toHaveLength(1)
}

test.describe('installing and opening the app without a signal', () => {
  test('is installable in the council’s name and colours, with a service worker for the whole site', async ({ page }) => {
    const manifestResponse = await page.request.get('/manifest.webmanifest')
    expect(manifestResponse.ok()).toBe(true)
    const manifest = (await manifestResponse.json()) as {
      name: string
      short_name: string
      theme_color: string
      display: string
      start_url: string
      scope: string
      icons: { src: string; sizes: string; type: string; purpose?: string }[]
    }
    expect(manifest).toMatchObject({
      name: 'My Account – London Borough of Southmere',
      theme_color: '#1d4f6e',
      display: 'standalone',
      start_url: '/',
      scope: '/',
    })
    expect(manifest.icons.length).toBeGreaterThan(0)
    for (const icon of manifest.icons) {
      const iconResponse = await page.request.get(icon.src)
      expect(iconResponse.ok(), `icon ${icon.src}`).toBe(true)
      expect(iconResponse.headers()['content-type']).toContain(icon.type)
    }
    expect(manifest.icons.map((icon) => icon.purpose)).toEqual(expect.arrayContaining(['any', 'maskable']))

    await page.goto('/')
    await settledHeading(page)
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest')
    await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#1d4f6e')
    const worker = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready
      const active = registration.active
      // Ready means activating or activated; wait for the activation to finish.
      if (active && active.state !== 'activated') {
        await new Promise<void>((resolve) => active.addEventListener('statechange', () => active.state === 'activated' && resolve()))
      }
      return { scope: registration.scope, state: registration.active?.state, script: registration.active?.scriptURL }
    })
    expect(worker).toEqual({
      scope: new URL('/', page.url()).toString(),
      state: 'activated',
      script: new URL('/sw.js', page.url()).toString(),
    })
  })

  test('the app shell loads offline after one visit, and no gateway answer is kept in Cache Storage', async ({ page, context }) => {
    await signInDirectly(page, 'owner')
    await page.goto('/')
    await controlledByServiceWorker(page)
    await settledHeading(page)

    await context.setOffline(true)
    const reloaded = await page.reload()
    expect(reloaded?.fromServiceWorker(), 'the page came from the service worker').toBe(true)
    expect(new URL(page.url()).pathname).toBe('/')
    await expect(page.getByRole('banner')).toContainText(say.serviceName)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // The app's own words for a lost signal, not the browser's error page.
    await expect(page.getByText(say.offlineReading)).toBeVisible()
    expect((await leftInBrowser(page)).cachedApiRequests).toEqual([])
  })
})

test.describe('what is sent without a signal waits, then goes once', () => {
  test('a comment made offline waits, shows in the header and on the waiting page, and is sent once when the signal returns', async ({
    page,
    context,
  }) => {
    const before = await applied(page)
    const text = uniqueComment('Still dark at night, sent from a train')
    await signInDirectly(page, 'owner')
    await openReport(page)

    await context.setOffline(true)
    await addComment(page, text)
    await expect(page.getByText(say.keptUntilOnline)).toBeVisible()
    const key = await outboxCommentKey(page, text)
    await expect(headerWaitingLink(page)).toHaveText(say.headerLink(1))

    await headerWaitingLink(page).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say.waitingTitle)
    await expect(waitingCard(page)).toHaveCount(1)
    await expect(waitingCard(page)).toContainText(say.stateWaiting)
    expect((await applied(page))[key], 'nothing reaches the gateway while offline').toBeUndefined()

    await context.setOffline(false)
    await expectSentOnce(page, before, key, text)
    await expect(page.getByRole('heading', { level: 2, name: say.sentTitle })).toBeVisible()
    await expect(waitingCard(page)).toContainText(say.stateSent)
    await expect(page.getByText(say.nothingWaiting)).toBeVisible()

    await page.goto(requestPath)
    await expect(page.getByRole('list', { name: say.commentsTitle }).getByText(text, { exact: true })).toHaveCount(1)
  })

  test('a comment still waits after the page is reloaded offline, and is sent once when the signal returns', async ({ page, context }) => {
    const before = await applied(page)
    const text = uniqueComment('Reloaded while offline')
    await signInDirectly(page, 'owner')
    await openReport(page)

    await context.setOffline(true)
    await addComment(page, text)
    await expect(page.getByText(say.keptUntilOnline)).toBeVisible()
    const key = await outboxCommentKey(page, text)

    const reloaded = await page.reload()
    expect(reloaded?.fromServiceWorker(), 'the app shell came from the service worker').toBe(true)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // The app's start tries it, finds no signal, and keeps it waiting.
    await expect.poll(async () => ((await outboxInBrowser(page)) ?? []).find((item) => item.id === key)?.state).toBe('queued')
    await expect(headerWaitingLink(page)).toHaveText(say.headerLink(1))
    expect((await applied(page))[key], 'nothing reaches the gateway while offline').toBeUndefined()

    await context.setOffline(false)
    await expectSentOnce(page, before, key, text)
  })

  test('a comment left waiting in a closed tab is sent once when the app next starts', async ({
    page,
    context,
    browserProblems,
    expectedConsoleErrors,
  }) => {
    const before = await applied(page)
    const text = uniqueComment('Closed the tab straight after')
    await signInDirectly(page, 'owner')
    await openReport(page)

    await context.setOffline(true)
    await addComment(page, text)
    await expect(page.getByText(say.keptUntilOnline)).toBeVisible()
    const key = await outboxCommentKey(page, text)
    await page.close()

    await context.setOffline(false)
    const later = await context.newPage()
    watchForProblems(later, browserProblems, expectedConsoleErrors)
    await later.goto('/')
    await settledHeading(later)
    await expectSentOnce(later, before, key, text)
  })

  test('two open tabs that get the signal back at the same moment send a waiting comment once', async ({
    page,
    context,
    browserProblems,
    expectedConsoleErrors,
  }) => {
    const before = await applied(page)
    const text = uniqueComment('Two tabs open')
    await signInDirectly(page, 'owner')
    await openReport(page)
    const other = await context.newPage()
    watchForProblems(other, browserProblems, expectedConsoleErrors)
    await other.goto('/waiting')
    await expect(await settledHeading(other)).toHaveText(say.waitingTitle)

    await context.setOffline(true)
    await addComment(page, text)
    await expect(page.getByText(say.keptUntilOnline)).toBeVisible()
    const key = await outboxCommentKey(page, text)
    // The other tab hears of it from this one.
    await expect(headerWaitingLink(other)).toHaveText(say.headerLink(1))
    await expect(waitingCard(other)).toContainText(say.stateWaiting)

    // Count every time a tab sends it: both may try, but the gateway must act once.
    const sends: string[] = []
    for (const tab of [page, other])
      tab.on(
        'request',
        (request) =>
          void (
            request.method() === 'POST' &&
            request.url().endsWith(`/api/me/requests/${reference}/comments`) &&
            sends.push(request.headers()['idempotency-key'] ?? '')
          ),
      )

    await context.setOffline(false)
    await expectSentOnce(page, before, key, text)
    await expect(headerWaitingLink(other)).toHaveCount(0)
    await expect(waitingCard(other)).toContainText(say.stateSent)
    expect(sends.length, 'the comment was sent at least once').toBeGreaterThan(0)
    expect(new Set(sends), 'every send used the same Idempotency-Key').toEqual(new Set([key]))
  })

  test('on a kiosk, a comment made offline is not kept, and the page says it was not sent', async ({ page, context }) => {
    await page.addInitScript(() => localStorage.setItem('my-account.device-mode', 'kiosk'))
    const text = uniqueComment('Typed at the library kiosk')
    await signInDirectly(page, 'owner')
    await openReport(page)

    await context.setOffline(true)
    await addComment(page, text)
    const problem = page.getByRole('alert').filter({ hasText: say.offline })
    await expect(problem).toBeVisible()
    await expect(page.getByText(say.keptUntilOnline)).toHaveCount(0)
    await expect(page.getByText(say.commentAdded)).toHaveCount(0)
    // What was typed is still there to try again.
    await expect(page.getByLabel(say.commentLabel, { exact: true })).toHaveValue(text)

    const outboxCount = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const opening = indexedDB.open('my-account')
          opening.onerror = () => reject(opening.error ?? new Error('Could not open my-account'))
          opening.onsuccess = () => {
            const db = opening.result
            if (!db.objectStoreNames.contains('outbox')) {
              db.close()
              resolve(0)
              return
            }
            const counting = db.transaction('outbox').objectStore('outbox').count()
            counting.onsuccess = () => {
              db.close()
              resolve(counting.result)
            }
            counting.onerror = () => reject(counting.error ?? new Error('Could not count the outbox'))
          }
        }),
    )
    expect(outboxCount).toBe(0)
    await expect(headerWaitingLink(page)).toHaveCount(0)

    await context.setOffline(false)
    expect(await commentsSaying(page, text)).toHaveLength(0)
  })
})

test.describe('when the gateway or the session lets a comment down', { tag: '@gateway-wide' }, () => {
  test.afterEach(async ({ page }) => {
    await clearFaults(page)
  })

  test.describe('a lost answer', () => {
    // The gateway drops the connection after acting: the browser logs the request it got no answer to.
    test.use({ expectedConsoleErrors: [/Failed to load resource: net::ERR_(EMPTY_RESPONSE|CONNECTION_RESET|CONNECTION_CLOSED)/] })

    test('a comment whose answer was lost after the gateway acted appears once', async ({ page }) => {
      const text = uniqueComment('The answer got lost')
      await signInDirectly(page, 'owner')
      await openReport(page)
      const before = await applied(page)

      await setFaults(page, { dropAfterActing: 1 })
      await addComment(page, text)
      await expect(page.getByText(say.commentAdded)).toBeVisible()
      await expect(page.getByRole('list', { name: say.commentsTitle }).getByText(text, { exact: true })).toHaveCount(1)
      const key = await outboxCommentKey(page, text)
      await expectSentOnce(page, before, key, text, { onlyThisKey: true })
    })
  })

  test.describe('a gateway that is down', () => {
    test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 503/] })

    test('a comment the gateway could not take waits, and is sent once with "Try sending now" when it is back', async ({ page }) => {
      const text = uniqueComment('Sent while the council system was down')
      await signInDirectly(page, 'owner')
      await openReport(page)
      const before = await applied(page)

      // Only comments fail, so the service worker can still ask who is signed in and make its own try.
      await setFaults(page, { errorRate: 1, path: `/me/requests/${reference}/comments` })
      await addComment(page, text)
      await expect(page.getByText(say.keptUntilOnline)).toBeVisible({ timeout: 20_000 })
      const key = await outboxCommentKey(page, text)
      await expect.poll(() => backgroundSyncTags(page), { message: 'the app asked for Background Sync' }).toContain('outbox')
      // The page tried once; Background Sync tries once more and fails too. Only after that try is over may the
      // gateway come back: the browser's next Background Sync is minutes away, so nothing else sends it meanwhile.
      await expect
        .poll(async () => ((await outboxInBrowser(page)) ?? []).find((item) => item.id === key), {
          message: 'Background Sync tried and failed',
          timeout: 20_000,
        })
        .toMatchObject({ attempts: 2, state: 'queued' })
      expect((await applied(page))[key]).toBeUndefined()

      await setFaults(page, { errorRate: 0, path: null })
      await headerWaitingLink(page).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(say.waitingTitle)
      await expect(waitingCard(page)).toContainText(say.stateWaiting)
      await page.getByRole('button', { name: say.sendNow }).click()
      await expect(waitingCard(page)).toContainText(say.stateSent)
      await expect(page.getByText(say.nothingWaiting)).toBeVisible()
      await expectSentOnce(page, before, key, text, { onlyThisKey: true })
    })
  })

  test.describe('an expired session', () => {
    test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 401/] })

    test('a comment made after the session expired waits for the same person, never goes as someone else, and is sent once when they sign in', async ({
      page,
    }) => {
      const text = uniqueComment('Written after the session ended')
      await signInDirectly(page, 'owner')
      await openReport(page)
      const before = await applied(page)

      const expired = await page.request.post('/api/__reference/expire-sessions')
      expect(expired.ok()).toBe(true)
      await addComment(page, text)
      await expect(page.getByText(say.keptUntilSignIn)).toBeVisible()
      const key = await outboxCommentKey(page, text)

      // Someone else signs in on the same device: they see nothing of it, and it is not sent as them.
      await signInDirectly(page, 'renter')
      await page.goto('/waiting')
      await expect(await settledHeading(page)).toHaveText(say.waitingTitle)
      await expect(page.getByRole('banner')).toContainText(people.renter)
      await expect(page.getByText(say.nothingWaiting)).toBeVisible()
      await expect(waitingCard(page)).toHaveCount(0)
      await expect(headerWaitingLink(page)).toHaveCount(0)
      await page.goto('/')
      await settledHeading(page)
      await expect(headerWaitingLink(page)).toHaveCount(0)
      expect((await applied(page))[key], "the owner's comment is not sent as the renter").toBeUndefined()
      expect(((await outboxInBrowser(page)) ?? []).find((item) => item.id === key)).toMatchObject({ personId: 'owner', state: 'queued' })

      await signInDirectly(page, 'owner')
      await page.goto('/')
      await settledHeading(page)
      await expectSentOnce(page, before, key, text, { onlyThisKey: true })
    })
  })

  test('a new version’s reload keeps an unfinished form', async ({ page }) => {
    const original = `${distServiceWorker}.before-update-test`
    copyFileSync(distServiceWorker, original)
    try {
      await signInDirectly(page, 'owner')
      await page.goto('/your-details')
      await controlledByServiceWorker(page)
      await expect(await settledHeading(page)).toHaveText(say.yourDetails)
      const email = page.getByLabel(localeText('en', 'details', 'email'), { exact: true })
      await email.fill('margaret.new@example.com')

      newServiceWorkerVersion()
      const devtools = await page.context().newCDPSession(page)
      await devtools.send('Network.clearBrowserCache')
      await devtools.detach()
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration()
        await registration?.update()
      })

      const banner = page.locator('.govuk-notification-banner').filter({ hasText: say.updateBody })
      await expect(banner).toBeVisible()
      const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() })
      await banner.getByRole('button', { name: say.updateReload, exact: true }).click()
      await navigated
      await expect(await settledHeading(page)).toHaveText(say.yourDetails)
      await expect(email).toHaveValue('margaret.new@example.com')
      await expect(banner).toHaveCount(0)
      // The new version now runs the page, with nothing left waiting behind it.
      expect(
        await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration()
          return { controlled: Boolean(navigator.serviceWorker.controller), waiting: Boolean(registration?.waiting) }
        }),
      ).toEqual({ controlled: true, waiting: false })
      // The form was put back from this tab's draft, not saved to the council.
      const profile = (await (await page.request.get('/api/me/profile')).json()) as { email: string }
      expect(profile.email).not.toBe('margaret.new@example.com')
    } finally {
      copyFileSync(original, distServiceWorker)
      rmSync(original)
    }
    expect(readFileSync(distServiceWorker, 'utf8')).toMatch(/\/\/# sourceMappingURL=sw\.js\.map$/)
  })
})
