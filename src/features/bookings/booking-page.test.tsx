import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openDB } from 'idb'
import { http, HttpResponse } from 'msw'
import { DATABASE } from '#src/device/database'
import { formatMoney } from '#src/format/format'
import { myBookingKey } from '#src/session/account-queries'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'
import { aBooking } from './booking-page-fixtures'

function owners(reference: string) {
  const booking = council.state.people.owner.bookings.find((candidate) => candidate.reference === reference)
  if (!booking) throw new Error(`Margaret Ellis has no booking ${reference}`)
  return booking
}

function rowsOf(list: HTMLElement) {
  return Object.fromEntries(
    [...list.querySelectorAll('.govuk-summary-list__row')].map((row) => [
      row.querySelector('dt')?.textContent,
      row.querySelector('dd')?.textContent,
    ]),
  )
}

afterEach(() => vi.restoreAllMocks())

describe("A booking's own page", () => {
  it('shows the booking, with ways to move or cancel it while that can be done online', async () => {
    signInAs('owner')
    const paid = owners('BK-70290')
    await renderApp('/bookings/BK-70290')
    expect(await screen.findByRole('heading', { level: 1, name: paid.description })).toBeInTheDocument()
    const rows = rowsOf(document.querySelector('.govuk-summary-list') as HTMLElement)
    expect(rows).toMatchObject({
      Reference: 'BK-70290',
      Where: 'At your home',
      Status: 'Booked',
      Fee: `${formatMoney(paid.fee ?? 0, 'en')}, paid`,
    })
    expect(screen.getByText(/^You can change or cancel this booking online until /)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Change the time' })).toHaveAttribute('href', '/bookings/BK-70290/move')
    expect(screen.getByRole('link', { name: 'Cancel this booking' })).toHaveAttribute('href', '/bookings/BK-70290/cancel')
    expect(screen.getByRole('link', { name: 'Cancel this booking' })).toHaveClass('govuk-button--warning')
  })

  it('past the cut-off, offers no way to change it online, and says why and whom to call', async () => {
    signInAs('owner')
    await renderApp('/bookings/BK-70288')
    expect(await screen.findByText('You cannot change this booking online')).toBeInTheDocument()
    expect(screen.getByText('You can change a bulky waste collection online until 24 hours before it.')).toBeInTheDocument()
    const why = screen.getByText('You cannot change this booking online').closest('.govuk-inset-text') as HTMLElement
    expect(within(why).getByText(/^To change or cancel it, call us on/)).toBeInTheDocument()
    expect(within(why).getByRole('link', { name: '020 7946 0000' })).toHaveAttribute('href', 'tel:02079460000')
    expect(screen.queryByRole('link', { name: 'Change the time' })).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Cancel this booking' })).not.toBeInTheDocument()
  })

  it('saves a calendar file made on the device, with the booking in it', async () => {
    signInAs('owner')
    const paid = owners('BK-70290')
    let saved: Blob | null = null
    const createObjectURL = vi.fn((blob: Blob) => {
      saved = blob
      return 'blob:calendar'
    })
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
    const clicks: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this)
    })
    const user = userEvent.setup()
    await renderApp('/bookings/BK-70290')
    await user.click(await screen.findByRole('button', { name: 'Add to calendar' }))

    expect(clicks).toHaveLength(1)
    expect(clicks[0]?.download).toBe('BK-70290.ics')
    expect(clicks[0]?.getAttribute('href')).toBe('blob:calendar')
    const file = saved as Blob | null
    expect(file?.type).toBe('text/calendar;charset=utf-8')
    const text = (await file?.text()) ?? ''
    expect(text).toContain('UID:BK-70290@southmere.example.gov.uk\r\n')
    expect(text).toContain(`DTSTART:${paid.startsAt.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}\r\n`)
    expect(text).toContain('TRIGGER:-P1D')
  })

  it('saves the reminder choice', async () => {
    signInAs('owner')
    const user = userEvent.setup()
    await renderApp('/bookings/BK-70290')
    const reminder = within((await screen.findByRole('group', { name: 'Do you want a reminder?' })) as HTMLElement)
    expect(reminder.getByRole('radio', { name: 'Yes, remind me the day before' })).toBeChecked()
    await user.click(reminder.getByRole('radio', { name: 'No, I do not want a reminder' }))
    await user.click(screen.getByRole('button', { name: 'Save reminder choice' }))
    expect(await screen.findByText('Your reminder choice has been saved')).toBeInTheDocument()
    await waitFor(() => expect(owners('BK-70290').reminder).toBe('none'))
  })

  it('shows the booking last seen with no signal, saying when it was last updated', async () => {
    signInAs('tenant')
    council.state.people.tenant.bookings = [aBooking({ reference: 'BK-90001' })]
    const online = await renderApp('/bookings/BK-90001')
    expect(await screen.findByRole('heading', { level: 1, name: 'Repair visit: kitchen tap leaking (SR-1048213)' })).toBeInTheDocument()
    await waitFor(async () => {
      const db = await openDB(DATABASE)
      const kept = (await db.getAll('account-cache')) as { queryKey: string }[]
      db.close()
      expect(kept.some((answer) => answer.queryKey === JSON.stringify(myBookingKey('BK-90001')))).toBe(true)
    })
    online.unmount()

    gatewayServer.use(http.all('*/api/*', () => HttpResponse.error()))
    await renderApp('/bookings/BK-90001')
    expect(await screen.findByRole('heading', { level: 1, name: 'Repair visit: kitchen tap leaking (SR-1048213)' })).toBeInTheDocument()
    expect(await screen.findByText(/^You're offline\. This is what your account showed/)).toBeInTheDocument()
    expect(screen.getByText('BK-90001', { selector: 'dd' })).toBeInTheDocument()
  })

  it('says plainly when there is no such booking in the account', async () => {
    signInAs('owner')
    await renderApp('/bookings/BK-70311')
    expect(await screen.findByRole('heading', { level: 1, name: 'Booking not found' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'See your bookings' })).toHaveAttribute('href', '/bookings')
  })
})
