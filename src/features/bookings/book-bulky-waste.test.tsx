import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

type User = ReturnType<typeof userEvent.setup>

afterEach(() => {
  vi.restoreAllMocks()
})

const newCollections = (before: number) =>
  council.state.people.owner.bookings.filter((booking) => booking.kind === 'bulky_waste').slice(before)
const collectionsNow = () => council.state.people.owner.bookings.filter((booking) => booking.kind === 'bulky_waste').length

async function typeQuantity(user: User, item: string, quantity: string) {
  const field = screen.getByLabelText(item)
  await user.clear(field)
  if (quantity) await user.type(field, quantity)
}

async function chooseItemsAndTime(user: User) {
  await screen.findByRole('heading', { level: 1, name: 'What do you want collected?' })
  expect(await screen.findByText('£20.00 each, up to 2')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  expect(await screen.findByText('Enter how many of at least one thing you want collected', { selector: 'a' })).toBeInTheDocument()

  await typeQuantity(user, 'Sofa', 'two')
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  expect(await screen.findByText('Enter how many Sofa as a number, like 2', { selector: 'a' })).toHaveAttribute('href', '#item-sofa')

  await typeQuantity(user, 'Sofa', '3')
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  expect(await screen.findByText('You can have up to 2 Sofa collected', { selector: 'a' })).toBeInTheDocument()

  await typeQuantity(user, 'Sofa', '2')
  await typeQuantity(user, 'Carpet or rug', '5')
  await typeQuantity(user, 'Table', '4')
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  expect(
    await screen.findByText('You can have up to 10 things collected at a time. You have entered 11', { selector: 'a' }),
  ).toBeInTheDocument()

  await typeQuantity(user, 'Table', '')
  await typeQuantity(user, 'Carpet or rug', '')
  await typeQuantity(user, 'Mattress', '1')
  expect(screen.getByText('3 things, total £55.00')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Continue' }))

  await screen.findByRole('heading', { level: 1, name: 'Choose a time' })
  await user.click((await screen.findAllByRole('radio'))[0] as HTMLElement)
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await screen.findByRole('heading', { level: 1, name: 'Check your answers' })
}

describe('booking a bulky-waste collection', () => {
  it('prices the items, keeps the time while answers are checked, and goes on to pay for the collection', async () => {
    const user = userEvent.setup()
    signInAs('owner')
    const before = collectionsNow()
    const { router } = await renderApp('/bookings/bulky-waste')
    await chooseItemsAndTime(user)
    expect(screen.getByText('£55.00')).toBeInTheDocument()
    expect(screen.getByText(/we keep this time for you for 30 minutes while you pay/)).toBeInTheDocument()
    await user.click(screen.getByLabelText('No reminder'))
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }))

    const [collection] = await waitFor(() => {
      expect(newCollections(before)).toHaveLength(1)
      return newCollections(before)
    })
    await waitFor(() => expect(router.state.location.pathname).toBe(`/payments/pay/booking-${collection?.reference}`))
    expect(collection).toMatchObject({
      status: 'awaiting_payment',
      fee: 5500,
      items: [
        { itemId: 'sofa', quantity: 2 },
        { itemId: 'mattress', quantity: 1 },
      ],
    })
    expect(await screen.findByText('£55.00')).toBeInTheDocument()
  })

  it('says it cannot be paid for without a signal, sends nothing and keeps the answers', async () => {
    const user = userEvent.setup()
    signInAs('owner')
    const before = collectionsNow()
    const first = await renderApp('/bookings/bulky-waste')
    await chooseItemsAndTime(user)
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    gatewayServer.use(http.all('*/api/*', () => HttpResponse.error()))
    window.dispatchEvent(new Event('offline'))
    expect(await screen.findByText(/You cannot pay without a signal/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Continue to payment' })).toBeDisabled()
    expect(newCollections(before)).toHaveLength(0)

    vi.restoreAllMocks()
    gatewayServer.resetHandlers()
    window.dispatchEvent(new Event('online'))
    first.unmount()
    await renderApp('/bookings/bulky-waste')
    expect(await screen.findByLabelText('Sofa')).toHaveValue('2')
    expect(screen.getByLabelText('Mattress')).toHaveValue('1')
  })

  it('offers the nearest free days when the collection day has gone, and books none until one is chosen', async () => {
    const user = userEvent.setup()
    signInAs('owner')
    const before = collectionsNow()
    await renderApp('/bookings/bulky-waste')
    await chooseItemsAndTime(user)
    for (const hold of council.state.holds.values()) {
      if (hold.personId !== 'owner' || hold.state !== 'held') continue
      hold.state = 'released'
      const slot = council.state.slots.find((candidate) => candidate.id === hold.slotId)
      if (slot) slot.booked = slot.capacity
    }
    await user.click(screen.getByLabelText('No reminder'))
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }))
    expect(await screen.findByText('Someone else has just booked that time')).toBeInTheDocument()
    expect(newCollections(before)).toHaveLength(0)
    const nearest = within(screen.getByRole('group', { name: 'Nearest free times' })).getAllByRole('radio')
    await user.click(nearest[0] as HTMLElement)
    await user.click(screen.getByRole('button', { name: 'Book this time and continue to payment' }))
    await waitFor(() => expect(newCollections(before)).toHaveLength(1))
  })
})
