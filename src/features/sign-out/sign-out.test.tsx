import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { loadDraft, saveDraft } from '#src/device/drafts'
import { addToOutbox, outboxItem } from '#src/outbox/outbox-store'
import { accountSummaryKey } from '#src/session/account-queries'
import { profileKey } from '#src/session/profile-queries'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

describe('signing out', () => {
  it('ends the session at the gateway and leaves nothing of the person in the browser', async () => {
    const user = userEvent.setup()
    const session = signInAs('tenant')
    localStorage.setItem('my-account.language', 'en')
    sessionStorage.setItem('my-account.kept-through-reload.your-details', '{"email":"x"}')
    localStorage.setItem('my-account.device-mode', 'library-kiosk-settings-stay')
    await saveDraft('report-a-problem', 'tenant', { serviceCode: 'housing-repair' })
    const { queryClient, router } = await renderApp('/')
    await screen.findByText('You owe £186.42.')
    expect(queryClient.getQueryData(accountSummaryKey)).toBeTruthy()

    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Sign out' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'You have signed out' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/signed-out')
    expect(council.state.sessions.has(session.id)).toBe(false)
    expect(Object.keys(localStorage)).toEqual(['my-account.device-mode'])
    expect(await loadDraft('report-a-problem', 'tenant')).toBeNull()
    expect(sessionStorage.length).toBe(0)
    expect(queryClient.getQueryData(accountSummaryKey)).toBeUndefined()
    expect(queryClient.getQueryData(profileKey)).toBeUndefined()
    expect(screen.queryByText(/Precious Okafor/)).not.toBeInTheDocument()
    expect(screen.getByText('Nothing from your account is left on this device.')).toBeInTheDocument()
  })

  it('still clears the browser, and says what to do, when the gateway cannot be reached', async () => {
    const user = userEvent.setup()
    signInAs('tenant')
    gatewayServer.use(http.post('*/api/auth/sign-out', () => HttpResponse.error()))
    const { queryClient } = await renderApp('/')
    await screen.findByText('You owe £186.42.')
    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Sign out' }))
    expect(await screen.findByText(/We could not reach our system to end your session/)).toBeInTheDocument()
    await waitFor(() => expect(queryClient.getQueryData(accountSummaryKey)).toBeUndefined())
  })

  it('warns, and deletes nothing, when something saved a moment ago is not yet counted on screen', async () => {
    // No signal: what is saved stays waiting.
    gatewayServer.use(http.post('*/api/me/requests/:reference/comments', () => HttpResponse.error()))
    const session = signInAs('owner')
    await renderApp('/help')
    const signOut = await within(await screen.findByRole('banner')).findByRole('button', { name: 'Sign out' })

    await addToOutbox({
      id: 'c-just-saved',
      personId: 'owner',
      kind: 'comment',
      payload: { reference: 'SR-1047760', body: { text: 'Still dark', photoIds: [] } },
    })
    // Clicked at once, in the same moment: the count on screen has not been read again yet.
    fireEvent.click(signOut)

    expect(await screen.findByRole('heading', { level: 1, name: '1 thing has not been sent yet' })).toBeInTheDocument()
    expect(await outboxItem('c-just-saved')).toBeDefined()
    expect(council.state.sessions.has(session.id)).toBe(true)
  })
})
