import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { council, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

describe('feedback', () => {
  it('asks for an answer before sending an empty form', async () => {
    const user = userEvent.setup()
    await renderApp('/feedback')
    await user.click(await screen.findByRole('button', { name: 'Send feedback' }))
    const summary = await screen.findByRole('alert')
    expect(
      within(summary).getByRole('link', { name: 'Tell us how you felt about the service or how we could improve it' }),
    ).toHaveAttribute('href', '#comments')
    expect(council.state.feedback).toHaveLength(0)
  })

  it('treats feedback made only of blank and invisible characters as empty, keeping what was typed', async () => {
    const user = userEvent.setup()
    await renderApp('/feedback')
    const box = await screen.findByLabelText('How could we improve this service?')
    await user.click(box)
    await user.paste(' \u200B\n\u2060\uFEFF ')
    await user.click(screen.getByRole('button', { name: 'Send feedback' }))
    const summary = await screen.findByRole('alert')
    expect(
      within(summary).getByRole('link', { name: 'Tell us how you felt about the service or how we could improve it' }),
    ).toHaveAttribute('href', '#comments')
    expect(box).toHaveValue(' \u200B\n\u2060\uFEFF ')
    expect(council.state.feedback).toHaveLength(0)
  })

  it('sends a satisfaction answer with blank comments as no comments', async () => {
    const user = userEvent.setup()
    await renderApp('/feedback')
    await user.click(await screen.findByLabelText('Neither satisfied nor dissatisfied'))
    await user.click(screen.getByLabelText('How could we improve this service?'))
    await user.paste('\u200B\u200B')
    await user.click(screen.getByRole('button', { name: 'Send feedback' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Thank you for your feedback' })).toBeInTheDocument()
    expect(council.state.feedback).toEqual([expect.objectContaining({ satisfaction: 'neutral', comments: '' })])
  })

  it('stores feedback at the gateway, once, and says thank you', async () => {
    const user = userEvent.setup()
    await renderApp('/feedback')
    await user.click(await screen.findByLabelText('Satisfied'))
    await user.type(screen.getByLabelText('How could we improve this service?'), 'Bigger buttons at the library')
    await user.click(screen.getByRole('button', { name: 'Send feedback' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Thank you for your feedback' })).toBeInTheDocument()
    expect(council.state.feedback).toEqual([
      expect.objectContaining({ satisfaction: 'satisfied', comments: 'Bigger buttons at the library', personId: null }),
    ])
  })

  it('sends the same feedback only once when the first answer was lost and it is sent again', async () => {
    const user = userEvent.setup()
    // The gateway keeps Idempotency-Keys only for someone signed in: nobody can replay a stranger's key.
    signInAs('owner')
    await renderApp('/feedback')
    await user.type(await screen.findByLabelText('How could we improve this service?'), 'Works well')
    // The council stores the first attempt but the answer never arrives; the client retries with the same key.
    council.state.faults.dropAfterActing = 1
    await user.click(screen.getByRole('button', { name: 'Send feedback' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Thank you for your feedback' })).toBeInTheDocument()
    expect(council.state.faults.dropAfterActing).toBe(0)
    expect(council.state.feedback).toEqual([expect.objectContaining({ comments: 'Works well', personId: 'owner' })])
    expect([...council.state.applied.values()]).toEqual([1])
  })

  it('asks the one satisfaction question on a confirmation page and stores the answer', async () => {
    const user = userEvent.setup()
    signInAs('owner')
    await renderApp('/your-details/updated')
    await user.click(await screen.findByRole('button', { name: 'Send feedback' }))
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: 'Select how you felt about this service' })).toHaveAttribute(
      'href',
      '#satisfaction',
    )
    await user.click(screen.getByLabelText('Very satisfied'))
    await user.click(screen.getByRole('button', { name: 'Send feedback' }))
    expect(await screen.findByText('Thank you for your feedback.')).toBeInTheDocument()
    expect(council.state.feedback).toEqual([
      expect.objectContaining({ page: 'your-details', satisfaction: 'very_satisfied', personId: 'owner' }),
    ])
  })
})
