import { screen, waitFor, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { londonDate, londonTime, workingDay } from '#mocks/london-time'
import { formatDate } from '#src/format/format'
import { outboxFor } from '#src/outbox/outbox-store'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

const renterParking = () => {
  const parking = council.state.people.renter.visitorParking
  if (!parking) throw new Error('The renter has no visitor allowance')
  return parking
}
/** A weekday a few days on: Zone C is controlled then. */
const visitDay = () => workingDay(londonDate(new Date()), 3)

async function fillIn(user: UserEvent, { registration = 'ky68 bne', date = visitDay(), time = '10am', length = '3 hours' } = {}) {
  const [year = '', month = '', day = ''] = date.split('-')
  const box = await screen.findByLabelText("Your visitor's vehicle registration")
  await user.clear(box)
  if (registration) await user.type(box, registration)
  for (const [label, value] of [
    ['Day', String(Number(day))],
    ['Month', String(Number(month))],
    ['Year', year],
  ] as const) {
    await user.clear(screen.getByLabelText(label))
    await user.type(screen.getByLabelText(label), value)
  }
  await user.clear(screen.getByLabelText('Start time'))
  if (time) await user.type(screen.getByLabelText('Start time'), time)
  await user.click(screen.getByRole('radio', { name: length }))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
}

/** Booked with no signal, then the signal comes back only after the visit has begun. */
async function bookedOfflineUntilItsTimeHasPassed(user: UserEvent, registration = 'ky68 bne') {
  signInAs('renter')
  await renderApp('/parking/visitors/book')
  await fillIn(user, { registration })
  gatewayServer.use(http.all('*/api/*', () => HttpResponse.error()))
  await user.click(await screen.findByRole('button', { name: 'Book visitor permit' }))
  await screen.findByRole('heading', { level: 1, name: 'Your visitor permit will be booked when you have a signal' })
  council.moveClockOn(Date.parse(londonTime(visitDay(), 11)) - council.now())
  signInAs('renter')
  gatewayServer.resetHandlers()
}

describe('visitor permits', () => {
  it('shows what is left of the allowance in hours, the year, when it renews and when permits are needed', async () => {
    signInAs('renter')
    await renderApp('/parking/visitors')
    expect(await screen.findByRole('heading', { level: 1, name: 'Visitor permits' })).toBeInTheDocument()
    expect(screen.getByText('You have 71 hours left')).toBeInTheDocument()
    expect(screen.getByText('120 hours')).toBeInTheDocument()
    expect(screen.getByText(formatDate(renterParking().allowance.renewsOn, 'en'))).toBeInTheDocument()
    expect(screen.getByText('Monday to Saturday, 8:30am to 6:30pm')).toBeInTheDocument()

    const upcoming = screen.getByRole('table', { name: 'Upcoming visitor permits' })
    expect(
      within(upcoming)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[0]?.textContent),
    ).toEqual(['SN21 PLO', 'WR17 HGU'])
    const past = screen.getByRole('table', { name: 'Past visitor permits' })
    expect(within(past).getByText('Cancelled')).toBeInTheDocument()
    expect(within(past).getAllByText('Ended')).toHaveLength(3)
    expect(within(past).queryByRole('link')).not.toBeInTheDocument()
  })

  it('counts a day allowance in days, and says it in Welsh with Welsh plurals', async () => {
    signInAs('tenant')
    const first = await renderApp('/parking/visitors')
    expect(await screen.findByText('You have 17 days left')).toBeInTheDocument()
    first.unmount()
    signInAs('renter')
    await renderApp('/parking/visitors', { language: 'cy' })
    expect(await screen.findByText('Mae gennych 71 awr ar ôl')).toBeInTheDocument()
    expect(screen.getByText('Dydd Llun i Dydd Sadwrn, 8:30 i 18:30')).toBeInTheDocument()
  })

  it('someone whose home is in no parking zone is told plainly they have no visitor permits', async () => {
    signInAs('owner')
    await renderApp('/parking/visitors')
    expect(await screen.findByText(/Your home is not in one, so you have no visitor permits/)).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Book a visitor permit' })).not.toBeInTheDocument()
  })

  it('books a permit: answers, check answers with Change links, then the confirmation with what is left', async () => {
    signInAs('renter')
    const user = userEvent.setup()
    await renderApp('/parking/visitors')
    await user.click(await screen.findByRole('link', { name: 'Book a visitor permit' }))
    await fillIn(user)

    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers before booking' })).toBeInTheDocument()
    expect(screen.getByText('KY68 BNE', { selector: 'dd' })).toBeInTheDocument()
    expect(screen.getByText('3 hours, until 1pm')).toBeInTheDocument()
    expect(screen.getByText('3 hours of the 71 hours you have left')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Change Start time' })).toHaveAttribute('href', '/parking/visitors/book')
    await user.click(screen.getByRole('button', { name: 'Book visitor permit' }))

    const panel = await screen.findByRole('heading', { level: 1, name: 'Visitor permit booked' })
    const booked = renterParking().permits.at(-1)
    expect(booked).toMatchObject({ vehicleRegistration: 'KY68 BNE', startsAt: londonTime(visitDay(), 10), uses: 3 })
    expect(within(panel.parentElement as HTMLElement).getByText(booked?.reference ?? '')).toBeInTheDocument()
    expect(screen.getByText('You have 68 hours left.')).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Back to visitor permits' }))
    expect(await screen.findByText('You have 68 hours left')).toBeInTheDocument()
  })

  it('a registration of the wrong shape, and other answers to change, are in the error summary and keep what was typed', async () => {
    signInAs('renter')
    const user = userEvent.setup()
    await renderApp('/parking/visitors/book')
    await fillIn(user, { registration: 'NOT A PLATE', time: '7am' })

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Enter a vehicle registration in the right format, like AB12 CDE' })).toHaveAttribute(
      'href',
      '#vehicleRegistration',
    )
    expect(
      within(summary).getByRole('link', { name: 'Enter a start time between 8:30am and 6:30pm, when parking is controlled' }),
    ).toBeInTheDocument()
    expect(screen.getByLabelText("Your visitor's vehicle registration")).toHaveValue('NOT A PLATE')

    await fillIn(user, { registration: '', length: '8 hours', time: '14:00' })
    const again = await screen.findByRole('alert')
    expect(within(again).getByRole('link', { name: "Enter your visitor's vehicle registration" })).toBeInTheDocument()
    expect(
      within(again).getByRole('link', { name: 'The permit must end by 6:30pm. Choose fewer hours or the rest of the day' }),
    ).toBeInTheDocument()
    expect(renterParking().allowance.left).toBe(71)
  })

  it("the gateway's refusal of a registration is said in our words in the error summary", async () => {
    signInAs('renter')
    const user = userEvent.setup()
    await renderApp('/parking/visitors/book')
    await fillIn(user)
    gatewayServer.use(
      http.post('*/api/me/parking/visitor-permits', () =>
        HttpResponse.json(
          {
            title: 'Some answers need changing',
            status: 422,
            errors: [{ field: 'vehicleRegistration', code: 'custom', message: 'Enter a UK vehicle registration, like AB12 CDE' }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    await user.click(await screen.findByRole('button', { name: 'Book visitor permit' }))
    expect(
      await within(await screen.findByRole('alert')).findByText('Enter a vehicle registration in the right format, like AB12 CDE'),
    ).toBeInTheDocument()
  })

  it('offline, keeps the booking on the device, shows it waiting, and books it once when the signal returns', async () => {
    signInAs('renter')
    const user = userEvent.setup()
    await renderApp('/parking/visitors/book')
    await fillIn(user)
    gatewayServer.use(http.all('*/api/*', () => HttpResponse.error()))
    await user.click(await screen.findByRole('button', { name: 'Book visitor permit' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your visitor permit will be booked when you have a signal' }),
    ).toBeInTheDocument()
    expect(renterParking().allowance.left).toBe(71)
    await user.click(screen.getByRole('link', { name: 'Back to visitor permits' }))
    const upcoming = await screen.findByRole('table', { name: 'Upcoming visitor permits' })
    expect(await within(upcoming).findByText('Waiting to send')).toBeInTheDocument()

    gatewayServer.resetHandlers()
    window.dispatchEvent(new Event('online'))
    await waitFor(() => expect(renterParking().allowance.left).toBe(68))
    window.dispatchEvent(new Event('online'))
    await waitFor(() => expect([...council.state.applied.values()]).toEqual([1]))
    expect(renterParking().permits.filter((permit) => permit.vehicleRegistration === 'KY68 BNE' && !permit.cancelled)).toHaveLength(3)
  })

  it('a booking kept offline until its start had passed is not booked; the page says why and books again with what was typed', async () => {
    const user = userEvent.setup()
    await bookedOfflineUntilItsTimeHasPassed(user, 'wr17 hgu')
    window.dispatchEvent(new Event('online'))
    await waitFor(async () => expect((await outboxFor('renter'))[0]?.state).toBe('needs-attention'))
    expect(renterParking().allowance.left).toBe(71)

    await user.click(screen.getByRole('link', { name: 'Back to visitor permits' }))
    const banner = await screen.findByRole('region', { name: 'Not booked' })
    expect(within(banner).getByText('Your visitor permit for WR17 HGU was not booked')).toBeInTheDocument()
    expect(
      within(banner).getByText('Its start time had passed before it could be sent. Nothing was taken from your allowance.'),
    ).toBeInTheDocument()
    await user.click(within(banner).getByRole('link', { name: 'Book it again for another time' }))

    await waitFor(() => expect(screen.getByLabelText("Your visitor's vehicle registration")).toHaveValue('WR17 HGU'))
    expect(screen.getByLabelText('Start time')).toHaveValue('10:00')
    expect(screen.getByRole('radio', { name: '3 hours' })).toBeChecked()
    expect(screen.getByText('Your visitor permit for WR17 HGU was not booked')).toBeInTheDocument()
    await waitFor(async () => expect(await outboxFor('renter')).toEqual([]))
  })

  it('the waiting page says a booking was not made because its time had passed, and offers to book again', async () => {
    const user = userEvent.setup()
    await bookedOfflineUntilItsTimeHasPassed(user)
    await user.click(screen.getByRole('link', { name: 'See what is waiting to send' }))
    await user.click(await screen.findByRole('button', { name: 'Try sending now' }))

    expect(await screen.findByText(/This visitor permit was not booked because its start time had passed/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Book it again for another time' }))
    await waitFor(() => expect(screen.getByLabelText("Your visitor's vehicle registration")).toHaveValue('KY68 BNE'))
  })

  it('cancels one not yet started, and its hours go back to the allowance', async () => {
    signInAs('renter')
    const user = userEvent.setup()
    await renderApp('/parking/visitors')
    await user.click(await screen.findByRole('link', { name: /^Cancel visitor permit for SN21 PLO/ }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Are you sure you want to cancel this visitor permit?' }),
    ).toBeInTheDocument()
    expect(screen.getByText('The 3 hours it uses will go back to your allowance.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Yes, cancel it' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Visitor permit cancelled' })).toBeInTheDocument()
    expect(screen.getByText('3 hours went back to your allowance. You have 74 hours left.')).toBeInTheDocument()
    expect(renterParking().permits.find((permit) => permit.reference === 'VP-40266')?.cancelled).toBe(true)
  })

  it('one that has started or ended cannot be cancelled, and the page says so', async () => {
    signInAs('renter')
    const started = renterParking().permits.find((permit) => permit.reference === 'VP-40270')
    if (!started) throw new Error('No permit VP-40270')
    started.startsAt = new Date(Date.now() - 60 * 60 * 1000).toISOString()
    const first = await renderApp('/parking/visitors/VP-40270/cancel')
    expect(await screen.findByText('This visitor permit has started, so it cannot be cancelled.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Yes, cancel it' })).not.toBeInTheDocument()
    first.unmount()

    await renderApp('/parking/visitors/VP-40251/cancel')
    expect(await screen.findByText('This visitor permit has ended, so it cannot be cancelled.')).toBeInTheDocument()
  })
})
