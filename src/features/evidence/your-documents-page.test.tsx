import { screen, waitFor, within } from '@testing-library/react'
import { openDB } from 'idb'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { DATABASE } from '#src/device/database'
import { formatDateTime } from '#src/format/format'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'
import { myEvidenceKey } from './evidence-queries'

/** Each document listed: its name and what the card says of it. */
function documentsListed() {
  return [...document.querySelectorAll('.govuk-summary-card')].map((card) => ({
    name: card.querySelector('.govuk-summary-card__title')?.textContent,
    details: Object.fromEntries(
      [...card.querySelectorAll('.govuk-summary-list__row')].map((row) => [
        row.querySelector('dt')?.textContent,
        row.querySelector('dd')?.textContent,
      ]),
    ),
  }))
}

describe("Documents you've sent us", () => {
  it('lists what the council has received, newest first, with what each was for, its size and when it came', async () => {
    signInAs('tenant')
    await renderApp('/evidence')
    expect(await screen.findByRole('heading', { level: 1, name: "Documents you've sent us" })).toBeInTheDocument()
    await screen.findByText('payslip-november.jpg')
    const [newest] = council.state.people.tenant.evidence.documents.slice(-1)
    expect(documentsListed()).toEqual([
      {
        name: 'payslip-november.jpg',
        details: {
          "What it's for": 'A benefit claim (HB-220981)',
          Document: 'Photo, 640 kB',
          Received: formatDateTime(newest?.receivedAt ?? '', 'en'),
        },
      },
      {
        name: 'payslip-october.pdf',
        details: expect.objectContaining({ "What it's for": 'A benefit claim (HB-220981)', Document: 'PDF, 212 kB' }),
      },
    ])
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Send us documents' })).toHaveAttribute('href', '/evidence/send')
  })

  it('is linked from the home page', async () => {
    signInAs('owner')
    await renderApp('/')
    expect(await screen.findByRole('link', { name: "Documents you've sent us" })).toHaveAttribute('href', '/evidence')
  })

  it('says so when nothing has been received', async () => {
    signInAs('renter')
    await renderApp('/evidence')
    expect(await screen.findByText('We have not received any documents from you.')).toBeInTheDocument()
  })

  it('shows what was last seen with no signal, saying when it was last updated', async () => {
    signInAs('tenant')
    const online = await renderApp('/evidence')
    await screen.findByText('payslip-november.jpg')
    await waitFor(async () => {
      const db = await openDB(DATABASE)
      const kept = (await db.getAll('account-cache')) as { queryKey: string }[]
      db.close()
      expect(kept.some((answer) => answer.queryKey === JSON.stringify(myEvidenceKey))).toBe(true)
    })
    online.unmount()

    gatewayServer.use(http.all('*/api/*', () => HttpResponse.error()))
    await renderApp('/evidence')
    expect(await screen.findByText('payslip-november.jpg')).toBeInTheDocument()
    expect(await screen.findByText(/^You're offline\. This is what your account showed/)).toBeInTheDocument()
  })
})
