import type { Page } from '@playwright/test'
import { appliedKeys, controlledByServiceWorker, expect, localeText, settledHeading, signInDirectly, storedOnDevice, test } from './support'

/**
 * A resident comments with no signal, closes the tab, and opens the app again, still with no signal. The comment
 * waits: nothing can be sending it, so it never says so. When the signal returns it goes once, as it is, and never
 * asks the resident to put anything right, because nothing was wrong with it.
 */

const reference = 'SR-1047760'

const say = {
  commentLabel: localeText('en', 'requests', 'comments.label'),
  addComment: localeText('en', 'requests', 'comments.send'),
  keptUntilOnline: localeText('en', 'common', 'failures.keptUntilOnline'),
  waitingTitle: localeText('en', 'outbox', 'title'),
  waitingForConnection: localeText('en', 'outbox', 'waitingForConnection'),
  stateWaiting: localeText('en', 'outbox', 'states.queued'),
  stateSending: localeText('en', 'outbox', 'states.sending'),
  stateSent: localeText('en', 'outbox', 'states.sent'),
  stateNeedsAttention: localeText('en', 'outbox', 'states.needs-attention'),
  commentCard: localeText('en', 'outbox', 'kinds.comment').replace('{{reference}}', reference),
}

// A page asking the gateway while offline makes the browser log the failed request; nothing else may go wrong.
test.use({ expectedConsoleErrors: [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/] })

interface StoredItem {
  id: string
  kind: string
  state: string
  attempts: number
  updatedAt: number
  payload?: { body?: { text?: string } }
}

async function outboxItemSaying(page: Page, text: string): Promise<StoredItem | undefined> {
  const items = ((await storedOnDevice(page, 'outbox')) ?? []) as StoredItem[]
  return items.find((item) => item.kind === 'comment' && item.payload?.body?.text === text)
}

function waitingCard(page: Page) {
  return page.locator('.govuk-summary-card').filter({ has: page.getByRole('heading', { level: 2, name: say.commentCard }) })
}

/** Every state tag the page ever shows, however briefly, from its first moment. */
async function recordStatesShown(page: Page) {
  await page.addInitScript(() => {
    const shown: string[] = []
    Object.assign(window, { statesShown: shown })
    new MutationObserver(() => {
      for (const tag of document.querySelectorAll('.govuk-summary-card .govuk-tag')) {
        const text = tag.textContent ?? ''
        if (shown.at(-1) !== text) shown.push(text)
      }
    }).observe(document, { subtree: true, childList: true, characterData: true })
  })
}

const statesShown = (page: Page) => page.evaluate(() => (window as unknown as { statesShown: string[] }).statesShown)

test('a comment made offline in a tab since closed waits in a new tab, and is sent once when the signal returns', async ({
  page,
  context,
  browserProblems,
  expectedConsoleErrors,
}) => {
  const text = `Closed the tab while offline (${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)})`
  await signInDirectly(page, 'owner')
  await page.goto(`/requests/${reference}`)
  await controlledByServiceWorker(page)
  await expect(await settledHeading(page)).toHaveText('Street light not working')

  await context.setOffline(true)
  await page.getByLabel(say.commentLabel, { exact: true }).fill(text)
  await page.getByRole('button', { name: say.addComment, exact: true }).click()
  await expect(page.getByText(say.keptUntilOnline)).toBeVisible()
  await expect.poll(async () => (await outboxItemSaying(page, text))?.state).toBe('queued')
  const kept = await outboxItemSaying(page, text)
  if (!kept) throw new Error('The comment is not in the outbox')
  await page.close()

  const later = await context.newPage()
  later.on('console', (message) => {
    if (message.type() !== 'error') return
    const said = `${message.text()} (${message.location().url})`
    if (!expectedConsoleErrors.some((pattern) => pattern.test(said))) browserProblems.push(`console error (new tab): ${said}`)
  })
  later.on('pageerror', (error) => browserProblems.push(`page error (new tab): ${error.name}: ${error.message}`))
  await recordStatesShown(later)
  await later.goto('/waiting')
  await expect(later.getByRole('heading', { level: 1 })).toHaveText(say.waitingTitle)
  // The app's start has looked at it, and found it cannot go.
  await expect.poll(async () => (await outboxItemSaying(later, text))?.updatedAt).toBeGreaterThan(kept.updatedAt)
  await expect.poll(async () => (await outboxItemSaying(later, text))?.state).toBe('queued')
  await expect(waitingCard(later)).toContainText(say.stateWaiting)
  await expect(waitingCard(later)).toContainText(say.waitingForConnection)
  expect(await statesShown(later), 'with no signal it is never shown as being sent').not.toContain(say.stateSending)
  expect((await outboxItemSaying(later, text))?.attempts, 'nothing was tried with no signal').toBe(kept.attempts)
  expect((await appliedKeys(later))[kept.id], 'nothing reaches the gateway while offline').toBeUndefined()

  await context.setOffline(false)
  await expect(waitingCard(later)).toContainText(say.stateSent)
  await expect.poll(async () => (await outboxItemSaying(later, text))?.state).toBe('sent')
  expect(await statesShown(later), 'it never asks the resident to put anything right').not.toContain(say.stateNeedsAttention)
  expect((await appliedKeys(later))[kept.id], 'the gateway acted on it once').toBe(1)
  const saved = (await (await later.request.get(`/api/me/requests/${reference}`)).json()) as { comments: { text: string }[] }
  expect(saved.comments.filter((comment) => comment.text === text)).toHaveLength(1)
})
