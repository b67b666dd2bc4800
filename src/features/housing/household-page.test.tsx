import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { openDB } from 'idb'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { DATABASE } from '#src/device/database'
import { formatDate } from '#src/format/format'
import { outboxFor } from '#src/outbox/outbox-store'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'
import { tenancyKey } from './housing-queries'

const nextYear = new Date().getFullYear() + 1

async function answerQuestions(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('radio', { name: 'Someone moved in' }))
  await user.type(screen.getByRole('textbox', { name: /Their full name/ }), 'Grace Okafor')
  await user.type(screen.getByRole('textbox', { name: 'Day' }), '3')
  await user.type(screen.getByRole('textbox', { name: 'Month' }), '2')
  await user.type(screen.getByRole('textbox', { name: 'Year' }), '2025')
  await user.type(screen.getByRole('textbox', { name: /Is there anything else/ }), 'My mother has come to live with us.')
}

async function keptOnDevice(queryKey: readonly unknown[]) {
  await waitFor(async () => {
    const db = await openDB(DATABASE)
    const kept = (await db.getAll('account-cache')) as { queryKey: string }[]
    db.close()
    expect(kept.some((answer) => answer.queryKey === JSON.stringify(queryKey))).toBe(true)
  })
}

describe('Who lives in your home', () => {
  it('lists the household as the tenancy records it, with the way to tell us of a change', async () => {
    signInAs('tenant')
    await renderApp('/housing/household')
    const table = within(await screen.findByRole('table', { name: 'People living in your home' }))
    const rows = table.getAllByRole('row').map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))
    expect(rows).toEqual([
      ['Name', 'Relationship to you', 'Year born'],
      ['Precious Okafor', 'Tenant', 'Not recorded'],
      ['Chidi Okafor', 'Child', '2013'],
      ['Ada Okafor', 'Child', '2018'],
    ])
    expect(screen.getByRole('link', { name: 'Tell us about a change' })).toHaveAttribute('href', '/housing/household/change')
  })

  it('shows the household last seen with no signal, saying when it was last updated', async () => {
    signInAs('tenant')
    const online = await renderApp('/housing/household')
    expect(await screen.findByRole('rowheader', { name: 'Chidi Okafor' })).toBeInTheDocument()
    await keptOnDevice(tenancyKey)
    online.unmount()

    gatewayServer.use(http.all('*/api/*', () => HttpResponse.error()))
    await renderApp('/housing/household')
    expect(await screen.findByText(/^You're offline\. This is what your account showed/)).toBeInTheDocument()
    expect(screen.getByRole('rowheader', { name: 'Chidi Okafor' })).toBeInTheDocument()
  })
})

describe('Telling us about a change to the household', () => {
  it('asks, checks with Change links, then tells the council and gives the reference and what happens next', async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    await renderApp('/housing/household')
    await user.click(await screen.findByRole('link', { name: 'Tell us about a change' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Tell us about a change to your household' })).toBeInTheDocument()
    await answerQuestions(user)
    expect(screen.getByText('You have 965 characters remaining')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers before telling us' })).toBeInTheDocument()
    const answers = [...document.querySelectorAll('.govuk-summary-list__row')].map((row) => row.querySelector('dd')?.textContent)
    expect(answers).toEqual(['Someone moved in', 'Grace Okafor', formatDate('2025-02-03', 'en'), 'My mother has come to live with us.'])
    expect(screen.getByRole('link', { name: 'Change Name' })).toHaveAttribute('href', '/housing/household/change?change=1#name')

    await user.click(screen.getByRole('link', { name: 'Change Name' }))
    const name = await screen.findByRole('textbox', { name: /Their full name/ })
    expect(name).toHaveValue('Grace Okafor')
    await user.clear(name)
    await user.type(name, 'Grace Adaeze Okafor')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.click(await screen.findByRole('button', { name: 'Tell us about this change' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'We have been told about the change' })).toBeInTheDocument()
    const [told] = council.state.people.tenant.householdChanges
    expect(told).toMatchObject({ change: 'moved_in', name: 'Grace Adaeze Okafor', date: '2025-02-03' })
    expect(screen.getByText(told?.reference ?? 'no reference')).toBeInTheDocument()
    expect(screen.getByText('housing, who will update your tenancy')).toBeInTheDocument()
    expect(screen.getByText('council tax, who will check if your bill changes')).toBeInTheDocument()
    expect(screen.getByText(/^benefits, who will check/)).toBeInTheDocument()
  })

  it('says what is wrong with each answer, in a summary that takes focus, keeping everything typed', async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    await renderApp('/housing/household/change')
    await user.click(await screen.findByRole('button', { name: 'Continue' }))

    const summary = await screen.findByRole('alert')
    await waitFor(() => expect(summary.parentElement).toHaveFocus())
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Select what has changed', '#change'],
      ['Enter their full name', '#name'],
      ['Enter the date it happened', '#date'],
    ])
    expect(document.title).toMatch(/^Error: /)

    await user.click(screen.getByRole('textbox', { name: /Their full name/ }))
    await user.paste('a'.repeat(101))
    expect(screen.getByRole('textbox', { name: /Their full name/ })).toHaveValue('a'.repeat(101))
    await user.type(screen.getByRole('textbox', { name: 'Day' }), '31')
    await user.type(screen.getByRole('textbox', { name: 'Month' }), '2')
    await user.click(screen.getByRole('textbox', { name: /Is there anything else/ }))
    await user.paste('b'.repeat(1001))
    expect(screen.getByText('You have 1 character too many')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Select what has changed',
      'Their name must be 100 characters or fewer',
      'The date must include a year',
      'Anything else must be 1,000 characters or fewer',
    ])
    expect(screen.getByRole('textbox', { name: 'Year' })).toHaveClass('govuk-input--error')
    expect(screen.getByRole('textbox', { name: 'Day' })).not.toHaveClass('govuk-input--error')

    await user.type(screen.getByRole('textbox', { name: 'Year' }), '2025')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'The date must be a real date' })).toHaveAttribute('href', '#date')

    const day = screen.getByRole('textbox', { name: 'Day' })
    await user.clear(day)
    await user.type(day, '1')
    const year = screen.getByRole('textbox', { name: 'Year' })
    await user.clear(year)
    await user.type(year, String(nextYear + 1))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'The date must be within the next 12 months' })).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: /Their full name/ })).toHaveValue('a'.repeat(101))
    expect(screen.getByRole('textbox', { name: /Is there anything else/ })).toHaveValue('b'.repeat(1001))
    expect(council.state.people.tenant.householdChanges).toEqual([])
  })

  it('keeps the answers through a reload', async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    const first = await renderApp('/housing/household/change')
    await answerQuestions(user)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers before telling us' })).toBeInTheDocument()
    first.unmount()

    await renderApp('/housing/household/change/check')
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers before telling us' })).toBeInTheDocument()
    expect(screen.getByText('Grace Okafor')).toBeInTheDocument()
    expect(screen.getByText('My mother has come to live with us.')).toBeInTheDocument()
  })

  it('offline, keeps the change in the outbox to send later, and says so', async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    await renderApp('/housing/household/change')
    await answerQuestions(user)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    gatewayServer.use(http.post('*/api/me/housing/household-changes', () => HttpResponse.error()))
    await user.click(await screen.findByRole('button', { name: 'Tell us about this change' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Your change is waiting to be sent' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'See what is waiting to be sent' })).toHaveAttribute('href', '/waiting')
    const waiting = await outboxFor('tenant')
    expect(waiting).toMatchObject([{ kind: 'household-change', payload: { body: { name: 'Grace Okafor', date: '2025-02-03' } } }])
    expect(council.state.people.tenant.householdChanges).toEqual([])
  })
})
