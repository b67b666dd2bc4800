import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { outboxFor } from '#src/outbox/outbox-store'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

type User = ReturnType<typeof userEvent.setup>

beforeEach(() => {
  seeded = council.state.people.renter.bookings.filter((booking) => booking.kind === 'face_to_face').length
})

afterEach(() => {
  vi.restoreAllMocks()
})

/** Another resident books every place left in the slot, as if they had pressed "Book" a moment earlier. */
function someoneElseTakes(slotId: string) {
  const slot = council.state.slots.find((candidate) => candidate.id === slotId)
  if (!slot) throw new Error(`No slot ${slotId}`)
  slot.booked = slot.capacity
  for (const hold of council.state.holds.values()) if (hold.slotId === slotId && hold.state === 'held') hold.state = 'released'
}

function loseSignal() {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
  gatewayServer.use(http.all('*/api/*', () => HttpResponse.error()))
}

function signalBack() {
  vi.restoreAllMocks()
  gatewayServer.resetHandlers()
  window.dispatchEvent(new Event('online'))
}

/** The renter's face-to-face appointments made in this test, after those the demo person starts with. */
let seeded = 0
const renterBookings = () => council.state.people.renter.bookings.filter((booking) => booking.kind === 'face_to_face').slice(seeded)

async function answerUpToTime(user: User) {
  await user.click(await screen.findByRole('button', { name: 'Continue' }))
  expect(await screen.findByText('Select where you would like to come', { selector: 'a' })).toBeInTheDocument()
  await user.click(screen.getByLabelText('Elmwood Library'))
  expect(screen.getByText('62 Elmwood Road, London SE24 9NP')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Continue' }))

  await screen.findByRole('heading', { level: 1, name: 'What is the appointment about?' })
  await user.click(screen.getByLabelText('Council Tax'))
  await user.click(screen.getByRole('button', { name: 'Continue' }))

  await screen.findByRole('heading', { level: 1, name: 'Do you need an interpreter?' })
  await user.click(screen.getByLabelText('Yes'))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  expect(await screen.findByText('Select the language you need', { selector: 'a' })).toBeInTheDocument()
  await user.selectOptions(screen.getByLabelText('Which language?'), 'Polski')
  await user.click(screen.getByRole('button', { name: 'Continue' }))

  await screen.findByRole('heading', { level: 1, name: 'Choose a time' })
  return (await screen.findAllByRole('radio'))[0] as HTMLInputElement
}

describe('booking a face-to-face appointment', () => {
  it('asks one question a page, keeps the time chosen while answers are checked, and books it', async () => {
    const user = userEvent.setup()
    signInAs('renter')
    await renderApp('/bookings/face-to-face')
    const first = await answerUpToTime(user)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByText('Select a time', { selector: 'a' })).toBeInTheDocument()
    await user.click(first)
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    await screen.findByRole('heading', { level: 1, name: 'Check your answers' })
    expect(screen.getByText(/We are keeping this time for you until/)).toBeInTheDocument()
    const held = [...council.state.holds.values()].filter((hold) => hold.personId === 'renter' && hold.state === 'held')
    expect(held.map((hold) => hold.slotId)).toEqual([first.value])
    expect(within(screen.getByRole('main')).getByText('Polski')).toHaveAttribute('lang', 'pl')
    expect(screen.getByRole('link', { name: 'Change What it is about' })).toHaveAttribute('href', '/bookings/face-to-face/purpose?change=1')

    await user.click(screen.getByRole('button', { name: 'Book appointment' }))
    expect(await screen.findByText('Select whether you want a reminder', { selector: 'a' })).toBeInTheDocument()
    await user.click(screen.getByLabelText('Yes, remind me the day before'))
    await user.click(screen.getByRole('button', { name: 'Book appointment' }))

    const panel = await screen.findByRole('heading', { level: 1, name: 'Appointment booked' })
    const [booked] = renterBookings()
    expect(booked).toMatchObject({ purpose: 'council_tax', interpreter: 'pl', reminder: 'day_before', place: { id: 'elmwood-library' } })
    expect(panel.parentElement).toHaveTextContent(booked?.reference ?? 'no booking')
    expect(screen.getByRole('heading', { level: 2, name: 'What to bring' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'See this booking' })).toHaveAttribute('href', `/bookings/${booked?.reference}`)
    expect(screen.getByRole('link', { name: 'Your bookings' })).toHaveAttribute('href', '/bookings')
  })

  it('keeps the answers through a reload', async () => {
    const user = userEvent.setup()
    signInAs('renter')
    const first = await renderApp('/bookings/face-to-face')
    await answerUpToTime(user)
    first.unmount()
    await renderApp('/bookings/face-to-face/interpreter')
    expect(await screen.findByLabelText('Yes')).toBeChecked()
    expect(screen.getByLabelText('Which language?')).toHaveValue('pl')
  })

  it('says plainly when someone else takes the time before it is kept, and offers the nearest free times', async () => {
    const user = userEvent.setup()
    signInAs('renter')
    await renderApp('/bookings/face-to-face')
    const first = await answerUpToTime(user)
    await user.click(first)
    someoneElseTakes(first.value)
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(await screen.findByText('Someone else has just booked that time')).toBeInTheDocument()
    const nearest = within(screen.getByRole('group', { name: 'Nearest free times' })).getAllByRole('radio')
    expect(nearest.length).toBeGreaterThan(0)
    expect(renterBookings()).toHaveLength(0)
    await user.click(nearest[0] as HTMLElement)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' })
    expect(screen.getByText(/We are keeping this time for you until/)).toBeInTheDocument()
  })

  it('says plainly when the time is lost between choosing and confirming, and books only the time then chosen', async () => {
    const user = userEvent.setup()
    signInAs('renter')
    await renderApp('/bookings/face-to-face')
    const first = await answerUpToTime(user)
    const lost = first.value
    await user.click(first)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' })
    someoneElseTakes(lost)
    await user.click(screen.getByLabelText('No reminder'))
    await user.click(screen.getByRole('button', { name: 'Book appointment' }))

    expect(await screen.findByText('Someone else has just booked that time')).toBeInTheDocument()
    expect(renterBookings()).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: 'Book this time instead' }))
    expect(await screen.findByText('Select one of the nearest free times', { selector: 'a' })).toBeInTheDocument()
    const nearest = within(screen.getByRole('group', { name: 'Nearest free times' })).getAllByRole('radio') as HTMLInputElement[]
    const chosen = nearest[0]?.value
    await user.click(nearest[0] as HTMLElement)
    await user.click(screen.getByRole('button', { name: 'Book this time instead' }))
    await screen.findByRole('heading', { level: 1, name: 'Appointment booked' })
    const slot = council.state.slots.find((candidate) => candidate.id === chosen)
    expect(renterBookings().map((booking) => booking.startsAt)).toEqual([slot?.startsAt])
  })

  it('books offline as a request for the slot, and offers the nearest times on "Waiting to send" if it has gone', async () => {
    const user = userEvent.setup()
    signInAs('renter')
    await renderApp('/bookings/face-to-face')
    const first = await answerUpToTime(user)
    const wanted = first.value
    await user.click(first)
    loseSignal()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' })
    expect(screen.getByText(/we could not keep this time for you/)).toBeInTheDocument()
    await user.click(screen.getByLabelText('No reminder'))
    await user.click(screen.getByRole('button', { name: 'Book appointment' }))
    await screen.findByRole('heading', { level: 1, name: 'Your booking will be sent when you are back online' })
    const [waiting] = await outboxFor('renter')
    expect(waiting?.payload).toMatchObject({ body: { kind: 'face_to_face', slotId: wanted, purpose: 'council_tax' } })

    someoneElseTakes(wanted)
    signalBack()
    // Back online, the app sends what waits by itself.
    await user.click(screen.getByRole('link', { name: 'See what is waiting to send' }))
    expect(await screen.findByText('Someone else has just booked that time')).toBeInTheDocument()
    expect(renterBookings()).toHaveLength(0)
    const instead = screen.getAllByRole('button', { name: /^Book .* instead$/ })
    expect(instead[0]).toHaveAccessibleName(/^Book \w+day \d+ \w+, \d{1,2}(:\d\d)?[ap]m instead$/)
    await user.click(instead[0] as HTMLElement)

    await waitFor(() => expect(renterBookings()).toHaveLength(1))
    expect(renterBookings()[0]?.startsAt).not.toBe(council.state.slots.find((slot) => slot.id === wanted)?.startsAt)
    await waitFor(async () => expect((await outboxFor('renter')).filter((item) => item.state !== 'sent')).toHaveLength(0))
  })
})
