import { describe, expect, test } from 'vitest'
import type { Payment } from '#src/gateway/contract/payments'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { defaultGatewayOptions } from '../gateway-route'
import { amountsOwedBy } from '../personas'
import { clientFor, dataOf, failureOf, send } from './gateway-calls'
import { createPaymentDesk, paymentHandlers } from './payments'

const penaltyCharge = { owedId: 'pcn-SM40219876', amount: 8000, returnPath: '/payments/return' }

async function startPayingPenaltyCharge(): Promise<Payment> {
  signInAs('renter')
  return dataOf(await clientFor().call('startPayment', { body: penaltyCharge }))
}

const stateOf = (payment: Payment) => council.state.payments.get(payment.paymentId)?.payment.state

function submitCardPage(address: string, fields: Record<string, string>) {
  return fetch(address, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' })
}

function cardPageOf(payment: Payment) {
  if (!payment.nextUrl) throw new Error('The payment has no card page')
  return payment.nextUrl
}

describe('starting a payment', () => {
  test.each([
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '//evil.example',
    '/\\evil.example',
    '/ /evil.example',
    'https://evil.example',
    '/payments/return#top',
  ])('refuses the return path %j, which a browser could take to another site, and makes no payment', async (returnPath) => {
    signInAs('renter')

    const failure = failureOf(await clientFor().call('startPayment', { body: { ...penaltyCharge, returnPath } }))

    expect(failure).toMatchObject({ kind: 'invalid', details: { status: 422, errors: [expect.objectContaining({ field: 'returnPath' })] } })
    expect(council.state.payments.size).toBe(0)
  })

  test('a return path with a tab that reaches the payment desk still brings the person back to this site', async () => {
    const desk = createPaymentDesk(council, defaultGatewayOptions)
    gatewayServer.use(...paymentHandlers(council, defaultGatewayOptions, desk))
    const [owed] = amountsOwedBy(council.state.people.renter)
    if (!owed) throw new Error('The renter owes nothing')
    const payment = desk.create('renter', owed, owed.amount, '/\t/evil.example')
    const cardPage = cardPageOf(payment)

    const cancelled = await submitCardPage(cardPage, { action: 'cancel' })
    const finishedPage = await (await fetch(cardPage)).text()

    expect(cancelled.status).toBe(303)
    const back = new URL(cancelled.headers.get('Location') ?? '', window.location.href)
    expect(back.origin).toBe(window.location.origin)
    expect(back.searchParams.get('payment')).toBe(payment.paymentId)
    expect(finishedPage).not.toContain('evil.example')
  })
})

describe('the hosted card page', () => {
  test('has an address of its own that does not give away the paymentId, and the paymentId does not open it', async () => {
    const payment = await startPayingPenaltyCharge()

    expect(cardPageOf(payment)).toMatch(/^\/api\/pay\/card\/[0-9a-f-]{36}$/)
    expect(cardPageOf(payment)).not.toContain(payment.paymentId)
    expect((await fetch(`/api/pay/card/${payment.paymentId}`)).status).toBe(404)
  })

  test('knowing the paymentId lets nobody cancel the payment or pay it', async () => {
    const payment = await startPayingPenaltyCharge()

    const cancel = await submitCardPage(`/api/pay/card/${payment.paymentId}`, { action: 'cancel' })
    const pay = await submitCardPage(`/api/pay/card/${payment.paymentId}`, { action: 'pay', cardNumber: '4444333322221111' })

    expect(cancel.status).toBe(404)
    expect(pay.status).toBe(404)
    expect(stateOf(payment)).toBe('created')
    expect(council.state.people.renter.penaltyCharges[0]?.status).toBe('unpaid')
  })

  test('showing the page changes nothing about the payment', async () => {
    const payment = await startPayingPenaltyCharge()

    const page = await fetch(cardPageOf(payment))
    await fetch(cardPageOf(payment))

    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Enter card details')
    expect(stateOf(payment)).toBe('created')
    expect(await clientFor().call('getPayment', { params: { paymentId: payment.paymentId } })).toMatchObject({
      ok: true,
      data: { state: 'created', nextUrl: cardPageOf(payment) },
    })
  })

  test('cancelling at its own address cancels, and sends the person back to the app with the paymentId', async () => {
    const payment = await startPayingPenaltyCharge()

    const cancelled = await submitCardPage(cardPageOf(payment), { action: 'cancel' })

    expect(cancelled.status).toBe(303)
    expect(cancelled.headers.get('Location')).toBe(`/payments/return?payment=${payment.paymentId}`)
    expect(stateOf(payment)).toBe('cancelled')
  })

  test('paying at its own address pays', async () => {
    const payment = await startPayingPenaltyCharge()

    const paid = await submitCardPage(cardPageOf(payment), { action: 'pay', cardNumber: '4444 3333 2222 1111' })

    expect(paid.status).toBe(303)
    expect(stateOf(payment)).toBe('success')
    expect(council.state.people.renter.penaltyCharges[0]?.status).toBe('paid')
  })

  test('a card number it does not know shows the page again with the error, and the payment has started', async () => {
    const payment = await startPayingPenaltyCharge()

    const again = await submitCardPage(cardPageOf(payment), { action: 'pay', cardNumber: '1234' })

    expect(again.status).toBe(422)
    expect(await again.text()).toContain('Enter one of the test card numbers shown on this page')
    expect(stateOf(payment)).toBe('started')
  })

  test('refuses a JSON body with 415, not a server error, and changes nothing', async () => {
    const payment = await startPayingPenaltyCharge()

    const response = await fetch(cardPageOf(payment), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'cancel' }),
    })

    expect(response.status).toBe(415)
    expect(await response.text()).toMatch(/card page form/)
    expect(stateOf(payment)).toBe('created')
  })

  test('refuses a form it cannot read with 400, and changes nothing', async () => {
    const payment = await startPayingPenaltyCharge()

    const response = await fetch(cardPageOf(payment), {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data; boundary=card' },
      body: 'not a form at all',
    })

    expect(response.status).toBe(400)
    expect(stateOf(payment)).toBe('created')
  })

  test('a payment of one person is not found by another', async () => {
    const payment = await startPayingPenaltyCharge()
    const other = signInAs('owner')

    expect((await send('GET', `/payments/${payment.paymentId}`)).status).toBe(404)
    expect((await send('POST', `/payments/${payment.paymentId}/email-receipt`, { body: {}, session: other })).status).toBe(404)
  })
})

describe('a receipt through Notify', () => {
  // Only what was sent about the payment: the owner's seeded collection, within a day, is reminded of on the first call.
  const sentAbout = (payment: { reference: string }) =>
    council.state.notifications.filter((message) => message.reference === payment.reference)

  test('is sent for every payment that goes through, to those who chose payments, by the channel they chose', async () => {
    const payment = await startPayingPenaltyCharge()

    await submitCardPage(cardPageOf(payment), { action: 'pay', cardNumber: '4444333322221111' })

    expect(sentAbout(payment)).toMatchObject([
      {
        personId: 'renter',
        template: 'payment-receipt',
        topic: 'payments',
        channel: 'email',
        to: 'tomasz.nowak@example.com',
        reference: payment.reference,
        personalisation: { reference: payment.reference, what: payment.description, amount: '8000' },
      },
    ])
  })

  test('is not sent for a payment that fails', async () => {
    const payment = await startPayingPenaltyCharge()

    await submitCardPage(cardPageOf(payment), { action: 'pay', cardNumber: '4000000000000002' })

    expect(sentAbout(payment)).toEqual([])
  })

  test('is not sent to someone who did not choose alerts about payments', async () => {
    signInAs('tenant')
    const payment = dataOf(
      await clientFor().call('startPayment', { body: { owedId: 'rent', amount: 1000, returnPath: '/payments/return' } }),
    )

    await submitCardPage(cardPageOf(payment), { action: 'pay', cardNumber: '4444333322221111' })

    expect(council.state.payments.get(payment.paymentId)?.payment.state).toBe('success')
    expect(sentAbout(payment)).toEqual([])
  })
})
