import { screen, waitFor, within } from '@testing-library/react'
import { openDB } from 'idb'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { DATABASE } from '#src/device/database'
import { formatDate } from '#src/format/format'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'
import { benefitClaimsKey } from './benefits-queries'
import { aClaimBeingAssessed } from './claim-fixtures'

async function cardNamed(title: string) {
  const heading = await screen.findByRole('heading', { level: 2, name: title })
  const card = heading.closest<HTMLElement>('.govuk-summary-card')
  if (!card) throw new Error(`No card for ${title}`)
  return card
}

function rowsOf(card: HTMLElement) {
  return Object.fromEntries(
    [...card.querySelectorAll('.govuk-summary-list__row')].map((row) => [
      row.querySelector('dt')?.textContent,
      row.querySelector('dd')?.textContent,
    ]),
  )
}

async function keptForReadingOffline(queryKey: readonly unknown[]) {
  await waitFor(async () => {
    const db = await openDB(DATABASE)
    const kept = (await db.getAll('account-cache')) as { queryKey: string }[]
    db.close()
    expect(kept.some((answer) => answer.queryKey === JSON.stringify(queryKey))).toBe(true)
  })
}

describe('Your benefits', () => {
  it("shows Precious Okafor's Housing Benefit and Council Tax Reduction, each with its award and next payment", async () => {
    signInAs('tenant')
    const [housingBenefit, reduction] = council.state.people.tenant.benefitClaims
    await renderApp('/benefits')
    expect(await screen.findByRole('heading', { level: 1, name: 'Your benefits' })).toBeInTheDocument()

    const hbCard = await cardNamed('Housing Benefit')
    expect(rowsOf(hbCard)).toEqual({
      Reference: 'HB-220981',
      Status: 'Awarded',
      Award: '£93.50 a week',
      'How it is paid': 'Paid into your rent account each week',
      'Next payment': `£93.50 into your rent account on ${formatDate(housingBenefit?.payments[0]?.on ?? '', 'en')}`,
    })
    expect(within(hbCard).getByText('Awarded')).toHaveClass('govuk-tag--green')
    expect(within(hbCard).getByRole('link', { name: 'See your Housing Benefit claim' })).toHaveAttribute('href', '/benefits/HB-220981')

    const ctrCard = await cardNamed('Council Tax Reduction')
    expect(rowsOf(ctrCard)).toMatchObject({
      Award: '£22.14 a week',
      'How it is paid': 'Taken off your council tax bill',
      'Next payment': `£191.88 off your instalment due on ${formatDate(reduction?.payments[0]?.on ?? '', 'en')}`,
    })
    expect(screen.getByRole('link', { name: 'Letters about your benefits' })).toHaveAttribute('href', '/letters?service=benefits')
    expect(screen.getByRole('link', { name: 'Tell us about a change' })).toHaveAttribute('href', '/report-a-change')
  })

  it('says a claim is being assessed, with no award or payment yet', async () => {
    signInAs('renter')
    council.state.people.renter.benefitClaims = [aClaimBeingAssessed()]
    await renderApp('/benefits')
    const card = await cardNamed('Council Tax Reduction')
    expect(rowsOf(card)).toEqual({ Reference: 'CTR-230117', Status: 'Being assessed', Award: 'We are looking at your claim' })
    expect(within(card).getByText('Being assessed')).toHaveClass('govuk-tag--yellow')
  })

  it('tells someone with no claims so', async () => {
    signInAs('owner')
    await renderApp('/benefits')
    expect(await screen.findByText('You do not have a Housing Benefit or Council Tax Reduction claim.')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /^See your/ })).not.toBeInTheDocument()
  })

  it('shows the claims last seen with no signal, saying when they were last updated', async () => {
    signInAs('tenant')
    const online = await renderApp('/benefits')
    expect(await cardNamed('Housing Benefit')).toBeInTheDocument()
    await keptForReadingOffline(benefitClaimsKey)
    online.unmount()

    gatewayServer.use(http.all('*/api/*', () => HttpResponse.error()))
    await renderApp('/benefits')
    expect(await screen.findByText(/^You're offline\. This is what your account showed/)).toBeInTheDocument()
    expect(rowsOf(await cardNamed('Housing Benefit'))).toMatchObject({ Award: '£93.50 a week' })
  })
})
