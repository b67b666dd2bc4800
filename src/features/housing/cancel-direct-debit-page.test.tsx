import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { openDB } from 'idb'
import { http, HttpResponse } from 'msw'
import { DATABASE } from '#src/device/database'
import { describe, expect, it } from 'vitest'
import type { DirectDebitMandate } from '#src/gateway/contract/direct-debit'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'
import { rentDirectDebitKey } from './housing-queries'

const mandate: DirectDebitMandate = {
  reference: 'DD-100200',
  status: 'active',
  accountHolder: 'P Okafor',
  sortCode: '089999',
  accountNumberEnding: '4958',
  collectionDay: 15,
  monthlyAmount: 18893,
  firstCollection: '2026-01-15',
  createdAt: '2025-12-20T10:00:00.000Z',
  cancelledAt: null,
}

describe('The Direct Debit for the rent', () => {
  it('shows the one paying, readable offline from what was last seen', async () => {
    signInAs('tenant')
    council.state.people.tenant.rentDirectDebits = [{ ...mandate }]
    const online = await renderApp('/housing/direct-debit')
    expect(await screen.findByText('DD-100200', { selector: 'dd' })).toBeInTheDocument()
    expect(screen.getByText('08-99-99', { selector: 'dd' })).toBeInTheDocument()
    expect(screen.getByText('15th of each month')).toBeInTheDocument()
    expect(screen.getByText('£188.93')).toBeInTheDocument()
    await waitFor(async () => {
      const db = await openDB(DATABASE)
      const kept = (await db.getAll('account-cache')) as { queryKey: string }[]
      db.close()
      expect(kept.some((answer) => answer.queryKey === JSON.stringify(rentDirectDebitKey))).toBe(true)
    })
    online.unmount()

    gatewayServer.use(http.all('*/api/*', () => HttpResponse.error()))
    await renderApp('/housing/direct-debit')
    expect(await screen.findByText(/^You're offline\. This is what your account showed/)).toBeInTheDocument()
    expect(screen.getByText('DD-100200', { selector: 'dd' })).toBeInTheDocument()
  })

  it('cancelling asks first, then cancels it', async () => {
    signInAs('tenant')
    council.state.people.tenant.rentDirectDebits = [{ ...mandate }]
    const user = userEvent.setup()
    await renderApp('/housing/direct-debit')
    await user.click(await screen.findByRole('link', { name: 'Cancel this Direct Debit' }))

    const confirm = await screen.findByRole('button', { name: 'Cancel Direct Debit' })
    expect(confirm).toHaveClass('govuk-button--warning')
    expect(council.state.people.tenant.rentDirectDebits[0]?.status).toBe('active')
    await user.click(confirm)

    expect(await screen.findByRole('heading', { level: 1, name: 'Direct Debit cancelled' })).toBeInTheDocument()
    expect(council.state.people.tenant.rentDirectDebits[0]?.status).toBe('cancelled')
    await user.click(screen.getByRole('link', { name: 'Back to Direct Debit for your rent' }))
    expect(await screen.findByText('You do not pay your rent by Direct Debit.')).toBeInTheDocument()
  })

  it('offline, the cancellation waits to be sent', async () => {
    signInAs('tenant')
    council.state.people.tenant.rentDirectDebits = [{ ...mandate }]
    const user = userEvent.setup()
    await renderApp('/housing/direct-debit/cancel')
    const confirm = await screen.findByRole('button', { name: 'Cancel Direct Debit' })

    gatewayServer.use(http.all('*/api/*', () => HttpResponse.error()))
    await user.click(confirm)

    expect(await screen.findByText(/will send it as soon as you are back online/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Cancel Direct Debit' })).not.toBeInTheDocument()
    await waitFor(() => expect(council.state.people.tenant.rentDirectDebits[0]?.status).toBe('active'))
  })
})
