import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { openDB } from 'idb'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { DATABASE } from '#src/device/database'
import { formatDate, formatDay, formatTimeOf } from '#src/format/format'
import { myBookingsKey, myRequestsKey } from '#src/session/account-queries'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

function tenantsRepair() {
  const repair = council.state.people.tenant.requests.find((request) => request.reference === 'SR-1048213')
  if (!repair) throw new Error('The tenant has no repair')
  return repair
}

function tenantsVisit() {
  const visit = council.state.people.tenant.bookings.find((booking) => booking.reference === 'BK-70311')
  if (!visit) throw new Error('The tenant has no repair visit')
  return visit
}

const repairItem = async (reference: string) =>
  within((await screen.findByRole('heading', { level: 2, name: new RegExp(reference) })).closest('li') as HTMLElement)

async function keptOnDevice(...queryKeys: (readonly unknown[])[]) {
  await waitFor(async () => {
    const db = await openDB(DATABASE)
    const kept = (await db.getAll('account-cache')) as { queryKey: string }[]
    db.close()
    for (const key of queryKeys) expect(kept.some((answer) => answer.queryKey === JSON.stringify(key))).toBe(true)
  })
}

describe('Your repairs', () => {
  it('lists each repair with its status, reference, when reported and its visit, with a link to move it', async () => {
    signInAs('tenant')
    const repair = tenantsRepair()
    const visit = tenantsVisit()
    await renderApp('/housing/repairs')
    expect(await screen.findByRole('heading', { level: 1, name: 'Your repairs' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Report a repair' })).toHaveAttribute('href', '/report')
    const item = await repairItem('SR-1048213')
    expect(item.getByText('Appointment booked')).toHaveClass('govuk-tag')
    expect(item.getByText('SR-1048213', { selector: 'dd' })).toBeInTheDocument()
    expect(item.getByText(formatDate(repair.submittedAt, 'en'))).toBeInTheDocument()
    const when = `${formatDay(visit.startsAt, 'en')}, ${formatTimeOf(visit.startsAt, 'en')} to ${formatTimeOf(visit.endsAt, 'en')}`
    expect(await item.findByText(when)).toBeInTheDocument()
    expect(item.getByRole('link', { name: 'Change the visit time for repair SR-1048213' })).toHaveAttribute(
      'href',
      '/bookings/BK-70311/move',
    )
    expect(item.queryByRole('link', { name: /Book a visit/ })).not.toBeInTheDocument()
  })

  it('offers to book a visit for a repair that has none, for that repair', async () => {
    signInAs('tenant')
    council.state.people.tenant.bookings = []
    tenantsRepair().status = 'received'
    const user = userEvent.setup()
    const { router } = await renderApp('/housing/repairs')
    const item = await repairItem('SR-1048213')
    expect(item.getByText('Received')).toBeInTheDocument()
    await user.click(await item.findByRole('link', { name: 'Book a visit for repair SR-1048213' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/report/book-repair'))
    expect(router.state.location.state).toEqual({ reference: 'SR-1048213' })
  })

  it('shows only housing repairs, not the other reports', async () => {
    signInAs('tenant')
    council.state.people.tenant.requests.push({ ...tenantsRepair(), reference: 'SR-2000001', serviceCode: 'missed-bin' })
    await renderApp('/housing/repairs')
    await repairItem('SR-1048213')
    expect(screen.queryByRole('link', { name: /SR-2000001/ })).not.toBeInTheDocument()
  })

  it('shows the repairs and visits last seen with no signal, saying when they were last updated', async () => {
    signInAs('tenant')
    const online = await renderApp('/housing/repairs')
    await (await repairItem('SR-1048213')).findByRole('link', { name: /Change the visit time/ })
    await keptOnDevice(myRequestsKey, myBookingsKey)
    online.unmount()

    gatewayServer.use(http.all('*/api/*', () => HttpResponse.error()))
    await renderApp('/housing/repairs')
    expect(await screen.findByText(/^You're offline\. This is what your account showed/)).toBeInTheDocument()
    const item = await repairItem('SR-1048213')
    expect(item.getByText('Appointment booked')).toBeInTheDocument()
    expect(await item.findByRole('link', { name: /Change the visit time/ })).toBeInTheDocument()
  })
})
