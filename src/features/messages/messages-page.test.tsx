import { screen, waitFor, within } from '@testing-library/react'
import { openDB } from 'idb'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import type { CachedAnswer } from '#src/device/database'
import { DATABASE } from '#src/device/database'
import { formatDateTime, formatMoney } from '#src/format/format'
import { changeRequestStatus } from '#mocks/handlers/service-requests'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'
import { myMessagesKey } from './message-queries'

/** Each message on the page: its subject, what it says, its rows and its link. */
function messagesShown() {
  return [...document.querySelectorAll('.govuk-summary-card')].map((card) => ({
    subject: card.querySelector('.govuk-summary-card__title')?.textContent,
    says: [...card.querySelectorAll('.govuk-summary-card__content > p.govuk-body')]
      .filter((paragraph) => !paragraph.querySelector('a'))
      .map((paragraph) => paragraph.textContent),
    rows: Object.fromEntries(
      [...card.querySelectorAll('.govuk-summary-list__row')].map((row) => [
        row.querySelector('dt')?.textContent,
        row.querySelector('dd')?.textContent,
      ]),
    ),
    link: within(card as HTMLElement)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href')),
  }))
}

async function untilKept(personId: string) {
  await waitFor(async () => {
    const db = await openDB(DATABASE)
    const answers: CachedAnswer[] = await db.getAll('account-cache')
    db.close()
    expect(answers.some((answer) => answer.personId === personId && answer.queryKey === JSON.stringify(myMessagesKey))).toBe(true)
  })
}

describe('Messages', () => {
  it('asks someone signed out to sign in and come back here', async () => {
    await renderApp('/messages')

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to continue' })).toBeInTheDocument()
  })

  it('says when nothing has been sent, and where to choose alerts', async () => {
    // The renter chose emails about payments only, and has paid nothing: nothing has gone to them.
    signInAs('renter')
    await renderApp('/messages')

    expect(await screen.findByText('We have not sent you any messages yet.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'your details' })).toHaveAttribute('href', '/your-details')
  })

  it("shows a report's status change with the status in plain words, how and when it was sent, and a link to the report", async () => {
    changeRequestStatus(council, 'SR-1048213', 'fixed', 'The tap was replaced.')
    const sentAt = council.state.notifications[0]?.sentAt ?? ''
    signInAs('tenant')
    await renderApp('/messages')

    await screen.findByRole('heading', { level: 2, name: 'Your report SR-1048213 has been updated' })
    expect(messagesShown()).toEqual([
      {
        subject: 'Your report SR-1048213 has been updated',
        says: ['We have updated your report about Housing repair.', 'What we said: The tap was replaced.'],
        rows: { Status: 'Fixed', How: 'Sent by text to 07700 900123', Sent: formatDateTime(sentAt, 'en') },
        link: ['/requests/SR-1048213'],
      },
    ])
  })

  it('shows a booking reminder with when and where, linked to the booking', async () => {
    const startsAt = '2030-03-05T10:30:00.000Z'
    council.notify(council.state.people.tenant, {
      template: 'booking-reminder',
      topic: 'bookings',
      reference: 'BK-70311',
      personalisation: { reference: 'BK-70311', what: 'Housing repair visit', startsAt, place: 'Brixton One Stop Shop' },
    })
    signInAs('tenant')
    await renderApp('/messages')

    await screen.findByRole('heading', { level: 2, name: 'Reminder: booking BK-70311' })
    expect(messagesShown()[0]).toMatchObject({
      says: [`Housing repair visit is booked for ${formatDateTime(startsAt, 'en')}.`, 'Where: Brixton One Stop Shop'],
      link: ['/bookings/BK-70311'],
    })
  })

  it('shows the newest first, with statuses and times in the language of the page', async () => {
    changeRequestStatus(council, 'SR-1048213', 'in_progress')
    council.moveClockOn(60_000)
    changeRequestStatus(council, 'SR-1048213', 'fixed')
    const [first, second] = council.state.notifications
    signInAs('tenant')
    await renderApp('/messages', { language: 'cy' })

    await waitFor(() => expect(messagesShown()).toHaveLength(2))
    // The status, first, and when it was sent, last: the rows between say how, in words yet to be translated.
    const statusAndSent = messagesShown().map((message) => {
      const values = Object.values(message.rows)
      return [values[0], values.at(-1)]
    })
    expect(statusAndSent).toEqual([
      ["Wedi'i drwsio", formatDateTime(second?.sentAt ?? '', 'cy')],
      ['Ar waith', formatDateTime(first?.sentAt ?? '', 'cy')],
    ])
  })

  it('says a receipt with its amount as money, and sent by email', async () => {
    const owner = council.state.people.owner
    council.notify(owner, {
      template: 'payment-receipt',
      topic: 'payments',
      reference: 'PAY-1001',
      personalisation: { reference: 'PAY-1001', amount: '24578', what: 'Council tax' },
    })
    signInAs('owner')
    await renderApp('/messages')

    await screen.findByRole('heading', { level: 2, name: 'Payment received: PAY-1001' })
    // The owner is also reminded of their seeded collection, within a day, so the receipt is found by its subject.
    expect(messagesShown().find((message) => message.subject === 'Payment received: PAY-1001')).toMatchObject({
      says: [`We have received your payment of ${formatMoney(24578, 'en')} for Council tax.`],
      rows: { How: 'Sent by email to margaret.ellis@example.com' },
      link: ['/payments/history'],
    })
  })

  it('can be read with no signal, saying when it was last updated', async () => {
    changeRequestStatus(council, 'SR-1048213', 'fixed')
    signInAs('tenant')
    const online = await renderApp('/messages')
    await screen.findByRole('heading', { level: 2, name: 'Your report SR-1048213 has been updated' })
    await untilKept('tenant')
    online.unmount()

    gatewayServer.use(http.all('*/api/*', () => HttpResponse.error()))
    await renderApp('/messages')

    expect(await screen.findByRole('heading', { level: 2, name: 'Your report SR-1048213 has been updated' })).toBeInTheDocument()
    expect(await screen.findByText(/^You're offline\. This is what your account showed/)).toBeInTheDocument()
  })

  it('is linked from the home page', async () => {
    signInAs('owner')
    await renderApp('/')

    expect(await screen.findByRole('link', { name: 'Messages we have sent you' })).toHaveAttribute('href', '/messages')
  })
})
