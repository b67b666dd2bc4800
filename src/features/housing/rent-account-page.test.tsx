import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { openDB } from 'idb'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { RentAccount } from '#src/gateway/contract/housing'
import { DATABASE } from '#src/device/database'
import { formatDate, formatDay, londonDayOf } from '#src/format/format'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'
import { rentAccountKey, tenancyKey } from './housing-queries'
import { lastThreeMonths } from './rent-sums'

function tenantsAccount(): RentAccount {
  const account = council.state.people.tenant.rentAccount
  if (!account) throw new Error('Precious Okafor has no rent account')
  return account
}

function rowsOfTable(table: HTMLElement) {
  return [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))
}

const today = () => londonDayOf(new Date().toISOString())

afterEach(() => vi.restoreAllMocks())

describe('The rent account', () => {
  it('says what the tenant owes in plain words, when the next payment is due, and how to pay', async () => {
    signInAs('tenant')
    const account = tenantsAccount()
    await renderApp('/housing/rent')
    expect(await screen.findByRole('heading', { level: 1, name: 'Your rent account' })).toBeInTheDocument()
    expect(screen.getByText('You owe £186.42')).toBeInTheDocument()
    expect(
      screen.getByText(`Your next payment of £55.12 is due on ${formatDay(account.nextPayment?.dueOn ?? '', 'en')}.`),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Pay rent' })).toHaveAttribute('href', '/payments/pay/rent')
  })

  it('says a tenant in credit is in credit, with no guidance about being behind', async () => {
    signInAs('tenant')
    council.state.people.tenant.rentAccount = { ...tenantsAccount(), balance: -2000 }
    await renderApp('/housing/rent')
    expect(await screen.findByText('You are £20.00 in credit')).toBeInTheDocument()
    expect(screen.getByText('Money in credit pays your next rent charges.')).toBeInTheDocument()
    expect(screen.queryByText(/^You owe/)).not.toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'You are behind with your rent' })).not.toBeInTheDocument()
  })

  it('shows how much of the rent Housing Benefit pays', async () => {
    signInAs('tenant')
    await renderApp('/housing/rent')
    expect(
      await screen.findByText('Housing Benefit pays £93.50 of your £148.62 rent each week. You pay the other £55.12 a week.'),
    ).toBeInTheDocument()
  })

  it('says nothing of Housing Benefit to a tenant who does not get it', async () => {
    signInAs('tenant')
    council.state.people.tenant.rentAccount = { ...tenantsAccount(), housingBenefitWeekly: 0 }
    await renderApp('/housing/rent')
    expect(await screen.findByText('You owe £186.42')).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Housing Benefit' })).not.toBeInTheDocument()
  })

  it('breaks the rent down weekly, or monthly at × 52 ÷ 12 to the penny, saying so', async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    const { router } = await renderApp('/housing/rent')
    const charges = (await screen.findByRole('table', { name: 'What makes up your rent' })) as HTMLElement
    expect(rowsOfTable(charges)).toEqual([
      ['Rent', '£132.12'],
      ['Service charge', '£11.50'],
      ['Heating', '£5.00'],
      ['Total', '£148.62'],
    ])
    expect(screen.queryByText(/times 52, divided by 12/)).not.toBeInTheDocument()

    await user.click(screen.getByRole('radio', { name: 'Each month' }))
    expect(rowsOfTable(screen.getByRole('table', { name: 'What makes up your rent' }))).toEqual([
      ['Rent', '£572.52'],
      ['Service charge', '£49.83'],
      ['Heating', '£21.67'],
      ['Total', '£644.02'],
    ])
    expect(within(charges).getByRole('columnheader', { name: 'A month' })).toBeInTheDocument()
    expect(
      screen.getByText(/A month's amount is the weekly amount times 52, divided by 12, rounded to the nearest penny\./),
    ).toBeInTheDocument()
    expect(router.state.location.search).toContain('per=month')
  })

  it('guides a tenant who is behind, naming their housing officer and free money advice', async () => {
    signInAs('tenant')
    await renderApp('/housing/rent')
    const heading = await screen.findByRole('heading', { level: 2, name: 'You are behind with your rent' })
    const guidance = within(heading.closest('section') as HTMLElement)
    expect(guidance.getByText('Your housing officer is Daniel Mensah.')).toBeInTheDocument()
    expect(guidance.getByRole('link', { name: '020 7946 0321' })).toHaveAttribute('href', 'tel:02079460321')
    expect(guidance.getByRole('link', { name: 'housing.coldharbour@southmere.example.gov.uk' })).toHaveAttribute(
      'href',
      'mailto:housing.coldharbour@southmere.example.gov.uk',
    )
    expect(guidance.getByRole('link', { name: 'Citizens Advice' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/www\.citizensadvice\.org\.uk\//),
    )
    expect(guidance.getByRole('link', { name: 'National Debtline: call 0808 808 4000' })).toBeInTheDocument()
  })

  it('gives no such guidance when only this week is owed', async () => {
    signInAs('tenant')
    council.state.people.tenant.rentAccount = { ...tenantsAccount(), balance: 5512 }
    await renderApp('/housing/rent')
    expect(await screen.findByText('You owe £55.12')).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'You are behind with your rent' })).not.toBeInTheDocument()
  })

  it('shows the last three months of transactions, then the days the tenant chooses, with the range in the address', async () => {
    signInAs('tenant')
    const account = tenantsAccount()
    const user = userEvent.setup()
    const { router } = await renderApp('/housing/rent')
    const { from, to } = lastThreeMonths(today())
    const inThreeMonths = account.transactions.filter((entry) => entry.date >= from && entry.date <= to)
    expect(
      await screen.findByText(`${inThreeMonths.length} transactions from ${formatDate(from, 'en')} to ${formatDate(to, 'en')}.`),
    ).toBeInTheDocument()

    // One week, months ago: its rent charge and its Housing Benefit.
    const charge = account.transactions.filter((entry) => entry.kind === 'charge').at(-20)
    if (!charge) throw new Error('No charge 20 weeks ago')
    const [year, month, day] = charge.date.split('-').map(Number) as [number, number, number]
    const thursday = new Date(Date.UTC(year, month - 1, day + 3)).toISOString().slice(0, 10)
    const [, toMonth, toDay] = thursday.split('-').map(Number) as [number, number, number]
    const fill = async (group: string, values: string[]) => {
      const dates = within(screen.getByRole('group', { name: group }))
      for (const [label, value] of [
        ['Day', values[0]],
        ['Month', values[1]],
        ['Year', values[2]],
      ] as const) {
        await user.clear(dates.getByLabelText(label))
        await user.type(dates.getByLabelText(label), value ?? '')
      }
    }
    await fill('From', [String(day), String(month), String(year)])
    await fill('To', [String(toDay), String(toMonth), thursday.slice(0, 4)])
    await user.click(screen.getByRole('button', { name: 'Show transactions' }))

    const table = await screen.findByRole('table', {
      name: `Transactions from ${formatDate(charge.date, 'en')} to ${formatDate(thursday, 'en')}`,
    })
    expect(rowsOfTable(table)).toEqual([
      [formatDate(thursday, 'en'), 'Housing Benefit', '', '£93.50', expect.stringMatching(/ (owed|in credit)$/)],
      [formatDate(charge.date, 'en'), 'Rent and charges', '£148.62', '', expect.stringMatching(/ (owed|in credit)$/)],
    ])
    expect(router.state.location.search).toBe(`?from=${charge.date}&to=${thursday}`)
  })

  it('keeps what was typed and says what to fix when a date cannot be used', async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    await renderApp('/housing/rent')
    const from = within(await screen.findByRole('group', { name: 'From' }))
    await user.clear(from.getByLabelText('Day'))
    await user.type(from.getByLabelText('Day'), '31')
    await user.clear(from.getByLabelText('Month'))
    await user.type(from.getByLabelText('Month'), '2')
    await user.click(screen.getByRole('button', { name: 'Show transactions' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: /The date to show transactions from must be a real date/ })).toHaveAttribute(
      'href',
      '#from-day',
    )
    await waitFor(() => expect(summary.parentElement).toHaveFocus())
    expect(from.getByLabelText('Day')).toHaveValue('31')
    expect(from.getByLabelText('Month')).toHaveValue('2')
    expect(document.title).toMatch(/^Error: /)
  })

  it('makes the CSV on the device from the transactions shown', async () => {
    signInAs('tenant')
    const account = tenantsAccount()
    let saved: Blob | null = null
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        saved = blob
        return 'blob:statement'
      }),
      revokeObjectURL: vi.fn(),
    })
    const clicks: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this)
    })
    const first = account.transactions.at(-3)
    const last = account.transactions.at(-1)
    if (!first || !last) throw new Error('Too few transactions')
    const user = userEvent.setup()
    await renderApp(`/housing/rent?from=${first.date}&to=${last.date}`)
    await user.click(await screen.findByRole('button', { name: 'Download statement (CSV)' }))

    expect(clicks).toHaveLength(1)
    expect(clicks[0]?.download).toBe(`rent-statement-${first.date}-to-${last.date}.csv`)
    expect(clicks[0]?.getAttribute('href')).toBe('blob:statement')
    if (!saved) throw new Error('No file made')
    const csv = await (saved as Blob).text()
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe('Date,Description,Charged,Paid,Balance')
    const shown = account.transactions.filter((entry) => entry.date >= first.date && entry.date <= last.date).reverse()
    expect(lines.slice(1, -1)).toHaveLength(shown.length)
    const newest = shown[0]
    if (!newest) throw new Error('Nothing shown')
    const money = (pence: number) => (pence / 100).toFixed(2)
    expect(lines[1]).toBe(
      [
        newest.date,
        newest.description,
        newest.amount > 0 ? money(newest.amount) : '',
        newest.amount < 0 ? money(-newest.amount) : '',
        money(newest.balanceAfter),
      ].join(','),
    )
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('shows the account last seen with no signal, saying when it was last updated', async () => {
    signInAs('tenant')
    const online = await renderApp('/housing/rent')
    expect(await screen.findByText('You owe £186.42')).toBeInTheDocument()
    await waitFor(async () => {
      const db = await openDB(DATABASE)
      const kept = (await db.getAll('account-cache')) as { queryKey: string }[]
      db.close()
      const keys = kept.map((answer) => answer.queryKey)
      expect(keys).toContain(JSON.stringify(rentAccountKey))
      expect(keys).toContain(JSON.stringify(tenancyKey))
    })
    online.unmount()

    gatewayServer.use(http.all('*/api/*', () => HttpResponse.error()))
    await renderApp('/housing/rent')
    expect(await screen.findByText(/^You're offline\. This is what your account showed/)).toBeInTheDocument()
    expect(screen.getByText('You owe £186.42')).toBeInTheDocument()
    expect(screen.getByRole('table', { name: 'What makes up your rent' })).toBeInTheDocument()
  })

  it('shows Welsh dates on a Welsh page', async () => {
    signInAs('tenant')
    const account = tenantsAccount()
    const newest = account.transactions.at(-1)
    if (!newest) throw new Error('No transactions')
    await renderApp('/housing/rent', { language: 'cy' })
    const welsh = formatDate(newest.date, 'cy')
    expect(welsh).not.toBe(formatDate(newest.date, 'en'))
    expect((await screen.findAllByText(welsh, { selector: 'td' })).length).toBeGreaterThan(0)
    expect(screen.queryByText(formatDate(newest.date, 'en'), { selector: 'td' })).not.toBeInTheDocument()
  })
})
