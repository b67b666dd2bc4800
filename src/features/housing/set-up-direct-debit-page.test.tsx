import { screen, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { openDB } from 'idb'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { DATABASE } from '#src/device/database'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

async function fillIn(user: UserEvent, details: { sortCode: string; accountNumber: string }) {
  await user.type(await screen.findByLabelText('Name on the account'), 'P Okafor')
  await user.type(screen.getByLabelText('Sort code'), details.sortCode)
  await user.type(screen.getByLabelText('Account number'), details.accountNumber)
  await user.click(screen.getByRole('radio', { name: '8th of each month' }))
  await user.click(screen.getByRole('checkbox', { name: 'I am the only person who needs to authorise Direct Debits from this account' }))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
}

async function everythingKeptOnTheDevice(): Promise<string> {
  const db = await openDB(DATABASE)
  const kept = await Promise.all([...db.objectStoreNames].map((store) => db.getAll(store)))
  db.close()
  return JSON.stringify([kept, { ...localStorage }, { ...sessionStorage }])
}

describe('Setting up a Direct Debit for the rent', () => {
  it('checks the bank details, shows them with the Guarantee and the council, and sets it up', async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    const { router } = await renderApp('/housing/direct-debit')
    expect(await screen.findByText('You do not pay your rent by Direct Debit.')).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Set up a Direct Debit' }))

    await fillIn(user, { sortCode: '08-99-99', accountNumber: '66374958' })

    expect(await screen.findByRole('heading', { level: 1, name: 'Check your Direct Debit details' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/housing/direct-debit/set-up/check')
    expect(screen.getByText('08-99-99', { selector: 'dd' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Change Sort code' })).toHaveAttribute('href', '/housing/direct-debit/set-up')
    expect(screen.getByRole('heading', { level: 2, name: 'The Direct Debit Guarantee' })).toBeInTheDocument()
    expect(screen.getByText(/you are entitled to a full and immediate refund of the amount paid/)).toBeInTheDocument()
    expect(screen.getByText(/London Borough of Southmere|Glanmor County Borough Council/, { selector: 'p *, p' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Set up Direct Debit' }))

    const panel = await screen.findByRole('heading', { level: 1, name: 'Direct Debit set up' })
    const mandate = council.state.people.tenant.rentDirectDebits.at(-1)
    expect(mandate).toMatchObject({ status: 'active', sortCode: '089999', accountNumberEnding: '4958', collectionDay: 8 })
    expect(within(panel.parentElement as HTMLElement).getByText(mandate?.reference ?? '')).toBeInTheDocument()
    expect(await everythingKeptOnTheDevice()).not.toContain('66374958')
    expect(router.state.location.search).toBe('')

    await user.click(screen.getByRole('link', { name: 'See your Direct Debit' }))
    expect(await screen.findByText(mandate?.reference ?? '', { selector: 'dd' })).toBeInTheDocument()
    expect(screen.getByText('Ending 4958')).toBeInTheDocument()
  })

  it('says a sort code and account number that fail the modulus check on the field, and sends nothing', async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    await renderApp('/housing/direct-debit/set-up')

    await fillIn(user, { sortCode: '089999', accountNumber: '66374959' })

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Check your sort code and account number: they do not match' })).toBeInTheDocument()
    expect(screen.getByLabelText('Account number')).toHaveAccessibleDescription(
      /Check your sort code and account number: they do not match/,
    )
    expect(screen.getByLabelText('Account number')).toHaveValue('66374959')
    expect(screen.getByLabelText('Name on the account')).toHaveValue('P Okafor')
    expect(council.state.applied.size).toBe(0)
    expect(council.state.people.tenant.rentDirectDebits).toEqual([])
  })

  it('says what is missing, in plain words', async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    await renderApp('/housing/direct-debit/set-up')
    await user.click(await screen.findByRole('button', { name: 'Continue' }))

    const summary = await screen.findByRole('alert')
    for (const error of [
      'Enter the name on the account',
      'Enter your sort code',
      'Enter your account number',
      'Choose which day of the month to pay',
    ]) {
      expect(within(summary).getByRole('link', { name: error })).toBeInTheDocument()
    }
    await user.type(screen.getByLabelText('Sort code'), '30-94')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(
      await within(await screen.findByRole('alert')).findByRole('link', { name: 'Enter a sort code like 30-94-57' }),
    ).toBeInTheDocument()
  })

  it("shows the gateway's modulus refusal on the account number", async () => {
    signInAs('tenant')
    gatewayServer.use(
      http.post('*/api/me/housing/direct-debit', () =>
        HttpResponse.json(
          {
            title: 'The sort code and account number do not go together',
            status: 422,
            errors: [{ field: 'accountNumber', code: 'accountNumber.modulus', message: 'Check the sort code and account number' }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    const user = userEvent.setup()
    await renderApp('/housing/direct-debit/set-up')
    await fillIn(user, { sortCode: '089999', accountNumber: '66374958' })
    await user.click(await screen.findByRole('button', { name: 'Set up Direct Debit' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Your bank details' })).toBeInTheDocument()
    expect(screen.getByLabelText('Account number')).toHaveAccessibleDescription(
      /Check your sort code and account number: they do not match/,
    )
    expect(screen.getByLabelText('Account number')).toHaveValue('66374958')
  })

  it('offline, says it cannot be set up without a signal, keeps nothing on the device and everything on screen', async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    await renderApp('/housing/direct-debit/set-up')
    await fillIn(user, { sortCode: '089999', accountNumber: '66374958' })
    await screen.findByRole('heading', { level: 1, name: 'Check your Direct Debit details' })

    gatewayServer.use(http.all('*/api/*', () => HttpResponse.error()))
    await user.click(screen.getByRole('button', { name: 'Set up Direct Debit' }))

    expect(await screen.findByText('Your Direct Debit has not been set up')).toBeInTheDocument()
    expect(screen.getByText(/You need a signal to set up a Direct Debit/)).toBeInTheDocument()
    expect(screen.getByText('66374958', { selector: 'dd' })).toBeInTheDocument()
    expect(await everythingKeptOnTheDevice()).not.toContain('66374958')

    await user.click(screen.getByRole('link', { name: 'Change Account number' }))
    expect(await screen.findByLabelText('Account number')).toHaveValue('66374958')
  })

  it('reached afresh, with no bank details in memory, says so plainly', async () => {
    signInAs('tenant')
    await renderApp('/housing/direct-debit/set-up/check')
    expect(await screen.findByRole('heading', { level: 1, name: 'Your bank details are not here any more' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Enter your bank details' })).toHaveAttribute('href', '/housing/direct-debit/set-up')
  })
})
