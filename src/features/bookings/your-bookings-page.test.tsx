import { screen, waitFor, within } from '@testing-library/react'
import { openDB } from 'idb'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { DATABASE } from '#src/device/database'
import { formatDay, formatTimeOf } from '#src/format/format'
import { myBookingsKey } from '#src/session/account-queries'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'
import { aBooking, library } from './booking-page-fixtures'

function section(name: string) {
  return within(screen.getByRole('region', { name }))
}

/** Each booking in a section: its link, tags and details. */
function bookingsIn(name: string) {
  return section(name)
    .getAllByRole('listitem')
    .filter((item) => item.parentElement?.closest('li') === null)
    .map((item) => ({
      item,
      link: within(item).getAllByRole('link')[0],
      tags: [...item.querySelectorAll('.govuk-tag')].map((tag) => ({ text: tag.textContent, className: tag.className })),
      details: Object.fromEntries(
        [...item.querySelectorAll('.govuk-summary-list__row')].map((row) => [
          row.querySelector('dt')?.textContent,
          row.querySelector('dd')?.textContent,
        ]),
      ),
    }))
}

const when = (booking: { startsAt: string; endsAt: string }) =>
  `${formatDay(booking.startsAt, 'en')}, ${formatTimeOf(booking.startsAt, 'en')} to ${formatTimeOf(booking.endsAt, 'en')}`

describe('Your bookings', () => {
  it('asks someone signed out to sign in and come back here', async () => {
    await renderApp('/bookings')
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to continue' })).toBeInTheDocument()
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/api/auth/sign-in?returnTo=%2Fbookings',
    )
  })

  it('lists bookings coming up, earliest first, then past and cancelled ones, latest first, each with where, when and its status', async () => {
    signInAs('renter')
    const appointment = aBooking({
      reference: 'BK-90003',
      kind: 'face_to_face',
      description: 'Appointment at Kestrel Library',
      place: library,
      purpose: 'housing',
      interpreter: 'pl',
      hoursAhead: 24 * 9,
    })
    const repair = aBooking({ reference: 'BK-90001', hoursAhead: 24 * 2 })
    const done = aBooking({
      reference: 'BK-80001',
      kind: 'face_to_face',
      description: 'Appointment at the Civic Centre',
      status: 'completed',
      hoursAhead: -24 * 30,
      changeUntil: null,
    })
    const cancelled = aBooking({
      reference: 'BK-80002',
      description: 'Bulky waste collection',
      kind: 'bulky_waste',
      status: 'cancelled',
      hoursAhead: 24 * 4,
      changeUntil: null,
    })
    council.state.people.renter.bookings = [appointment, done, repair, cancelled]
    await renderApp('/bookings')
    expect(await screen.findByRole('heading', { level: 1, name: 'Your bookings' })).toBeInTheDocument()
    await screen.findByRole('region', { name: 'Coming up' })

    const upcoming = bookingsIn('Coming up')
    expect(upcoming.map((booking) => booking.link?.textContent)).toEqual([
      'Repair visit: kitchen tap leaking (SR-1048213)',
      'Appointment at Kestrel Library',
    ])
    expect(upcoming[0]?.link).toHaveAttribute('href', '/bookings/BK-90001')
    expect(upcoming[0]?.details).toEqual({ Reference: 'BK-90001', Where: 'At your home', When: when(repair), Status: 'Booked' })
    expect(upcoming[0]?.tags).toEqual([{ text: 'Booked', className: 'govuk-tag govuk-tag--green' }])
    expect(upcoming[1]?.details).toMatchObject({
      Reference: 'BK-90003',
      Where: `Kestrel Library${library.address}`,
      When: when(appointment),
    })

    const past = bookingsIn('Past and cancelled')
    expect(past.map((booking) => booking.details.Reference)).toEqual(['BK-80002', 'BK-80001'])
    expect(past.map((booking) => booking.tags)).toEqual([
      [{ text: 'Cancelled', className: 'govuk-tag govuk-tag--red' }],
      [{ text: 'Completed', className: 'govuk-tag govuk-tag--grey' }],
    ])
    // What to have ready is for what is still to come.
    expect(within(past[0]?.item as HTMLElement).queryByText('What to have ready')).not.toBeInTheDocument()
  })

  it('says what to have ready for each kind of booking', async () => {
    signInAs('renter')
    const sofa = { id: 'sofa', name: 'Sofa or settee', price: 1500, mostPerCollection: 3 }
    gatewayServer.use(
      http.get('*/api/bookings/options', () =>
        HttpResponse.json({ bulkyItems: [sofa], places: [library], purposes: ['housing'], payWithinMinutes: 30 }),
      ),
    )
    council.state.people.renter.bookings = [
      aBooking({ reference: 'BK-90001', hoursAhead: 24 * 2 }),
      aBooking({
        reference: 'BK-90002',
        kind: 'bulky_waste',
        description: 'Bulky waste collection',
        fee: 3500,
        paid: true,
        items: [{ itemId: sofa.id, quantity: 2 }],
        hoursAhead: 24 * 3,
      }),
      aBooking({
        reference: 'BK-90003',
        kind: 'face_to_face',
        description: 'Appointment at Kestrel Library',
        place: library,
        purpose: 'benefits',
        interpreter: 'pl',
        hoursAhead: 24 * 4,
      }),
    ]
    await renderApp('/bookings')
    await screen.findByRole('region', { name: 'Coming up' })
    const [repair, collection, appointment] = bookingsIn('Coming up').map((booking) => within(booking.item))

    expect(repair?.getByText('Clear the way to the repair, so the repairer can reach it.')).toBeInTheDocument()
    expect(repair?.getByText('Make sure someone aged 18 or over is at home.')).toBeInTheDocument()

    expect(collection?.getByText('Put your items outside by 7am on the day, where the crew can see them.')).toBeInTheDocument()
    await waitFor(() => expect(collection?.getByText(`${sofa.name} × 2`)).toBeInTheDocument())

    expect(appointment?.getByText('Bring photo ID, such as a passport or driving licence.')).toBeInTheDocument()
    expect(appointment?.getByText('Bring any letters about what you want to talk about.')).toBeInTheDocument()
    expect(appointment?.getByText('We have booked an interpreter in Polish.')).toBeInTheDocument()
  })

  it('links a collection awaiting payment to paying for it', async () => {
    signInAs('owner')
    const payBy = new Date(Date.now() + 20 * 60 * 1000).toISOString()
    council.state.people.owner.bookings = [
      aBooking({
        reference: 'BK-90010',
        kind: 'bulky_waste',
        description: 'Bulky waste collection',
        status: 'awaiting_payment',
        fee: 3500,
        payBy,
      }),
    ]
    gatewayServer.use(
      http.get('*/api/me/owed', () =>
        HttpResponse.json({
          owed: [
            {
              id: 'booking-BK-90010',
              kind: 'booking',
              description: 'Bulky waste collection',
              amount: 3500,
              dueBy: payBy,
              amountRule: { type: 'fixed' },
            },
          ],
        }),
      ),
    )
    await renderApp('/bookings')
    await screen.findByRole('region', { name: 'Coming up' })
    const [collection] = bookingsIn('Coming up')
    expect(collection?.tags).toEqual([{ text: 'Awaiting payment', className: 'govuk-tag govuk-tag--orange' }])
    const pay = within(collection?.item as HTMLElement)
    expect(pay.getByText(/^Pay £35\.00 by .+, or we will let the time go\.$/)).toBeInTheDocument()
    await waitFor(() =>
      expect(pay.getByRole('link', { name: 'Pay for this collection BK-90010' })).toHaveAttribute('href', '/payments/pay/booking-BK-90010'),
    )
  })

  it('offers each kind of booking, and a repair visit only to a tenant', async () => {
    signInAs('owner')
    const owner = await renderApp('/bookings')
    const make = within(await screen.findByRole('region', { name: 'Make a booking' }))
    expect(make.getByRole('link', { name: 'Book a bulky waste collection' })).toHaveAttribute('href', '/bookings/bulky-waste')
    expect(make.getByRole('link', { name: 'Book an appointment at a One Stop Shop or library' })).toHaveAttribute(
      'href',
      '/bookings/face-to-face',
    )
    expect(make.queryByRole('link', { name: 'Report a repair and book a visit' })).not.toBeInTheDocument()
    owner.unmount()

    signInAs('tenant')
    await renderApp('/bookings')
    const tenantMake = within(await screen.findByRole('region', { name: 'Make a booking' }))
    await waitFor(() =>
      expect(tenantMake.getByRole('link', { name: 'Report a repair and book a visit' })).toHaveAttribute('href', '/report'),
    )
  })

  it('says so when nothing is coming up', async () => {
    signInAs('owner')
    council.state.people.owner.bookings = []
    await renderApp('/bookings')
    expect(await screen.findByText('You have not made any bookings yet.')).toBeInTheDocument()
    expect(section('Coming up').getByText('You have no bookings coming up.')).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Past and cancelled' })).not.toBeInTheDocument()
  })

  it('shows the bookings last seen with no signal, saying when they were last updated', async () => {
    signInAs('tenant')
    council.state.people.tenant.bookings = [aBooking({ reference: 'BK-90001' })]
    const online = await renderApp('/bookings')
    expect(await screen.findByRole('link', { name: 'Repair visit: kitchen tap leaking (SR-1048213)' })).toBeInTheDocument()
    expect(screen.queryByText(/^You're offline/)).not.toBeInTheDocument()
    // Kept on the device as it would be by the time the app is closed.
    await waitFor(async () => {
      const db = await openDB(DATABASE)
      const kept = (await db.getAll('account-cache')) as { queryKey: string }[]
      db.close()
      expect(kept.some((answer) => answer.queryKey === JSON.stringify(myBookingsKey))).toBe(true)
    })
    online.unmount()

    gatewayServer.use(http.all('*/api/*', () => HttpResponse.error()))
    await renderApp('/bookings')
    expect(await screen.findByRole('link', { name: 'Repair visit: kitchen tap leaking (SR-1048213)' })).toBeInTheDocument()
    expect(await screen.findByText(/^You're offline\. This is what your account showed/)).toBeInTheDocument()
  })
})
