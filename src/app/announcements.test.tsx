import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { addToOutbox, removeFromOutbox, updateOutboxItem } from '#src/outbox/outbox-store'
import { signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

function spokenPolitely(text: string) {
  const region = screen.getByText(text).closest('[aria-live]')
  expect(region).toHaveAttribute('aria-live', 'polite')
  expect(region).toHaveAttribute('role', 'status')
}

describe('what is announced to screen readers', () => {
  it('says when the connection goes and comes back', async () => {
    signInAs('owner')
    await renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'Your account' })

    window.dispatchEvent(new Event('offline'))
    spokenPolitely(
      await screen.findByText("You're offline. What you send will wait until you're back online.").then((found) => found.textContent ?? ''),
    )
    window.dispatchEvent(new Event('online'))
    spokenPolitely(await screen.findByText("You're back online.").then((found) => found.textContent ?? ''))
  })

  it('says how many things are waiting to send once a try has failed, and when all of them have gone', async () => {
    signInAs('owner')
    await renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'Your account' })

    await addToOutbox({
      id: 'comment-1',
      personId: 'owner',
      kind: 'comment',
      payload: { reference: 'SR-1047760', body: { text: 'Still dark', photoIds: [] } },
    })
    // The header counts it at once, but it is not announced yet: it may go at once. It is waiting once a try has failed.
    expect(await screen.findByRole('link', { name: '1 waiting to send' })).toBeInTheDocument()
    expect(screen.queryByText('1 thing waiting to send')).not.toBeInTheDocument()
    await updateOutboxItem('comment-1', { failure: { kind: 'offline' } })
    spokenPolitely(await screen.findByText('1 thing waiting to send').then((found) => found.textContent ?? ''))
    await removeFromOutbox('comment-1')
    spokenPolitely(await screen.findByText('Everything waiting has been sent.').then((found) => found.textContent ?? ''))
  })
})
