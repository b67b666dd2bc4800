import { describe, expect, test } from 'vitest'
import type { Payment } from '#src/gateway/contract/payments'
import { council, signInAs } from '#test/gateway-server'
import { clientFor, dataOf, failureOf, send } from './gateway-calls'

async function paidPenaltyCharge(): Promise<Payment> {
  signInAs('renter')
  const payment = dataOf(
    await clientFor().call('startPayment', { body: { owedId: 'pcn-SM40219876', amount: 8000, returnPath: '/payments/return' } }),
  )
  if (!payment.nextUrl) throw new Error('The payment has no card page')
  await fetch(payment.nextUrl, {
    method: 'POST',
    body: new URLSearchParams({ action: 'pay', cardNumber: '4444333322221111' }),
    redirect: 'manual',
  })
  return payment
}

const sendReceipt = (payment: Payment, channel: 'email' | 'text') =>
  clientFor().call('sendReceipt', { params: { paymentId: payment.paymentId }, body: { channel } })

describe('sending a receipt, as from a kiosk', () => {
  test('sends it by email to the address the council holds, and says where, masked', async () => {
    const payment = await paidPenaltyCharge()

    const sent = dataOf(await sendReceipt(payment, 'email'))

    expect(sent).toEqual({ sentTo: 't•••@example.com' })
    expect(council.state.emailsSent).toContainEqual({ to: 'tomasz.nowak@example.com', subject: `Receipt ${payment.reference}` })
  })

  test('sends it by text to the phone the council holds', async () => {
    const payment = await paidPenaltyCharge()

    const sent = dataOf(await sendReceipt(payment, 'text'))

    expect(sent.sentTo).toBe('07•••••456')
    expect(council.state.textsSent).toContainEqual({ to: '07700 900456', subject: `Receipt ${payment.reference}` })
  })

  test('the same request sent twice sends one receipt', async () => {
    const payment = await paidPenaltyCharge()
    const call = () =>
      clientFor().call('sendReceipt', {
        params: { paymentId: payment.paymentId },
        body: { channel: 'email' },
        idempotencyKey: 'receipt-once',
      })

    await call()
    await call()

    expect(council.state.emailsSent.filter((email) => email.subject === `Receipt ${payment.reference}`)).toHaveLength(1)
  })

  test('refuses a text to someone with no phone number, naming the field', async () => {
    const payment = await paidPenaltyCharge()
    // Margaret Ellis has no phone number; the payment is made hers.
    const record = council.state.payments.get(payment.paymentId)
    if (!record) throw new Error('The payment was not kept')
    council.state.payments.set(payment.paymentId, { ...record, personId: 'owner' })
    signInAs('owner')

    const failure = failureOf(await sendReceipt(payment, 'text'))

    expect(failure).toMatchObject({ kind: 'invalid', details: { status: 422, errors: [expect.objectContaining({ field: 'channel' })] } })
    expect(council.state.textsSent).toEqual([])
  })

  test("another person's payment is not found, and nothing is sent", async () => {
    const payment = await paidPenaltyCharge()
    const sentBefore = council.state.emailsSent.length
    const other = signInAs('owner')

    const answer = await send('POST', `/payments/${payment.paymentId}/send-receipt`, { body: { channel: 'email' }, session: other })

    expect(answer.status).toBe(404)
    expect(council.state.emailsSent).toHaveLength(sentBefore)
  })

  test('contact-centre staff may not send one', async () => {
    const payment = await paidPenaltyCharge()
    const staff = signInAs('staff')

    const answer = await send('POST', `/payments/${payment.paymentId}/send-receipt`, { body: { channel: 'email' }, session: staff })

    expect(answer.status).toBe(403)
  })

  test('a payment that did not go through has no receipt', async () => {
    signInAs('renter')
    const payment = dataOf(
      await clientFor().call('startPayment', { body: { owedId: 'pcn-SM40219876', amount: 8000, returnPath: '/payments/return' } }),
    )

    expect(failureOf(await sendReceipt(payment, 'email'))).toMatchObject({ details: { status: 409 } })
  })
})
