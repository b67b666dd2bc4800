import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { tooLateToChangeProblemType } from '#src/gateway/contract/bookings'
import { formatMoney } from '#src/format/format'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

function owners(reference: string) {
  const booking = council.state.people.owner.bookings.find((candidate) => candidate.reference === reference)
  if (!booking) throw new Error(`Margaret Ellis has no booking ${reference}`)
  return booking
}

describe('Cancelling a booking', () => {
  it('asks first, then cancels it and says the fee paid will be refunded', async () => {
    signInAs('owner')
    const fee = formatMoney(owners('BK-70290').fee ?? 0, 'en')
    const user = userEvent.setup()
    await renderApp('/bookings/BK-70290/cancel')
    expect(await screen.findByRole('heading', { level: 1, name: 'Are you sure you want to cancel this booking?' })).toBeInTheDocument()
    expect(screen.getByText(`We will refund the ${fee} you paid to the card you paid with.`)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'No, keep my booking' })).toHaveAttribute('href', '/bookings/BK-70290')
    const confirm = screen.getByRole('button', { name: 'Yes, cancel this booking' })
    expect(confirm).toHaveClass('govuk-button--warning')
    expect(owners('BK-70290').status).toBe('booked')

    await user.click(confirm)
    expect(await screen.findByRole('heading', { level: 1, name: 'Booking cancelled' })).toBeInTheDocument()
    expect(screen.getByText('We have cancelled booking BK-70290.')).toBeInTheDocument()
    expect(screen.getByText(`We will refund ${fee} to the card you paid with within 5 working days.`)).toBeInTheDocument()
    expect(owners('BK-70290').status).toBe('cancelled')
  })

  it('of a repair visit, shows its report as it now stands, though the report was seen moments before', async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    const { router } = await renderApp('/requests/SR-1048213')
    expect(await screen.findByText('Appointment booked', { selector: '.govuk-tag' })).toBeInTheDocument()

    await router.navigate('/bookings/BK-70311/cancel')
    await user.click(await screen.findByRole('button', { name: 'Yes, cancel this booking' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Booking cancelled' })).toBeInTheDocument()
    await router.navigate('/requests/SR-1048213')

    expect(await screen.findByText('Received', { selector: '.govuk-tag' })).toBeInTheDocument()
    expect(screen.getByText(/Repair visit cancelled/)).toBeInTheDocument()
  })

  it('past the cut-off, offers no button and says why and whom to call', async () => {
    signInAs('owner')
    await renderApp('/bookings/BK-70288/cancel')
    expect(await screen.findByText('You cannot change this booking online')).toBeInTheDocument()
    expect(screen.getByText('You can change a bulky waste collection online until 24 hours before it.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Yes, cancel this booking' })).not.toBeInTheDocument()
  })

  it('says the same when the gateway refuses because the cut-off has just passed', async () => {
    signInAs('owner')
    gatewayServer.use(
      http.post('*/api/me/bookings/:reference/cancel', () =>
        HttpResponse.json(
          { type: tooLateToChangeProblemType, title: 'Too late to change this booking online', status: 409 },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    const user = userEvent.setup()
    await renderApp('/bookings/BK-70290/cancel')
    await user.click(await screen.findByRole('button', { name: 'Yes, cancel this booking' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('You cannot change this booking online')
    expect(screen.getByText('You can change a bulky waste collection online until 24 hours before it.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Yes, cancel this booking' })).not.toBeInTheDocument()
    await waitFor(() => expect(owners('BK-70290').status).toBe('booked'))
  })
})
