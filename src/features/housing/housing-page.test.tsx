import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { formatDate } from '#src/format/format'
import { council, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

function rowsOf(list: Element) {
  return Object.fromEntries(
    [...list.querySelectorAll('.govuk-summary-list__row')].map((row) => [
      row.querySelector('dt')?.textContent,
      row.querySelector('dd')?.textContent,
    ]),
  )
}

describe('Your home', () => {
  it('shows a tenant their tenancy, their housing officer, the rent in brief and the way to everything else', async () => {
    signInAs('tenant')
    const tenancy = council.state.people.tenant.tenancy
    if (!tenancy) throw new Error('Precious Okafor has no tenancy')
    await renderApp('/housing')
    expect(await screen.findByRole('heading', { level: 1, name: 'Your home' })).toBeInTheDocument()
    expect(screen.getByText('You owe £186.42')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Pay rent' })).toHaveAttribute('href', '/payments/pay/rent')
    expect(screen.getByText('You are behind with your rent. Talk to us as soon as you can.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'See what help you can get' })).toHaveAttribute('href', '/housing/rent#behind-title')

    const [tenancyList, officerList] = document.querySelectorAll('.govuk-summary-list')
    expect(rowsOf(tenancyList as Element)).toEqual({
      Address: tenancy.address,
      'Tenancy type': 'Secure tenancy',
      'Start date': '1 April 2019',
      'Tenancy reference': 'TEN-004417',
    })
    expect(rowsOf(officerList as Element)).toMatchObject({ Name: 'Daniel Mensah', Phone: '020 7946 0321' })
    expect(screen.getByRole('link', { name: '020 7946 0321' })).toHaveAttribute('href', 'tel:02079460321')

    for (const [name, href] of [
      ['Your rent account and statement', '/housing/rent'],
      ['Pay your rent by Direct Debit', '/housing/direct-debit'],
      ['Who lives in your home', '/housing/household'],
      ['Repairs to your home', '/housing/repairs'],
    ]) {
      expect(screen.getByRole('link', { name })).toHaveAttribute('href', href)
    }
  })

  it('shows the tenancy start date in Welsh on a Welsh page', async () => {
    signInAs('tenant')
    await renderApp('/housing', { language: 'cy' })
    expect(await screen.findByText(formatDate('2019-04-01', 'cy'), { selector: 'dd' })).toBeInTheDocument()
    expect(formatDate('2019-04-01', 'cy')).toBe('1 Ebrill 2019')
  })

  for (const person of ['renter', 'owner'] as const) {
    it(`tells ${person === 'renter' ? 'a private renter' : 'a home owner'} why it is not for them and where to go instead`, async () => {
      signInAs(person)
      await renderApp('/housing')
      expect(await screen.findByRole('heading', { level: 1, name: 'You do not rent your home from us' })).toBeInTheDocument()
      expect(screen.getByText(/If you rent from a housing association or a private landlord, contact them/)).toBeInTheDocument()
      const register = screen.getByText(/You can apply to join our housing register/)
      expect(within(register).getByRole('link', { name: '020 7946 0000' })).toHaveAttribute('href', 'tel:02079460000')
      expect(screen.getByRole('link', { name: 'Other ways to get help' })).toHaveAttribute('href', '/help')
      expect(screen.queryByText(/You owe/)).not.toBeInTheDocument()
    })
  }
})

describe('A printable rent statement', () => {
  it('shows the same range as the rent account, with the tenant, the balance and a button to print', async () => {
    signInAs('tenant')
    const account = council.state.people.tenant.rentAccount
    const first = account?.transactions.at(-5)
    const last = account?.transactions.at(-1)
    if (!first || !last) throw new Error('Too few transactions')
    const printed: string[] = []
    window.print = () => printed.push('printed')
    await renderApp(`/housing/rent/statement?from=${first.date}&to=${last.date}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Rent statement' })).toBeInTheDocument()
    expect(screen.getByText(`From ${formatDate(first.date, 'en')} to ${formatDate(last.date, 'en')}`)).toBeInTheDocument()
    expect(rowsOf(document.querySelector('.govuk-summary-list') as Element)).toMatchObject({
      Tenant: 'Precious Okafor',
      'Tenancy reference': 'TEN-004417',
      'Balance today': 'You owe £186.42',
    })
    const table = screen.getByRole('table', { name: `Transactions from ${formatDate(first.date, 'en')} to ${formatDate(last.date, 'en')}` })
    const shown = account?.transactions.filter((entry) => entry.date >= first.date && entry.date <= last.date) ?? []
    expect(table.querySelectorAll('tbody tr')).toHaveLength(shown.length)
    expect(screen.getByRole('link', { name: 'Back to your rent account' })).toHaveAttribute(
      'href',
      `/housing/rent?from=${first.date}&to=${last.date}`,
    )
    screen.getByRole('button', { name: 'Print this statement' }).click()
    expect(printed).toEqual(['printed'])
  })
})
