import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { addToOutbox, outboxItem, updateOutboxItem } from '#src/outbox/outbox-store'
import { http, HttpResponse } from 'msw'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

/** Comments cannot get through; everything else works. */
function commentsCannotBeSent() {
  gatewayServer.use(
    http.post('*/api/me/requests/:reference/comments', () => HttpResponse.json({ title: 'Down', status: 503 }, { status: 503 })),
  )
}

const comment = (text: string) => ({ reference: 'SR-1047760', body: { text, photoIds: [] } })

describe('waiting to send', () => {
  it('shows in the header how many things are waiting, for the person signed in only', async () => {
    await addToOutbox({ id: 'c-1', personId: 'owner', kind: 'comment', payload: comment('One') })
    await addToOutbox({ id: 'c-2', personId: 'renter', kind: 'comment', payload: comment('Not theirs') })
    commentsCannotBeSent()
    signInAs('owner')
    await renderApp('/help')
    expect(await within(await screen.findByRole('banner')).findByRole('link', { name: '1 waiting to send' })).toHaveAttribute(
      'href',
      '/waiting',
    )
  })

  it('lists what is waiting, and sends it when asked', async () => {
    const user = userEvent.setup()
    commentsCannotBeSent()
    await addToOutbox({ id: 'c-3', personId: 'owner', kind: 'comment', payload: comment('Still dark at night') })
    signInAs('owner')
    await renderApp('/waiting')
    expect(await screen.findByRole('heading', { level: 2, name: 'Comment on report SR-1047760' })).toBeInTheDocument()
    expect(await screen.findByText('Waiting')).toBeInTheDocument()

    gatewayServer.resetHandlers()
    await user.click(screen.getByRole('button', { name: 'Try sending now' }))
    expect(await screen.findByRole('heading', { level: 2, name: 'Sent' })).toBeInTheDocument()
    expect(await screen.findByText('Nothing is waiting to send.')).toBeInTheDocument()
    expect(
      council.state.people.owner.requests.find((request) => request.reference === 'SR-1047760')?.comments.map((entry) => entry.text),
    ).toEqual(['Still dark at night'])
  })

  it('lets the person discard something, after asking them to be sure', async () => {
    const user = userEvent.setup()
    commentsCannotBeSent()
    await addToOutbox({ id: 'c-4', personId: 'owner', kind: 'comment', payload: comment('Never mind') })
    signInAs('owner')
    await renderApp('/waiting')
    await user.click(await screen.findByRole('button', { name: 'Discard' }))
    await user.click(screen.getByRole('button', { name: 'Yes, discard it' }))
    expect(await screen.findByText('Nothing is waiting to send.')).toBeInTheDocument()
    expect(await outboxItem('c-4')).toBeUndefined()
  })

  it('turns a refused report back into a draft to check and change', async () => {
    const user = userEvent.setup()
    await addToOutbox({
      id: 'r-1',
      personId: 'owner',
      kind: 'report-problem',
      payload: {
        report: { serviceCode: 'missed-bin', answers: {}, location: { kind: 'described', description: 'By the shops' }, details: '' },
        photos: [],
        serviceName: 'Missed bin collection',
      },
    })
    await updateOutboxItem('r-1', {
      state: 'needs-attention',
      failure: { kind: 'invalid', details: { title: 'Some answers need changing', status: 422 }, fieldErrors: {} },
    })
    signInAs('owner')
    await renderApp('/waiting')
    expect(await screen.findByText('Needs your attention')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Check and change it' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers before sending your report' })).toBeInTheDocument()
    expect(screen.getByText('By the shops')).toBeInTheDocument()
    expect(await outboxItem('r-1')).toBeUndefined()
  })

  it('gives back everything the refused report said, its photo too, kept on the device as a draft', async () => {
    const user = userEvent.setup()
    await addToOutbox({
      id: 'r-2',
      personId: 'owner',
      kind: 'report-problem',
      payload: {
        report: {
          serviceCode: 'missed-bin',
          answers: {},
          location: { kind: 'described', description: 'Behind the library' },
          details: 'Third week',
        },
        photos: [{ blob: new Blob(['photo'], { type: 'image/jpeg' }), name: 'bins.jpg' }],
        serviceName: 'Missed bin collection',
      },
    })
    await updateOutboxItem('r-2', {
      state: 'needs-attention',
      failure: { kind: 'invalid', details: { title: 'Some answers need changing', status: 422 }, fieldErrors: {} },
    })
    signInAs('owner')
    const waiting = await renderApp('/waiting')
    await user.click(await screen.findByRole('button', { name: 'Check and change it' }))
    await screen.findByRole('heading', { level: 1, name: 'Check your answers before sending your report' })
    waiting.unmount()

    await renderApp('/report/check')
    await screen.findByRole('heading', { level: 1, name: 'Check your answers before sending your report' })
    expect(screen.getByText('Behind the library')).toBeInTheDocument()
    expect(screen.getByText('Third week')).toBeInTheDocument()
    expect(screen.getByText('bins.jpg')).toBeInTheDocument()
  })

  it('warns before signing out deletes what is still waiting', async () => {
    const user = userEvent.setup()
    commentsCannotBeSent()
    await addToOutbox({ id: 'c-5', personId: 'owner', kind: 'comment', payload: comment('Important') })
    signInAs('owner')
    await renderApp('/help')
    const banner = await screen.findByRole('banner')
    await within(banner).findByRole('link', { name: '1 waiting to send' })
    await user.click(within(banner).getByRole('button', { name: 'Sign out' }))
    expect(await screen.findByRole('heading', { level: 1, name: '1 thing has not been sent yet' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Sign out and delete them' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'You have signed out' })).toBeInTheDocument()
    expect(await outboxItem('c-5')).toBeUndefined()
  })

  it('offers the nearest free times for a booking whose time went while it waited, and one tap books one instead', async () => {
    const user = userEvent.setup()
    const free = council.state.slots.filter((slot) => slot.kind === 'bulky_waste' && slot.booked < slot.capacity)
    const [gone, nearest, next] = free
    if (!gone || !nearest || !next) throw new Error('Too few free collection days')
    gone.booked = gone.capacity
    const alternatives = [nearest, next].map(({ id, kind, placeId, startsAt, endsAt }) => ({
      id,
      kind,
      placeId,
      startsAt,
      endsAt,
      available: true,
    }))
    await addToOutbox({
      id: 'b-1',
      personId: 'owner',
      kind: 'book-appointment',
      payload: { body: { kind: 'bulky_waste', slotId: gone.id, requestReference: null, items: [{ itemId: 'sofa', quantity: 1 }] } },
    })
    await updateOutboxItem('b-1', {
      state: 'needs-attention',
      failure: {
        kind: 'conflict',
        details: { type: 'urn:my-account:problem:slot-taken', title: 'That time has just been taken', status: 409, alternatives } as never,
      },
    })
    const before = council.state.people.owner.bookings.length
    signInAs('owner')
    await renderApp('/waiting')
    expect(await screen.findByText('Someone else has just booked that time')).toBeInTheDocument()
    const instead = screen.getAllByRole('button', { name: /^Book .* instead$/ })
    expect(instead).toHaveLength(2)
    expect(instead[0]).toHaveAccessibleName(/^Book \w+day \d+ \w+, 7am instead$/)
    await user.click(instead[0] as HTMLElement)

    await waitFor(() => expect(council.state.people.owner.bookings).toHaveLength(before + 1))
    expect(council.state.people.owner.bookings.at(-1)).toMatchObject({
      startsAt: nearest.startsAt,
      items: [{ itemId: 'sofa', quantity: 1 }],
    })
    await waitFor(async () => expect(await outboxItem('b-1')).toBeUndefined())
  })
})
