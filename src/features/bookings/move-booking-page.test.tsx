import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { slotTakenProblemType, tooLateToChangeProblemType, type Slot } from '#src/gateway/contract/bookings'
import { formatDay, formatTimeOf } from '#src/format/format'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

function owners(reference: string) {
  const booking = council.state.people.owner.bookings.find((candidate) => candidate.reference === reference)
  if (!booking) throw new Error(`Margaret Ellis has no booking ${reference}`)
  return booking
}

const when = (slot: { startsAt: string; endsAt: string }) =>
  `${formatDay(slot.startsAt, 'en')}, ${formatTimeOf(slot.startsAt, 'en')} to ${formatTimeOf(slot.endsAt, 'en')}`

/** The free collection times Margaret could move to, as the gateway lists them. */
async function freeCollectionTimes(): Promise<Slot[]> {
  const response = await fetch('http://localhost/api/bookings/slots/bulky_waste', { headers: { Cookie: document.cookie } })
  const { slots } = (await response.json()) as { slots: Slot[] }
  return slots.filter((slot) => slot.available && slot.startsAt !== owners('BK-70290').startsAt)
}

async function chooseFirstFreeTime(user: ReturnType<typeof userEvent.setup>) {
  const first = (await screen.findAllByRole('radio'))[0]
  if (!first) throw new Error('No free times shown')
  await user.click(first)
  await user.click(screen.getByRole('button', { name: 'Continue' }))
}

describe('Moving a booking', () => {
  it('chooses a new time, checks it, then moves the booking and says the new time', async () => {
    signInAs('owner')
    const before = owners('BK-70290')
    const oldTime = when(before)
    const user = userEvent.setup()
    await renderApp('/bookings/BK-70290/move')
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a new time' })).toBeInTheDocument()
    expect(screen.getByText(`Your booking is now on ${oldTime}.`)).toBeInTheDocument()
    await chooseFirstFreeTime(user)

    expect(await screen.findByRole('heading', { level: 1, name: 'Check the new time' })).toBeInTheDocument()
    const rows = [...document.querySelectorAll('.govuk-summary-list__row')].map((row) => row.querySelector('dd')?.textContent)
    expect(rows[1]).toBe(oldTime)
    const newTime = rows[2]
    expect(newTime).not.toBe(oldTime)
    await user.click(screen.getByRole('button', { name: 'Move my booking' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Booking moved' })).toBeInTheDocument()
    expect(screen.getByText(`Your new time is ${newTime}.`)).toBeInTheDocument()
    expect(when(owners('BK-70290'))).toBe(newTime)
  })

  it('has an address for each step: Back and Change go to the choice, still made, and the check step opened afresh asks again', async () => {
    signInAs('owner')
    const user = userEvent.setup()
    const { router } = await renderApp('/bookings/BK-70290/move/check')
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a new time' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/bookings/BK-70290/move')

    await chooseFirstFreeTime(user)
    expect(await screen.findByRole('heading', { level: 1, name: 'Check the new time' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/bookings/BK-70290/move/check')
    expect(screen.queryByRole('button', { name: 'Choose another time' })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Change New time' })).toHaveAttribute('href', '/bookings/BK-70290/move')

    await user.click(screen.getByRole('link', { name: 'Back' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a new time' })).toBeInTheDocument()
    expect((await screen.findAllByRole('radio'))[0]).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.click(await screen.findByRole('link', { name: 'Change New time' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a new time' })).toBeInTheDocument()
    expect(owners('BK-70290').status).toBe('booked')
  })

  it('when the new time has just been taken, says so and offers the nearest free times, moving nothing until one is chosen', async () => {
    signInAs('owner')
    const before = owners('BK-70290').startsAt
    const free = await freeCollectionTimes()
    const alternative = free[5] ?? free[1]
    if (!alternative) throw new Error('Not enough free collection times')
    let asked = 0
    gatewayServer.use(
      http.post('*/api/me/bookings/:reference/move', () => {
        asked += 1
        if (asked > 1) return undefined
        return HttpResponse.json(
          { type: slotTakenProblemType, title: 'That time has just been taken', status: 409, alternatives: [alternative] },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        )
      }),
    )
    const user = userEvent.setup()
    await renderApp('/bookings/BK-70290/move')
    await chooseFirstFreeTime(user)
    await user.click(await screen.findByRole('button', { name: 'Move my booking' }))

    const taken = await screen.findByRole('alert')
    expect(taken).toHaveTextContent('Someone else has just booked that time')
    expect(owners('BK-70290').startsAt).toBe(before)
    const nearest = within(screen.getByRole('group', { name: /./ }))
    const [offered] = nearest.getAllByRole('radio')
    expect(nearest.getAllByRole('radio')).toHaveLength(1)
    if (!offered) throw new Error('No alternative offered')
    await user.click(offered)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.click(await screen.findByRole('button', { name: 'Move my booking' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Booking moved' })).toBeInTheDocument()
    expect(owners('BK-70290').startsAt).toBe(alternative.startsAt)
  })

  it('says why and whom to call when the gateway says it is too late to change', async () => {
    signInAs('owner')
    gatewayServer.use(
      http.post('*/api/me/bookings/:reference/move', () =>
        HttpResponse.json(
          { type: tooLateToChangeProblemType, title: 'Too late', status: 409 },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    const user = userEvent.setup()
    await renderApp('/bookings/BK-70290/move')
    await chooseFirstFreeTime(user)
    await user.click(await screen.findByRole('button', { name: 'Move my booking' }))
    const why = await screen.findByRole('alert')
    expect(why).toHaveTextContent('You cannot change this booking online')
    expect(why).toHaveTextContent('You can change a bulky waste collection online until 24 hours before it.')
    expect(within(why).getByRole('link', { name: '020 7946 0000' })).toHaveAttribute('href', 'tel:02079460000')
  })

  it('past the cut-off, offers no new times', async () => {
    signInAs('owner')
    await renderApp('/bookings/BK-70288/move')
    expect(await screen.findByText('You cannot change this booking online')).toBeInTheDocument()
    expect(screen.queryByRole('radio')).not.toBeInTheDocument()
  })
})
