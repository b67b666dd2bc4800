import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { council, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

const tenantVisits = () => council.state.people.tenant.bookings.filter((booking) => booking.kind === 'housing_repair')

describe('booking a repair visit', () => {
  it('shows free times day by day, and when the time chosen is taken first, offers the nearest ones and books only one chosen', async () => {
    const user = userEvent.setup()
    signInAs('tenant')
    const before = tenantVisits().length
    await renderApp('/report/book-repair')
    await screen.findByRole('heading', { level: 1, name: 'Choose a time for the repair visit' })
    expect((await screen.findAllByRole('heading', { level: 2 })).length).toBeGreaterThan(0)
    const first = (await screen.findAllByRole('radio'))[0] as HTMLInputElement
    await user.click(first)
    const slot = council.state.slots.find((candidate) => candidate.id === first.value)
    if (!slot) throw new Error('No such slot')
    slot.booked = slot.capacity
    await user.click(screen.getByRole('button', { name: 'Book this time' }))

    expect(await screen.findByText('Someone else has just booked that time')).toBeInTheDocument()
    expect(tenantVisits()).toHaveLength(before)
    await user.click(screen.getByRole('button', { name: 'Book this time instead' }))
    expect(await screen.findByText('Select one of the nearest free times', { selector: 'a' })).toBeInTheDocument()
    const nearest = within(screen.getByRole('group', { name: 'Nearest free times' })).getAllByRole('radio') as HTMLInputElement[]
    await user.click(nearest[0] as HTMLElement)
    await user.click(screen.getByRole('button', { name: 'Book this time instead' }))
    await screen.findByRole('heading', { level: 1, name: 'Appointment booked' })
    const chosen = council.state.slots.find((candidate) => candidate.id === nearest[0]?.value)
    expect(
      tenantVisits()
        .slice(before)
        .map((booking) => booking.startsAt),
    ).toEqual([chosen?.startsAt])
  })
})
