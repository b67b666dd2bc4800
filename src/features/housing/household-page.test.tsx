import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { openDB } from 'idb'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { DATABASE } from '#src/device/database'
import { gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'
import { tenancyKey } from './housing-queries'

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
    expect(screen.getByRole('link', { name: 'Tell us about a change' })).toHaveAttribute('href', '/report-a-change')
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
  it('is the one way to tell us of a change, and the old addresses lead to it', async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    const page = await renderApp('/housing/household')
    await user.click(await screen.findByRole('link', { name: 'Tell us about a change' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'What has changed?' })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: 'Someone moved in with me' })).toBeInTheDocument()
    page.unmount()

    for (const old of ['/housing/household/change', '/housing/household/change/check']) {
      const redirected = await renderApp(old)
      expect(await screen.findByRole('heading', { level: 1, name: 'What has changed?' })).toBeInTheDocument()
      expect(redirected.router.state.location.pathname).toBe('/report-a-change')
      redirected.unmount()
    }
  })
})
