import type { QueryKey } from '@tanstack/react-query'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { openDB } from 'idb'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import type { CachedAnswer } from '#src/device/database'
import { DATABASE } from '#src/device/database'
import { formatDateTime } from '#src/format/format'
import { loadDraft, saveDraft } from '#src/device/drafts'
import { accountSummaryKey, myRequestKey, myRequestsKey } from '#src/session/account-queries'
import { sessionKey } from '#src/session/session-queries'
import { SESSION_COOKIE } from '#mocks/reference-council'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

/** What is really on the device: IndexedDB is the only place the account may be kept. */
async function onDisk() {
  const db = await openDB(DATABASE)
  const answers: CachedAnswer[] = await db.getAll('account-cache')
  const signedIn: { personId: string }[] = await db.getAll('signed-in')
  db.close()
  return { answers, signedIn }
}

async function keptAnswer(personId: string, queryKey: QueryKey) {
  const { answers } = await onDisk()
  return answers.find((answer) => answer.personId === personId && answer.queryKey === JSON.stringify(queryKey))
}

/** Waits until the device has kept what the person just saw, as it would be by the time they closed the app. */
async function untilKept(personId: string, queryKey: QueryKey) {
  let answer: CachedAnswer | undefined
  await waitFor(async () => {
    answer = await keptAnswer(personId, queryKey)
    expect(answer).toBeDefined()
  })
  if (!answer) throw new Error('Nothing kept')
  return answer
}

/** Signs in as the sign-in page does when the person answers "Yes" to "Is this a shared or public computer?". */
function signInOnSharedComputer(personId: 'tenant') {
  const session = council.startSession(personId, Date.now(), true)
  document.cookie = `${SESSION_COOKIE}=${session.id}; Path=/`
  return session
}

function loseSignal() {
  gatewayServer.use(http.all('*/api/*', () => HttpResponse.error()))
}

describe('reading the account offline', () => {
  it('shows the last-seen home page with no signal, saying when it was last updated', async () => {
    signInAs('tenant')
    const online = await renderApp('/')
    expect(await screen.findByText('You owe £186.42.')).toBeInTheDocument()
    expect(screen.queryByText(/You're offline/)).not.toBeInTheDocument()
    const kept = await untilKept('tenant', accountSummaryKey)
    online.unmount()

    loseSignal()
    await renderApp('/')
    expect(await screen.findByText('You owe £186.42.')).toBeInTheDocument()
    expect(screen.getByText('You have 1 open report.')).toBeInTheDocument()
    expect(screen.getByText(`Signed in as Precious Okafor`)).toBeInTheDocument()
    expect(
      await screen.findByText(
        `You're offline. This is what your account showed when it was last updated on ${formatDateTime(new Date(kept.updatedAt).toISOString(), 'en')}.`,
      ),
    ).toBeInTheDocument()
    expect(screen.queryByText('Check your signal or Wi-Fi, then try again. Nothing you typed has been lost.')).not.toBeInTheDocument()
  })

  it('says so in Welsh', async () => {
    signInAs('tenant')
    const online = await renderApp('/', { language: 'cy' })
    expect(await screen.findByText('Mae arnoch £186.42.', { exact: false })).toBeInTheDocument()
    const kept = await untilKept('tenant', accountSummaryKey)
    online.unmount()

    loseSignal()
    await renderApp('/', { language: 'cy' })
    expect(
      await screen.findByText(
        `Rydych chi all-lein. Dyma beth roedd eich cyfrif yn ei ddangos pan gafodd ei ddiweddaru ddiwethaf: ${formatDateTime(new Date(kept.updatedAt).toISOString(), 'cy')}.`,
      ),
    ).toBeInTheDocument()
  })

  it('shows the reports last seen, and each report last opened, with no signal', async () => {
    signInAs('tenant')
    const online = await renderApp('/requests')
    expect(await screen.findByRole('link', { name: 'Housing repair' })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('link', { name: 'Housing repair' }))
    expect(await screen.findByText('A plumber will visit between 8am and 12pm.')).toBeInTheDocument()
    await untilKept('tenant', myRequestsKey)
    await untilKept('tenant', myRequestKey('SR-1048213'))
    online.unmount()

    loseSignal()
    const offline = await renderApp('/requests')
    expect(await screen.findByRole('link', { name: 'Housing repair' })).toBeInTheDocument()
    expect(await screen.findByText(/^You're offline\. This is what your account showed/)).toBeInTheDocument()
    // Moving around asks the gateway again who is signed in, and that fails too: the person can still read.
    await userEvent.click(screen.getByRole('link', { name: 'Housing repair' }))
    expect(await screen.findByText('A plumber will visit between 8am and 12pm.')).toBeInTheDocument()
    expect(await screen.findByText(/^You're offline\. This is what your account showed/)).toBeInTheDocument()
    offline.unmount()

    await renderApp('/requests/SR-1048213')
    expect(await screen.findByText('A plumber will visit between 8am and 12pm.')).toBeInTheDocument()
    expect(await screen.findByText(/^You're offline\. This is what your account showed/)).toBeInTheDocument()
  })

  it('still says plainly that there is no signal where nothing was kept to show', async () => {
    signInAs('tenant')
    const online = await renderApp('/')
    expect(await screen.findByText('You owe £186.42.')).toBeInTheDocument()
    await untilKept('tenant', accountSummaryKey)
    online.unmount()

    loseSignal()
    await renderApp('/')
    expect(await screen.findByText('You owe £186.42.')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('link', { name: 'See your reports' }))
    expect(await screen.findByText('Check your signal or Wi-Fi, then try again. Nothing you typed has been lost.')).toBeInTheDocument()
    await userEvent.click(within(screen.getByRole('banner')).getByRole('link', { name: /^My Account/ }))
    expect(await screen.findByText('You owe £186.42.')).toBeInTheDocument()
    expect(screen.getByText(/^You're offline\. This is what your account showed/)).toBeInTheDocument()
  })

  it("never shows one person's account to another who signs in on the same device", async () => {
    signInAs('tenant')
    const tenantsVisit = await renderApp('/')
    expect(await screen.findByText('You owe £186.42.')).toBeInTheDocument()
    await untilKept('tenant', accountSummaryKey)
    tenantsVisit.unmount()

    signInAs('renter')
    // Everything on screen from the first moment: nothing of the tenant, not even their name, while the gateway is asked who this is.
    const everShown: string[] = []
    const watcher = new MutationObserver(() => everShown.push(document.body.textContent))
    watcher.observe(document.body, { subtree: true, childList: true, characterData: true })
    await renderApp('/')
    expect(await screen.findByText('You have 1 active permit.')).toBeInTheDocument()
    expect(screen.getByText('Signed in as Tomasz Nowak')).toBeInTheDocument()
    watcher.disconnect()
    expect(everShown.length).toBeGreaterThan(0)
    expect(everShown.filter((text) => text.includes('Precious Okafor') || text.includes('£186.42'))).toEqual([])
    expect(screen.queryByRole('heading', { name: 'Rent' })).not.toBeInTheDocument()

    await untilKept('renter', accountSummaryKey)
    await waitFor(async () => {
      const { answers, signedIn } = await onDisk()
      expect(answers.length).toBeGreaterThan(0)
      expect(answers.every((answer) => answer.personId === 'renter')).toBe(true)
      expect(signedIn).toEqual([expect.objectContaining({ personId: 'renter' })])
    })
  })

  it('leaves nothing to read after signing out', async () => {
    signInAs('tenant')
    const online = await renderApp('/')
    expect(await screen.findByText('You owe £186.42.')).toBeInTheDocument()
    await untilKept('tenant', accountSummaryKey)
    await userEvent.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Sign out' }))
    expect(await screen.findByRole('heading', { name: 'You have signed out' })).toBeInTheDocument()
    expect(await onDisk()).toEqual({ answers: [], signedIn: [] })
    online.unmount()

    loseSignal()
    await renderApp('/')
    expect(await screen.findByText('Check your signal or Wi-Fi, then try again. Nothing you typed has been lost.')).toBeInTheDocument()
    expect(screen.queryByText('You owe £186.42.')).not.toBeInTheDocument()
    expect(screen.queryByText(/Precious Okafor/)).not.toBeInTheDocument()
  })

  it('forgets the account once the gateway says the session has ended', async () => {
    signInAs('tenant')
    const online = await renderApp('/')
    expect(await screen.findByText('You owe £186.42.')).toBeInTheDocument()
    await untilKept('tenant', accountSummaryKey)
    online.unmount()

    council.reset()
    await renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'My Account' })).toBeInTheDocument()
    expect(screen.queryByText('You owe £186.42.')).not.toBeInTheDocument()
    await waitFor(async () => expect(await onDisk()).toEqual({ answers: [], signedIn: [] }))
  })

  it('forgets, once the gateway says the session has ended, even kept answers no page had asked for yet', async () => {
    signInAs('tenant')
    const online = await renderApp('/')
    expect(await screen.findByText('You owe £186.42.')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('link', { name: 'See your reports' }))
    expect(await screen.findByRole('link', { name: 'Housing repair' })).toBeInTheDocument()
    await untilKept('tenant', myRequestsKey)
    online.unmount()

    loseSignal()
    const { queryClient } = await renderApp('/')
    expect(await screen.findByText(/^You're offline\. This is what your account showed/)).toBeInTheDocument()
    expect(queryClient.getQueryData(myRequestsKey)).toBeDefined()

    gatewayServer.resetHandlers()
    council.reset()
    await queryClient.invalidateQueries({ queryKey: sessionKey })
    await waitFor(() => expect(queryClient.getQueryData(myRequestsKey)).toBeUndefined())
    expect(queryClient.getQueryData(accountSummaryKey)).toBeUndefined()
  })

  it('keeps nothing on a shared kiosk', async () => {
    localStorage.setItem('my-account.device-mode', 'kiosk')
    signInAs('tenant')
    const online = await renderApp('/')
    expect(await screen.findByText('You owe £186.42.')).toBeInTheDocument()
    expect(await screen.findByText('You have 1 open report.')).toBeInTheDocument()
    expect(await onDisk()).toEqual({ answers: [], signedIn: [] })
    online.unmount()

    loseSignal()
    await renderApp('/')
    expect(await screen.findByText('Check your signal or Wi-Fi, then try again. Nothing you typed has been lost.')).toBeInTheDocument()
    expect(screen.queryByText('You owe £186.42.')).not.toBeInTheDocument()
  })

  it('on a computer the person says is shared, forgets what was kept of them before, keeps nothing new, and shows nothing of them with no signal', async () => {
    signInAs('tenant')
    await saveDraft('report-a-problem', 'tenant', { serviceCode: 'housing-repair' })
    const before = await renderApp('/')
    expect(await screen.findByText('You owe £186.42.')).toBeInTheDocument()
    await untilKept('tenant', accountSummaryKey)
    before.unmount()

    signInOnSharedComputer('tenant')
    const shared = await renderApp('/')
    expect(await screen.findByText('You owe £186.42.')).toBeInTheDocument()
    expect(await screen.findByText('You have 1 open report.')).toBeInTheDocument()
    await waitFor(async () => expect(await onDisk()).toEqual({ answers: [], signedIn: [] }))
    expect(await loadDraft('report-a-problem', 'tenant')).toBeNull()
    await userEvent.click(screen.getByRole('link', { name: 'See your reports' }))
    expect(await screen.findByRole('link', { name: 'Housing repair' })).toBeInTheDocument()
    expect(await onDisk()).toEqual({ answers: [], signedIn: [] })
    shared.unmount()

    // Reloaded in the same tab with no signal: nothing of the person to show, so nothing is.
    loseSignal()
    const reloaded = await renderApp('/')
    expect(await screen.findByText('Check your signal or Wi-Fi, then try again. Nothing you typed has been lost.')).toBeInTheDocument()
    expect(screen.queryByText('You owe £186.42.')).not.toBeInTheDocument()
    expect(screen.queryByText(/Precious Okafor/)).not.toBeInTheDocument()
    reloaded.unmount()

    // A new tab, which has none of this tab's storage: still nothing.
    sessionStorage.clear()
    await renderApp('/requests')
    expect(await screen.findByText('Check your signal or Wi-Fi, then try again. Nothing you typed has been lost.')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Housing repair' })).not.toBeInTheDocument()
    expect(screen.queryByText(/Precious Okafor/)).not.toBeInTheDocument()
  })
})
