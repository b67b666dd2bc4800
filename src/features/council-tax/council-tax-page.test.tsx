import { screen, waitFor, within } from '@testing-library/react'
import { openDB } from 'idb'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { DATABASE } from '#src/device/database'
import { formatDate } from '#src/format/format'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'
import { councilTaxAccountKey } from './council-tax-queries'

const rowOf = (table: HTMLElement, name: string) => within(table).getByRole('row', { name: new RegExp(name) })

describe('the council tax account', () => {
  it("shows the tenant's band B bill mostly met by Council Tax Reduction, and the instalment she missed", async () => {
    signInAs('tenant')
    await renderApp('/council-tax')

    expect(await screen.findByRole('heading', { level: 1, name: 'Council tax' })).toBeInTheDocument()
    expect(screen.getByText('Account CT-60277310')).toBeInTheDocument()
    expect(
      screen.getByText('£47.07 is overdue. Pay it now, or call us if you cannot, so that we do not send you a reminder.'),
    ).toBeInTheDocument()
    expect(screen.getByText('Precious Okafor', { selector: 'li' })).toBeInTheDocument()
    expect(screen.getByText('Band B', { selector: 'dd' })).toBeInTheDocument()

    const bill = screen.getByRole('table', { name: /^Your bill for \d{4}\/\d{2}$/ })
    expect(rowOf(bill, 'Council tax for band B')).toHaveTextContent('£1,433.70')
    expect(rowOf(bill, 'Council Tax Reduction')).toHaveTextContent('minus £1,151.28')
    expect(rowOf(bill, 'Your bill for the year')).toHaveTextContent('£282.42')

    const instalments = screen.getByRole('table', { name: 'Your instalments' })
    const missed = council.state.people.tenant.councilTax?.instalments.find((instalment) => !instalment.paid)
    expect(rowOf(instalments, formatDate(missed?.dueOn ?? '', 'en'))).toHaveTextContent('Overdue')
    expect(within(instalments).getAllByText('Paid')).toHaveLength(2)
    expect(within(instalments).getAllByText('To pay')).toHaveLength(3)
    expect(screen.getByRole('table', { name: 'Payments you have made' })).toBeInTheDocument()

    expect(screen.getByRole('link', { name: 'Pay council tax' })).toHaveAttribute('href', '/payments/pay/council-tax-CT-60277310')
    expect(screen.getByRole('link', { name: 'Your bills and reminders' })).toHaveAttribute('href', '/letters?service=council_tax')
    expect(await screen.findByText('You do not pay by Direct Debit.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Apply for single person discount' })).toBeInTheDocument()
  })

  it('shows the renter a full band C bill, nothing overdue, and invites him to apply for single person discount', async () => {
    signInAs('renter')
    await renderApp('/council-tax')

    const bill = await screen.findByRole('table', { name: /^Your bill for/ })
    expect(rowOf(bill, 'Your bill for the year')).toHaveTextContent('£1,638.52')
    expect(screen.queryByText(/is overdue/)).not.toBeInTheDocument()
    expect(screen.getByText('You do not get any discounts or exemptions.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Apply for single person discount' })).toHaveAttribute(
      'href',
      '/council-tax/single-person-discount',
    )
    expect(within(screen.getByRole('table', { name: 'Your instalments' })).getAllByText('Paid')).toHaveLength(7)
  })

  it('shows the owner her single person discount, with no way to apply again', async () => {
    signInAs('owner')
    await renderApp('/council-tax')

    const bill = await screen.findByRole('table', { name: /^Your bill for/ })
    expect(rowOf(bill, 'Single person discount')).toHaveTextContent('minus £819.26')
    expect(rowOf(bill, 'Your bill for the year')).toHaveTextContent('£2,457.78')
    expect(screen.getByText('Single person discount (25% off)', { selector: 'li' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Apply for single person discount' })).not.toBeInTheDocument()
  })

  it('shows an application waiting to be looked at', async () => {
    signInAs('renter')
    const account = council.state.people.renter.councilTax
    if (!account) throw new Error('The renter has no council tax account')
    account.singlePersonDiscountApplication = { reference: 'SPD-123', livingAloneSince: '2026-01-01', receivedAt: '2026-11-30T10:00:00Z' }
    await renderApp('/council-tax')

    expect(await screen.findByText('We are looking at your application for single person discount')).toBeInTheDocument()
    expect(screen.getByText(/Reference SPD-123/)).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Apply for single person discount' })).not.toBeInTheDocument()
  })

  it('says on which day the Direct Debit pays', async () => {
    signInAs('owner')
    council.state.people.owner.councilTaxDirectDebits.push({
      reference: 'DD-1',
      status: 'active',
      accountHolder: 'M Ellis',
      sortCode: '089999',
      accountNumberEnding: '4958',
      collectionDay: 22,
      monthlyAmount: 24578,
      firstCollection: '2027-01-22',
      createdAt: '2026-12-01T10:00:00Z',
      cancelledAt: null,
    })
    await renderApp('/council-tax')
    expect(await screen.findByText('You pay by Direct Debit on the 22nd of each month.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'See or cancel your Direct Debit' })).toHaveAttribute('href', '/council-tax/direct-debit')
  })

  it('shows the account last seen with no signal, saying when it was last updated', async () => {
    signInAs('owner')
    const online = await renderApp('/council-tax')
    expect(await screen.findByRole('table', { name: /^Your bill for/ })).toBeInTheDocument()
    await waitFor(async () => {
      const db = await openDB(DATABASE)
      const kept = (await db.getAll('account-cache')) as { queryKey: string }[]
      db.close()
      expect(kept.map((answer) => answer.queryKey)).toContain(JSON.stringify(councilTaxAccountKey))
    })
    online.unmount()

    gatewayServer.use(http.all('*/api/*', () => HttpResponse.error()))
    await renderApp('/council-tax')
    expect(await screen.findByText(/^You're offline\. This is what your account showed/)).toBeInTheDocument()
    expect(screen.getByRole('table', { name: 'Your instalments' })).toBeInTheDocument()
  })

  it('shows Welsh dates on a Welsh page', async () => {
    signInAs('owner')
    const first = council.state.people.owner.councilTax?.instalments[0]?.dueOn ?? ''
    await renderApp('/council-tax', { language: 'cy' })
    expect(await screen.findAllByText(formatDate(first, 'cy'), { selector: 'td' })).not.toHaveLength(0)
    expect(screen.queryByText(formatDate(first, 'en'), { selector: 'td' })).not.toBeInTheDocument()
  })

  it('the home page card links to the account and says what is overdue', async () => {
    signInAs('tenant')
    await renderApp('/')
    const card = (await screen.findByRole('heading', { level: 2, name: 'Council tax' })).closest('.govuk-summary-card') as HTMLElement
    expect(await within(card).findByText('£47.07 is overdue.')).toBeInTheDocument()
    expect(within(card).getByText('You do not pay by Direct Debit yet.')).toBeInTheDocument()
    expect(within(card).getByRole('link', { name: 'Your council tax account' })).toHaveAttribute('href', '/council-tax')
  })
})
