import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { openDB } from 'idb'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { DATABASE } from '#src/device/database'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

describe('a Direct Debit for council tax', () => {
  it('is set up through the same journey as the rent, apart from any rent Direct Debit, and then cancelled', async () => {
    signInAs('renter')
    const user = userEvent.setup()
    const { router } = await renderApp('/council-tax/direct-debit')
    expect(await screen.findByRole('heading', { level: 1, name: 'Direct Debit for your council tax' })).toBeInTheDocument()
    expect(screen.getByText('You do not pay your council tax by Direct Debit.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Council tax' })).toHaveAttribute('href', '/council-tax')
    await user.click(screen.getByRole('link', { name: 'Set up a Direct Debit' }))

    await user.type(await screen.findByLabelText('Name on the account'), 'T Nowak')
    await user.type(screen.getByLabelText('Sort code'), '089999')
    await user.type(screen.getByLabelText('Account number'), '66374958')
    await user.click(screen.getByRole('radio', { name: '15th of each month' }))
    await user.click(screen.getByRole('checkbox', { name: 'I am the only person who needs to authorise Direct Debits from this account' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Check your Direct Debit details' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/council-tax/direct-debit/set-up/check')
    expect(screen.getByRole('link', { name: 'Change Sort code' })).toHaveAttribute('href', '/council-tax/direct-debit/set-up')
    await user.click(screen.getByRole('button', { name: 'Set up Direct Debit' }))

    const panel = await screen.findByRole('heading', { level: 1, name: 'Direct Debit set up' })
    const mandate = council.state.people.renter.councilTaxDirectDebits.at(-1)
    expect(mandate).toMatchObject({ status: 'active', accountNumberEnding: '4958', collectionDay: 15 })
    expect(within(panel.parentElement as HTMLElement).getByText(mandate?.reference ?? '')).toBeInTheDocument()
    expect(council.state.people.renter.rentDirectDebits).toEqual([])

    await user.click(screen.getByRole('link', { name: 'See your Direct Debit' }))
    expect(await screen.findByText('Ending 4958')).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Cancel this Direct Debit' }))
    expect(
      await screen.findByText(
        'Your council tax will not be paid by Direct Debit any more. You will need to pay each instalment another way.',
      ),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Cancel Direct Debit' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Direct Debit cancelled' })).toBeInTheDocument()
    expect(council.state.people.renter.councilTaxDirectDebits.at(-1)?.status).toBe('cancelled')
    expect(screen.getByRole('link', { name: 'Back to Direct Debit for your council tax' })).toHaveAttribute(
      'href',
      '/council-tax/direct-debit',
    )
  })

  it('offline, is not set up and the bank details are not kept to send later', async () => {
    signInAs('owner')
    const user = userEvent.setup()
    await renderApp('/council-tax/direct-debit/set-up')
    await user.type(await screen.findByLabelText('Name on the account'), 'M Ellis')
    await user.type(screen.getByLabelText('Sort code'), '089999')
    await user.type(screen.getByLabelText('Account number'), '66374958')
    await user.click(screen.getByRole('radio', { name: '1st of each month' }))
    await user.click(screen.getByRole('checkbox', { name: 'I am the only person who needs to authorise Direct Debits from this account' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { level: 1, name: 'Check your Direct Debit details' })

    gatewayServer.use(http.all('*/api/*', () => HttpResponse.error()))
    await user.click(screen.getByRole('button', { name: 'Set up Direct Debit' }))

    expect(await screen.findByText('Your Direct Debit has not been set up')).toBeInTheDocument()
    const db = await openDB(DATABASE)
    const kept = await Promise.all([...db.objectStoreNames].map((store) => db.getAll(store)))
    db.close()
    expect(JSON.stringify([kept, { ...localStorage }, { ...sessionStorage }])).not.toContain('66374958')
    gatewayServer.resetHandlers()
    window.dispatchEvent(new Event('online'))
    expect(await screen.findByRole('button', { name: 'Set up Direct Debit' })).toBeEnabled()
    expect(council.state.people.owner.councilTaxDirectDebits).toEqual([])
  })
})
