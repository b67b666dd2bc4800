import { describe, expect, test } from 'vitest'
import type { Payment } from '#src/gateway/contract/payments'
import { council, signInAs } from '#test/gateway-server'
import { SESSION_COOKIE } from '../reference-council'
import { clientFor, dataOf, failureOf } from './gateway-calls'
import { maskEmail, maskPhone } from './masked-contact-details'

/** A member of staff sends a link for the reference; the caller then opens it without signing in. */
async function sendLinkFor(reference: string): Promise<string> {
  signInAs('staff')
  dataOf(await clientFor().call('sendPaymentLink', { body: { reference, channel: 'email' } }))
  const token = council.state.emailsSent.at(-1)?.link?.replace(/^\/pay\//, '')
  if (!token) throw new Error('No link was sent')
  document.cookie = `${SESSION_COOKIE}=; Max-Age=0; Path=/`
  return token
}

async function payThroughLink(token: string, amount: number, card = '4444333322221111'): Promise<Payment> {
  const payment = dataOf(await clientFor().call('startLinkPayment', { params: { token }, body: { amount } }))
  if (!payment.nextUrl) throw new Error('The payment has no card page')
  const fields: Record<string, string> = card === 'cancel' ? { action: 'cancel' } : { action: 'pay', cardNumber: card }
  const answer = await fetch(payment.nextUrl, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' })
  expect(answer.status).toBe(303)
  return payment
}

describe('masking contact details for staff', () => {
  test.each([
    ['07700 900982', '07•••••982'],
    ['07700900982', '07•••••982'],
    ['+447700900982', '07•••••982'],
    ['+44 7700 900 982', '07•••••982'],
    ['+44 (0)7700 900982', '07•••••982'],
    ['0044 7700 900982', '07•••••982'],
    ['020 7946 0000', '02•••••000'],
    ['+33 1 23 45 67 89', '•••••789'],
    ['12345', '•••'],
  ])('shows %j as %j: nothing but the kind of number and its last three digits', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked)
  })

  test.each([
    ['tomasz.nowak@example.com', 't•••@example.com'],
    ['a@example.com', 'a•••@example.com'],
    ['not an address', '•••'],
  ])('shows %j as %j', (email, masked) => {
    expect(maskEmail(email)).toBe(masked)
  })

  test('a caller who gave a +44 number sees it masked on the staff page too', async () => {
    council.state.people.tenant.profile.phone = '+447700900982'
    signInAs('staff')

    const found = dataOf(await clientFor().call('findOwedForCaller', { body: { reference: 'TEN-004417' } }))

    expect(found.resident.phone).toBe('07•••••982')
  })
})

describe('looking up what a caller owes', () => {
  test('is recorded under the name of the member of staff, with whom and what it was about', async () => {
    signInAs('staff')

    dataOf(await clientFor().call('findOwedForCaller', { body: { reference: 'sm40219876' } }))

    expect(council.state.audit).toEqual([
      { at: expect.any(String), staffId: 'staff', action: 'looked up what a caller owes', about: 'renter', item: 'pcn-SM40219876' },
    ])
  })

  test('is recorded when nothing is found too, without a person', async () => {
    signInAs('staff')

    failureOf(await clientFor().call('findOwedForCaller', { body: { reference: 'NOT-A-REFERENCE' } }))

    expect(council.state.audit).toEqual([
      { at: expect.any(String), staffId: 'staff', action: 'looked up a reference that owes nothing', about: null, item: 'NOT-A-REFERENCE' },
    ])
  })
})

describe('a payment link', () => {
  test("opens the card page in the language of the page it was paid from, as GOV.UK Pay's language", async () => {
    const token = await sendLinkFor('TEN-004417')
    const payment = dataOf(await clientFor().call('startLinkPayment', { params: { token }, body: { amount: 100, language: 'cy' } }))
    if (!payment.nextUrl) throw new Error('The payment has no card page')

    const page = new DOMParser().parseFromString(await (await fetch(payment.nextUrl)).text(), 'text/html')
    expect(page.documentElement.lang).toBe('cy')
    expect(page.querySelector('h1')?.textContent).toBe('Rhowch fanylion eich cerdyn')
  })

  test.each([
    ['rent', 'TEN-004417', 100],
    ['council tax', 'CT-60311227', 100],
  ])('for %s pays once: after a payment through it succeeds it no longer works, though more is owed', async (_, reference, amount) => {
    const token = await sendLinkFor(reference)

    await payThroughLink(token, amount)
    const link = dataOf(await clientFor().call('getPaymentLink', { params: { token } }))
    const again = failureOf(await clientFor().call('startLinkPayment', { params: { token }, body: { amount } }))

    expect(link.usable).toBe(false)
    expect(link.owed).not.toBeNull()
    expect(again).toMatchObject({ kind: 'conflict' })
  })

  test('still works after a payment through it is cancelled, and then pays', async () => {
    const token = await sendLinkFor('TEN-004417')

    await payThroughLink(token, 100, 'cancel')
    const afterCancelling = dataOf(await clientFor().call('getPaymentLink', { params: { token } }))
    const paid = await payThroughLink(token, 100)

    expect(afterCancelling.usable).toBe(true)
    expect(council.state.payments.get(paid.paymentId)?.payment.state).toBe('success')
  })

  test("shows only the payments made through it, not the person's own", async () => {
    signInAs('tenant')
    const own = dataOf(await clientFor().call('startPayment', { body: { owedId: 'rent', amount: 100, returnPath: '/payments/return' } }))
    const token = await sendLinkFor('TEN-004417')

    const seen = failureOf(await clientFor().call('getLinkPayment', { params: { token, paymentId: own.paymentId } }))

    expect(seen).toMatchObject({ kind: 'not-found' })
  })

  test('shows a payment made through it', async () => {
    const token = await sendLinkFor('SM40219876')

    const payment = await payThroughLink(token, 8000)

    expect(await clientFor().call('getLinkPayment', { params: { token, paymentId: payment.paymentId } })).toMatchObject({
      ok: true,
      data: { state: 'success' },
    })
  })
})
