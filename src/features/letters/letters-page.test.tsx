import { screen, waitFor, within } from '@testing-library/react'
import { openDB } from 'idb'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { DATABASE } from '#src/device/database'
import { formatDate, formatMoney } from '#src/format/format'
import { myLetterKey, myLettersKey } from '#src/session/account-queries'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

const letterLinks = () =>
  within(screen.getByRole('main'))
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent)

async function keptForReadingOffline(queryKey: readonly unknown[]) {
  await waitFor(async () => {
    const db = await openDB(DATABASE)
    const kept = (await db.getAll('account-cache')) as { queryKey: string }[]
    db.close()
    expect(kept.some((answer) => answer.queryKey === JSON.stringify(queryKey))).toBe(true)
  })
}

describe('Your letters', () => {
  it("lists Precious Okafor's letters newest first, each with its kind and when it was sent", async () => {
    signInAs('tenant')
    await renderApp('/letters')
    expect(await screen.findByRole('heading', { level: 1, name: 'Your letters' })).toBeInTheDocument()
    const bill = council.state.people.tenant.letters.find((letter) => letter.kind === 'bill')
    expect(letterLinks()).toEqual([
      bill?.title,
      'Your Housing Benefit and Council Tax Reduction have changed',
      // Sent the same day: the later one first.
      'Council Tax Reduction award notice',
      'Housing Benefit award notice',
    ])
    expect(screen.getByRole('link', { name: bill?.title })).toHaveAttribute('href', `/letters/${bill?.id}`)
    expect(screen.getByText(`Sent ${formatDate(bill?.sentOn ?? '', 'en')} · About CT-60277310`)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Everything' })).toHaveAttribute('aria-current', 'page')
  })

  it('shows only the letters about one service when asked, and says which', async () => {
    signInAs('tenant')
    await renderApp('/letters?service=benefits')
    expect(await screen.findByRole('heading', { level: 1, name: 'Your benefits letters' })).toBeInTheDocument()
    expect(letterLinks()).toHaveLength(3)
    expect(letterLinks()).not.toContainEqual(expect.stringMatching(/^Council tax bill/))
    expect(screen.getByRole('link', { name: 'Benefits' })).toHaveAttribute('aria-current', 'page')
    expect(screen.getByRole('link', { name: 'Everything' })).not.toHaveAttribute('aria-current')
  })

  it("lists Tomasz Nowak's council tax bill and reminder, and tells him he has no benefits letters", async () => {
    signInAs('renter')
    await renderApp('/letters?service=council_tax')
    expect(await screen.findByRole('heading', { level: 1, name: 'Your council tax letters' })).toBeInTheDocument()
    expect(letterLinks()).toEqual(['Council tax reminder', expect.stringMatching(/^Council tax bill \d{4} to \d{4}$/)])
    expect(screen.getByText('Reminder')).toHaveClass('govuk-tag')
    await renderApp('/letters?service=benefits')
    expect(await screen.findByText('We have not sent you any letters about this.')).toBeInTheDocument()
  })

  it('shows the letters last seen with no signal, saying when they were last updated', async () => {
    signInAs('owner')
    const online = await renderApp('/letters')
    expect(await screen.findByRole('heading', { level: 1, name: 'Your letters' })).toBeInTheDocument()
    await keptForReadingOffline(myLettersKey)
    online.unmount()

    gatewayServer.use(http.all('*/api/*', () => HttpResponse.error()))
    await renderApp('/letters')
    expect(await screen.findByText(/^You're offline\. This is what your account showed/)).toBeInTheDocument()
    expect(letterLinks()).toEqual([expect.stringMatching(/^Council tax bill/)])
  })
})

describe('A letter', () => {
  it("shows Margaret Ellis's council tax bill as headings and tables of amounts, with a button to print it", async () => {
    signInAs('owner')
    const account = council.state.people.owner.councilTax
    const bill = council.state.people.owner.letters.find((letter) => letter.kind === 'bill')
    await renderApp(`/letters/${bill?.id}`)
    expect(await screen.findByRole('heading', { level: 1, name: bill?.title })).toBeInTheDocument()
    expect(screen.getByText(`Bill, sent ${formatDate(bill?.sentOn ?? '', 'en')}`)).toHaveClass('govuk-caption-l')
    expect(screen.getByRole('heading', { level: 2, name: 'Your council tax bill' })).toBeInTheDocument()

    const about = screen.getByRole('table', { name: 'About this bill' })
    expect(within(about).getByRole('rowheader', { name: 'Council tax band' }).nextElementSibling).toHaveTextContent('E')
    const workings = screen.getByRole('table', { name: 'How we worked out your bill' })
    expect(within(workings).getByRole('columnheader', { name: 'Amount' })).toHaveClass('govuk-table__header--numeric')
    expect(within(workings).getByRole('rowheader', { name: 'Single person discount (25%)' }).nextElementSibling).toHaveTextContent(
      formatMoney(-81926, 'en'),
    )
    const total = within(workings).getByRole('rowheader', { name: 'Total to pay for the year' })
    expect(total).toHaveClass('govuk-!-font-weight-bold')
    expect(total.nextElementSibling).toHaveTextContent(formatMoney(account?.yearTotal ?? 0, 'en'))
    const instalments = screen.getByRole('table', { name: 'Your instalments' })
    for (const instalment of account?.instalments ?? []) {
      expect(within(instalments).getByRole('rowheader', { name: formatDate(instalment.dueOn, 'en') })).toBeInTheDocument()
    }

    const printed: string[] = []
    window.print = () => printed.push('printed')
    screen.getByRole('button', { name: 'Print or save as PDF' }).click()
    expect(printed).toEqual(['printed'])
    expect(screen.getByRole('button', { name: 'Print or save as PDF' }).closest('.app-no-print')).not.toBeNull()
  })

  it("on a Welsh page, says money and dates in Welsh and marks the council's English words as English", async () => {
    signInAs('tenant')
    await renderApp('/letters/LT-533017', { language: 'cy' })
    const title = await screen.findByText('Your Housing Benefit and Council Tax Reduction have changed')
    expect(title.closest('[lang]')).toHaveAttribute('lang', 'en-GB')
    const changes = screen.getByRole('table', { name: 'Your new awards' })
    const cell = within(changes).getByText(formatMoney(9350, 'cy'))
    expect(cell.closest('[lang]')).toHaveAttribute('lang', 'cy')
    expect(within(changes).getByText('Housing Benefit').closest('[lang]')).toHaveAttribute('lang', 'en-GB')
    const starts = screen.getByRole('table', { name: 'When the change starts' })
    expect(within(starts).getByText(formatDate('2025-06-16', 'cy'))).toBeInTheDocument()
    expect(formatDate('2025-06-16', 'cy')).not.toBe(formatDate('2025-06-16', 'en'))
  })

  it("shows the not found page for another person's letter", async () => {
    signInAs('owner')
    await renderApp('/letters/LT-481205')
    expect(await screen.findByRole('heading', { level: 1, name: 'Letter not found' })).toBeInTheDocument()
    expect(screen.queryByText('You will get Housing Benefit')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'See your letters' })).toHaveAttribute('href', '/letters')
  })

  it('shows the letter last seen with no signal, saying when it was last updated', async () => {
    signInAs('tenant')
    const online = await renderApp('/letters/LT-481205')
    expect(await screen.findByRole('heading', { level: 1, name: 'Housing Benefit award notice' })).toBeInTheDocument()
    await keptForReadingOffline(myLetterKey('LT-481205'))
    online.unmount()

    gatewayServer.use(http.all('*/api/*', () => HttpResponse.error()))
    await renderApp('/letters/LT-481205')
    expect(await screen.findByText(/^You're offline\. This is what your account showed/)).toBeInTheDocument()
    expect(screen.getByRole('table', { name: 'How we worked it out' })).toBeInTheDocument()
  })
})
