import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { SESSION_COOKIE } from '#mocks/reference-council'
import { formatMoney } from '#src/format/format'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'
import { hostedCardPage } from './hosted-card-page'

function watchCardPage() {
  return vi.spyOn(hostedCardPage, 'open').mockImplementation(() => {})
}

/** The hosted card page's own address, which the gateway gave when the payment was created. */
function cardPageOf(payment: { nextUrl: string | null }): string {
  if (!payment.nextUrl) throw new Error('The payment has no card page')
  return payment.nextUrl
}

/** What the hosted card page does when the person enters a card, as its form would. */
async function payOnCardPage(cardPage: string, cardNumber: string) {
  const form = new URLSearchParams({ cardNumber, action: 'pay' })
  await fetch(cardPage, { method: 'GET' })
  return fetch(cardPage, { method: 'POST', body: form, redirect: 'manual' })
}

const onlyPayment = () => {
  const payments = [...council.state.payments.values()]
  expect(payments).toHaveLength(1)
  const [only] = payments
  if (!only) throw new Error('No payment was made')
  return only.payment
}

describe('paying what you owe', () => {
  it('lists everything owed, with a pay button for each', async () => {
    signInAs('renter')
    await renderApp('/payments')
    expect(await screen.findByRole('heading', { level: 2, name: 'Council tax, account CT-60311227' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Pay penalty charge' })).toHaveAttribute('href', '/payments/pay/pcn-SM40219876')
  })

  it("marks the council's English description of each thing owed as English on a Welsh page", async () => {
    signInAs('renter')
    await renderApp('/payments', { language: 'cy' })
    const welshHeading = await screen.findByRole('heading', { level: 2, name: 'Council tax, account CT-60311227' })
    expect(within(welshHeading).getByText('Council tax, account CT-60311227')).toHaveAttribute('lang', 'en-GB')
  })

  it('adds no language to the description of each thing owed on an English page', async () => {
    signInAs('renter')
    await renderApp('/payments')
    const englishHeading = await screen.findByRole('heading', { level: 2, name: 'Council tax, account CT-60311227' })
    expect(englishHeading.querySelector('[lang]')).toBeNull()
  })

  it('takes a fixed amount for a penalty charge, and sends the person to the card page', async () => {
    const open = watchCardPage()
    const user = userEvent.setup()
    signInAs('renter')
    await renderApp('/payments/pay/pcn-SM40219876')
    expect(await screen.findByText('£80.00')).toBeInTheDocument()
    // A fixed charge has no amount to choose, so the page is named after what is being paid.
    expect(screen.getByRole('heading', { level: 1, name: 'Penalty charge SM40219876' })).toBeInTheDocument()
    expect(screen.queryByText('How much do you want to pay?')).not.toBeInTheDocument()
    await waitFor(() => expect(document.title).toBe('Penalty charge SM40219876 – My Account – London Borough of Southmere'))
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }))
    await vi.waitFor(() => expect(open).toHaveBeenCalledOnce())
    const payment = onlyPayment()
    expect(payment).toMatchObject({ amount: 8000, owedId: 'pcn-SM40219876', state: 'created' })
    expect(open).toHaveBeenCalledWith(cardPageOf(payment))
  })

  it('checks an amount the person chooses, in pounds and pence', async () => {
    watchCardPage()
    const user = userEvent.setup()
    signInAs('tenant')
    await renderApp('/payments/pay/rent')
    const amount = await screen.findByLabelText('Amount in pounds and pence')
    expect(amount).toHaveValue('186.42')
    for (const [typed, message] of [
      ['', 'Enter how much you want to pay'],
      ['12.345', 'Enter an amount in pounds and pence, like 25 or 25.50'],
      ['0.50', 'The amount must be £1.00 or more'],
      ['99999', 'The amount must be £1,375.38 or less'],
    ] as const) {
      await user.clear(amount)
      if (typed) await user.type(amount, typed)
      await user.click(screen.getByRole('button', { name: 'Continue to payment' }))
      expect(within(await screen.findByRole('alert')).getByRole('link', { name: message })).toHaveAttribute('href', '#amount')
      expect(amount).toHaveValue(typed)
    }
    await user.clear(amount)
    await user.type(amount, '£50')
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }))
    await vi.waitFor(() => expect(onlyPayment().amount).toBe(5000))
  })

  it('says the amount error again in the new language when the person switches, with the limits in its own money format', async () => {
    const user = userEvent.setup()
    signInAs('tenant')
    await renderApp('/payments/pay/rent')
    const amount = await screen.findByLabelText('Amount in pounds and pence')
    await user.clear(amount)
    await user.type(amount, '99999')
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }))
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: 'The amount must be £1,375.38 or less' })).toBeInTheDocument()

    const languages = screen.getByRole('navigation', { name: 'Language' })
    await user.click(within(languages).getByText('Change language:', { exact: false }))
    await user.click(within(languages).getByRole('link', { name: 'Cymraeg' }))
    const welsh = "Rhaid i'r swm fod yn £1,375.38 neu lai"
    await screen.findByRole('heading', { level: 2, name: 'Mae problem wedi codi' })
    expect(within(screen.getByRole('alert')).getByRole('link', { name: welsh })).toHaveAttribute('href', '#amount')
    expect(await screen.findByLabelText('Swm mewn punnoedd a cheiniogau')).toHaveAccessibleDescription(expect.stringContaining(welsh))
    expect(screen.queryByText('The amount must be £1,375.38 or less')).not.toBeInTheDocument()
    expect(amount).toHaveValue('99999')
  })

  it('says an amount the council refuses on the amount field, in our words, and one it cannot place in general words', async () => {
    const user = userEvent.setup()
    signInAs('tenant')
    const refuse = (errors: { field: string; code: string; message: string }[]) =>
      gatewayServer.use(
        http.post('*/api/payments', () =>
          HttpResponse.json(
            { title: 'The amount is not allowed', status: 422, errors },
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      )
    await renderApp('/payments/pay/rent')
    const amount = await screen.findByLabelText('Amount in pounds and pence')

    refuse([{ field: 'amount', code: 'amount.tooBig', message: 'Too much' }])
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }))
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: 'The amount must be £1,375.38 or less' })).toHaveAttribute(
      'href',
      '#amount',
    )
    expect(amount).toHaveAccessibleDescription(expect.stringContaining('Error: The amount must be £1,375.38 or less'))
    expect(screen.queryByText('Too much')).not.toBeInTheDocument()

    refuse([{ field: 'owedId', code: 'owed.unknown', message: 'No such thing' }])
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }))
    expect(await screen.findByText('Some answers need changing')).toBeInTheDocument()
    expect(screen.getByText('Check your answers and try again.')).toBeInTheDocument()
    expect(screen.queryByText('No such thing')).not.toBeInTheDocument()
  })

  it('lets the browser remember the amount on the person’s own device, but not on a shared or public computer', async () => {
    signInAs('tenant')
    const own = await renderApp('/payments/pay/rent')
    expect(await screen.findByLabelText('Amount in pounds and pence')).toHaveAttribute('autocomplete', 'transaction-amount')
    own.unmount()

    const shared = council.startSession('tenant', Date.now(), true)
    document.cookie = `${SESSION_COOKIE}=${shared.id}; Path=/`
    await renderApp('/payments/pay/rent')
    expect(await screen.findByLabelText('Amount in pounds and pence')).toHaveAttribute('autocomplete', 'off')
  })

  it('creates one payment however many times the button is pressed', async () => {
    const open = watchCardPage()
    const user = userEvent.setup()
    signInAs('renter')
    council.state.faults.extraLatencyMs = 100
    await renderApp('/payments/pay/pcn-SM40219876')
    const button = await screen.findByRole('button', { name: 'Continue to payment' })
    await user.tripleClick(button)
    await user.click(button)
    await vi.waitFor(() => expect(open).toHaveBeenCalled())
    expect(council.state.payments.size).toBe(1)
  })

  it('creates one payment when the answer to creating it is lost', async () => {
    const open = watchCardPage()
    const user = userEvent.setup()
    signInAs('renter')
    council.state.faults.dropAfterActing = 1
    await renderApp('/payments/pay/pcn-SM40219876')
    await user.click(await screen.findByRole('button', { name: 'Continue to payment' }))
    await vi.waitFor(() => expect(open).toHaveBeenCalledOnce())
    expect(council.state.payments.size).toBe(1)
    expect(open).toHaveBeenCalledWith(cardPageOf(onlyPayment()))
  })

  it('offers to continue the payment already started, rather than start another', async () => {
    const open = watchCardPage()
    const user = userEvent.setup()
    signInAs('renter')
    const first = await renderApp('/payments/pay/pcn-SM40219876')
    await user.click(await screen.findByRole('button', { name: 'Continue to payment' }))
    await vi.waitFor(() => expect(open).toHaveBeenCalledOnce())
    first.unmount()

    await renderApp('/payments/pay/pcn-SM40219876')
    expect(await screen.findByRole('heading', { level: 1, name: 'You have started paying this' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Continue your payment' })).toHaveAttribute('href', cardPageOf(onlyPayment()))
  })

  it('says the amount of the payment already started in the money format of the page’s language', async () => {
    const open = watchCardPage()
    signInAs('renter')
    const first = await renderApp('/payments/pay/pcn-SM40219876')
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Continue to payment' }))
    await vi.waitFor(() => expect(open).toHaveBeenCalledOnce())
    first.unmount()

    await renderApp('/payments/pay/pcn-SM40219876', { language: 'ar' })
    const inArabic = formatMoney(8000, 'ar')
    expect(inArabic).not.toBe(formatMoney(8000, 'en'))
    await screen.findByRole('heading', { level: 1, name: 'لقد بدأت بدفع هذا المبلغ' })
    expect(screen.getByRole('main').textContent).toContain(inArabic)
  })

  it('never queues a payment offline: it says so and gives the phone line', async () => {
    watchCardPage()
    const user = userEvent.setup()
    signInAs('renter')
    await renderApp('/payments/pay/pcn-SM40219876')
    gatewayServer.use(http.post('*/api/payments', () => HttpResponse.error()))
    await user.click(await screen.findByRole('button', { name: 'Continue to payment' }))
    expect(await screen.findByText(/You are offline. Payments cannot be saved to send later/)).toBeInTheDocument()
    expect(screen.getByText(/pay by phone on 020 7946 0000/)).toBeInTheDocument()
    const { outboxFor } = await import('#src/outbox/outbox-store')
    expect(await outboxFor('renter')).toEqual([])
  })
})

describe('coming back from the card page', () => {
  async function startPaying(owedId = 'pcn-SM40219876') {
    const open = watchCardPage()
    const user = userEvent.setup()
    const view = await renderApp(`/payments/pay/${owedId}`)
    await user.click(await screen.findByRole('button', { name: 'Continue to payment' }))
    await vi.waitFor(() => expect(open).toHaveBeenCalledOnce())
    view.unmount()
    return onlyPayment()
  }

  it('shows a receipt only when the gateway says the payment succeeded, and can email it', async () => {
    signInAs('renter')
    const payment = await startPaying()
    await payOnCardPage(cardPageOf(payment), '4444333322221111')
    const user = userEvent.setup()
    await renderApp(`/payments/return?payment=${payment.paymentId}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Payment successful' })).toBeInTheDocument()
    expect(screen.getByText(payment.reference, { selector: 'strong' })).toBeInTheDocument()
    expect(screen.getByText('Penalty charge SM40219876', { selector: 'dd' })).toBeInTheDocument()
    expect(screen.getByText('£80.00', { selector: 'dd' })).toBeInTheDocument()
    expect(screen.getByText('Visa ending 1111')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Email me this receipt' }))
    expect(await screen.findByText('We have sent your receipt to t•••@example.com.')).toBeInTheDocument()
    expect(council.state.emailsSent).toEqual([{ to: 'tomasz.nowak@example.com', subject: `Receipt ${payment.reference}` }])
    expect(council.state.people.renter.penaltyCharges[0]?.status).toBe('paid')
  })

  it('says a collection paid for after its time went to someone else is refunded, and offers to book another', async () => {
    signInAs('owner')
    // A time the diary does not have, so its place cannot be taken back: as if someone else has booked it since.
    const [kept] = council.state.people.owner.bookings
    if (!kept) throw new Error('Margaret Ellis has no bookings')
    const payBy = new Date(Date.now() + 30 * 60_000).toISOString()
    const collection = {
      ...kept,
      ...{ reference: 'BK-90002', startsAt: '2030-01-07T09:00:00.000Z', endsAt: '2030-01-07T13:00:00.000Z' },
      ...{ kind: 'bulky_waste' as const, status: 'awaiting_payment' as const, fee: 3000, paid: false, payBy, changeUntil: payBy },
    }
    council.state.people.owner.bookings.push(collection)
    const payment = await startPaying('booking-BK-90002')
    collection.payBy = new Date(Date.now() - 1000).toISOString()

    await payOnCardPage(cardPageOf(payment), '4444333322221111')
    await renderApp(`/payments/return?payment=${payment.paymentId}`)

    expect(await screen.findByRole('heading', { level: 1, name: 'Your payment has been refunded' })).toBeInTheDocument()
    expect(
      screen.getByText(
        'Your collection was not paid for in time, and someone else has booked its time since. We have given back £30.00 to your card.',
      ),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Book another collection' })).toHaveAttribute('href', '/bookings/bulky-waste')
    expect(within(screen.getByText('Refunded to your card').closest('div') ?? document.body).getByText('£30.00')).toBeInTheDocument()
    expect(screen.queryByText('Payment successful')).not.toBeInTheDocument()
  })

  it('does not trust the return address: coming back without paying shows it unfinished', async () => {
    signInAs('renter')
    const payment = await startPaying()
    await renderApp(`/payments/return?payment=${payment.paymentId}&status=success`)
    expect(await screen.findByRole('heading', { level: 1, name: 'You have not finished paying' })).toBeInTheDocument()
  })

  it.each([
    ['4000000000000002', 'Your payment was declined'],
    ['4000000000000119', 'Sorry, there was a problem with your payment'],
  ])('with card %s, says "%s", that nothing was taken, and offers another try', async (card, heading) => {
    signInAs('renter')
    const payment = await startPaying()
    await payOnCardPage(cardPageOf(payment), card)
    await renderApp(`/payments/return?payment=${payment.paymentId}`)
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument()
    expect(screen.getByText('No money has been taken from your account.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    expect(screen.getByText(/pay by phone on 020 7946 0000/)).toBeInTheDocument()
    expect(council.state.people.renter.penaltyCharges[0]?.status).toBe('unpaid')
  })

  it('says when the person cancelled', async () => {
    signInAs('renter')
    const payment = await startPaying()
    await fetch(cardPageOf(payment), { method: 'POST', body: new URLSearchParams({ action: 'cancel' }), redirect: 'manual' })
    await renderApp(`/payments/return?payment=${payment.paymentId}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'You cancelled your payment' })).toBeInTheDocument()
  })

  it("says we're checking while the bank has not answered, and shows the receipt once it has", async () => {
    signInAs('renter')
    const payment = await startPaying()
    await payOnCardPage(cardPageOf(payment), '4000000000000069')
    await renderApp(`/payments/return?payment=${payment.paymentId}`)
    expect(await screen.findByRole('heading', { level: 1, name: "We're checking your payment" })).toBeInTheDocument()
    expect(screen.getByText('Do not pay again. You will not be charged twice.')).toBeInTheDocument()
    expect(await screen.findByRole('heading', { level: 1, name: 'Payment successful' }, { timeout: 8000 })).toBeInTheDocument()
  }, 15_000)

  it('coming back twice, or refreshing, never charges again', async () => {
    signInAs('renter')
    const payment = await startPaying()
    const cardPage = cardPageOf(payment)
    await payOnCardPage(cardPage, '4444333322221111')
    const again = await payOnCardPage(cardPage, '4444333322221111')
    expect(again.status).toBe(303)
    const first = await renderApp(`/payments/return?payment=${payment.paymentId}`)
    await screen.findByRole('heading', { level: 1, name: 'Payment successful' })
    first.unmount()
    await renderApp(`/payments/return?payment=${payment.paymentId}`)
    await screen.findByRole('heading', { level: 1, name: 'Payment successful' })
    expect(council.state.people.renter.payments.filter((made) => made.state === 'success')).toHaveLength(1)

    await renderApp('/payments/pay/pcn-SM40219876')
    expect(await screen.findByRole('heading', { level: 1, name: 'There is nothing to pay' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Continue to payment' })).not.toBeInTheDocument()
  })
})

describe('a payment link from the contact centre', () => {
  it('is sent by staff for the exact item, masked, recorded under their name', async () => {
    const user = userEvent.setup()
    signInAs('staff')
    await renderApp('/staff/payment-link')
    await user.click(await screen.findByRole('button', { name: 'Find' }))
    expect(
      within(await screen.findByRole('alert')).getByRole('link', { name: 'Enter the reference the caller wants to pay' }),
    ).toBeInTheDocument()
    await user.type(screen.getByLabelText('Reference the caller wants to pay'), 'sm40219876')
    await user.click(screen.getByRole('button', { name: 'Find' }))
    expect(await screen.findByText('Tomasz Nowak')).toBeInTheDocument()
    // Focus goes to what was found, so it is read out and the next Tab reaches the choices.
    expect(document.activeElement).toContainElement(screen.getByText('Tomasz Nowak'))
    expect(screen.getByText('£80.00')).toBeInTheDocument()
    expect(screen.queryByText(/07700 900456/)).not.toBeInTheDocument()
    await user.click(screen.getByLabelText('By text message to 07•••••456'))
    await user.click(screen.getByRole('button', { name: 'Send payment link' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Payment link sent' })).toBeInTheDocument()
    expect(document.activeElement).toContainElement(screen.getByRole('heading', { level: 1, name: 'Payment link sent' }))
    expect(council.state.textsSent).toEqual([
      expect.objectContaining({ to: '07700 900456', link: expect.stringMatching(/^\/pay\/[0-9a-f-]{36}$/) }),
    ])
    expect(council.state.audit).toEqual([
      expect.objectContaining({ staffId: 'staff', about: 'renter', item: 'pcn-SM40219876', action: 'looked up what a caller owes' }),
      expect.objectContaining({ staffId: 'staff', about: 'renter', item: 'pcn-SM40219876', action: 'sent a payment link by text' }),
    ])
  })

  it('is only for contact-centre staff', async () => {
    signInAs('renter')
    await renderApp('/staff/payment-link')
    expect(await screen.findByRole('heading', { level: 1, name: 'Only contact centre staff can use this page' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'go to your payments' })).toHaveAttribute('href', '/payments')
    expect(screen.queryByLabelText('Reference the caller wants to pay')).not.toBeInTheDocument()
  })

  it('never lets the browser remember or offer a caller’s reference', async () => {
    signInAs('staff')
    await renderApp('/staff/payment-link')
    expect(await screen.findByLabelText('Reference the caller wants to pay')).toHaveAttribute('autocomplete', 'off')
  })

  it('lets the caller pay that item without signing in, and then no more', async () => {
    const open = watchCardPage()
    const user = userEvent.setup()
    signInAs('staff')
    await gatewayCall('/api/session')
    const sent = await sendLink('SM40219876')
    document.cookie = 'myaccount_session=; Max-Age=0; Path=/'

    const view = await renderApp(sent)
    expect(await screen.findByRole('heading', { level: 1, name: 'Pay the council' })).toBeInTheDocument()
    expect(screen.getByText('Penalty charge SM40219876')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }))
    await vi.waitFor(() => expect(open).toHaveBeenCalledOnce())
    const payment = onlyPayment()
    await payOnCardPage(cardPageOf(payment), '4444333322221111')
    view.unmount()

    const done = await renderApp(`${sent}/done?payment=${payment.paymentId}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Payment successful' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Email me this receipt' })).not.toBeInTheDocument()
    done.unmount()

    await renderApp(sent)
    expect(await screen.findByRole('heading', { level: 1, name: 'This payment link does not work' })).toBeInTheDocument()
  })
})

async function gatewayCall(path: string) {
  return fetch(path, { credentials: 'include' })
}

/** What the staff page does, straight to the gateway: returns the link the caller gets. */
async function sendLink(reference: string): Promise<string> {
  const session = (await (await gatewayCall('/api/session')).json()) as { csrfToken: string }
  const response = await fetch('/api/staff/payment-links', {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), 'X-CSRF-Token': session.csrfToken },
    body: JSON.stringify({ reference, channel: 'email' }),
  })
  expect(response.status).toBe(200)
  const link = council.state.emailsSent.at(-1)?.link
  if (!link) throw new Error('No link was sent')
  return link
}
