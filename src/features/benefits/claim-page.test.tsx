import { screen, waitFor, within } from '@testing-library/react'
import { openDB } from 'idb'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { DATABASE } from '#src/device/database'
import { formatDate } from '#src/format/format'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'
import { benefitClaimKey } from './benefits-queries'
import { aClaimBeingAssessed } from './claim-fixtures'

function section(name: string) {
  return within(screen.getByRole('region', { name }))
}

describe("A benefit claim's page", () => {
  it('shows the Housing Benefit award, how it is worked out, the payments to come and what happened when', async () => {
    signInAs('tenant')
    const claim = council.state.people.tenant.benefitClaims.find((each) => each.reference === 'HB-220981')
    await renderApp('/benefits/HB-220981')
    expect(await screen.findByRole('heading', { level: 1, name: 'Housing Benefit' })).toBeInTheDocument()
    expect(screen.getByText('Claim HB-220981')).toHaveClass('govuk-caption-l')

    const award = section('Your award')
    const workings = award.getByRole('table', { name: 'How we worked it out' })
    expect(within(workings).getByRole('columnheader', { name: 'A week' })).toBeInTheDocument()
    expect(within(workings).getByRole('rowheader', { name: 'Your eligible rent' })).toBeInTheDocument()
    const lastRow = within(workings).getAllByRole('row').at(-1) as HTMLElement
    expect(lastRow).toHaveTextContent('Your Housing Benefit£93.50')

    const payments = section('Payments to come')
    expect(payments.getByText('We pay your Housing Benefit straight into your rent account each Thursday.')).toBeInTheDocument()
    const rows = within(payments.getByRole('table')).getAllByRole('row').slice(1)
    expect(rows.map((row) => row.textContent)).toEqual(claim?.payments.map((payment) => `${formatDate(payment.on, 'en')}£93.50`))

    const history = section('What has happened')
    const events = history.getAllByRole('listitem')
    expect(events[0]).toHaveTextContent('You told us your earnings went up. We worked out your award again.')
    expect(events.at(-1)).toHaveTextContent('We received your claim for Housing Benefit.')
    expect(history.getAllByRole('link', { name: /^Read the letter/ }).map((link) => link.getAttribute('href'))).toEqual([
      '/letters/LT-533017',
      '/letters/LT-481205',
    ])

    const letters = within(await screen.findByRole('region', { name: 'Letters about this claim' }))
    expect(letters.getByRole('link', { name: 'Housing Benefit award notice' })).toHaveAttribute('href', '/letters/LT-481205')
    expect(letters.getByRole('link', { name: 'Your Housing Benefit and Council Tax Reduction have changed' })).toBeInTheDocument()
    expect(letters.queryByRole('link', { name: /^Council tax bill/ })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Tell us about a change' })).toHaveAttribute('href', '/report-a-change')
  })

  it('shows Council Tax Reduction taken off each council tax instalment still to pay', async () => {
    signInAs('tenant')
    await renderApp('/benefits/CTR-220982')
    expect(await screen.findByRole('heading', { level: 1, name: 'Council Tax Reduction' })).toBeInTheDocument()
    const payments = section('Payments to come')
    expect(payments.getByRole('columnheader', { name: 'Instalment due on' })).toBeInTheDocument()
    expect(payments.getByRole('columnheader', { name: 'Taken off' })).toBeInTheDocument()
    const unpaid = council.state.people.tenant.councilTax?.instalments.filter((instalment) => !instalment.paid) ?? []
    expect(within(payments.getByRole('table')).getAllByRole('row')).toHaveLength(unpaid.length + 1)
  })

  it('says a claim being assessed is being looked at, with no award or payments', async () => {
    signInAs('renter')
    council.state.people.renter.benefitClaims = [aClaimBeingAssessed()]
    await renderApp('/benefits/CTR-230117')
    expect(await screen.findByRole('heading', { level: 1, name: 'Council Tax Reduction' })).toBeInTheDocument()
    expect(screen.getByText(/^We are looking at your claim\. We will write to you when we have decided\./)).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Your award' })).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Payments to come' })).not.toBeInTheDocument()
    expect(section('What has happened').getByText('We asked you for proof of your income.')).toBeInTheDocument()
  })

  it("shows the not found page for another person's claim", async () => {
    signInAs('owner')
    await renderApp('/benefits/HB-220981')
    expect(await screen.findByRole('heading', { level: 1, name: 'Claim not found' })).toBeInTheDocument()
    expect(screen.queryByText('Your eligible rent')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'See your benefits' })).toHaveAttribute('href', '/benefits')
  })

  it('shows the claim last seen with no signal, saying when it was last updated', async () => {
    signInAs('tenant')
    const online = await renderApp('/benefits/HB-220981')
    expect(await screen.findByRole('heading', { level: 1, name: 'Housing Benefit' })).toBeInTheDocument()
    await waitFor(async () => {
      const db = await openDB(DATABASE)
      const kept = (await db.getAll('account-cache')) as { queryKey: string }[]
      db.close()
      expect(kept.some((answer) => answer.queryKey === JSON.stringify(benefitClaimKey('HB-220981')))).toBe(true)
    })
    online.unmount()

    gatewayServer.use(http.all('*/api/*', () => HttpResponse.error()))
    await renderApp('/benefits/HB-220981')
    expect(await screen.findByText(/^You're offline\. This is what your account showed/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: 'Housing Benefit' })).toBeInTheDocument()
    expect(section('Your award').getByRole('table', { name: 'How we worked it out' })).toBeInTheDocument()
  })
})
