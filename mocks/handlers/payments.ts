import { http, HttpResponse, type HttpHandler } from 'msw'
import type { Language } from '#src/gateway/contract/common'
import type { Booking } from '#src/gateway/contract/bookings'
import type { AmountOwed, Payment } from '#src/gateway/contract/payments'
import { gatewayRoute, ok, refuse, toMswPath, type GatewayOptions } from '../gateway-route'
import { amountsOwedBy, type Persona, type PersonaId } from '../personas'
import type { ReferenceCouncil } from '../reference-council'
import { changeUntilOf, keepDiaryUpToDate, takeBackPlace } from '../slot-inventory'
import { safeReturnPath } from './sign-in'
import { cardPage, finishedPage } from './card-page'
import { demoPageLanguage, demoPageWords } from './demo-page-language'
import { maskEmail } from './masked-contact-details'
import { settlePermit } from '../resident-permit-rules'
import { londonDate } from '../london-time'

/** GOV.UK Pay's test cards, and one more for a bank that takes its time. */
export const testCards = {
  success: '4444333322221111',
  declined: '4000000000000002',
  error: '4000000000000119',
  slowBank: '4000000000000069',
} as const

const finished = new Set<Payment['state']>(['success', 'failed', 'cancelled', 'error'])

/** What paying does to the account behind it; a booking it pays for, when it does. */
function settle(person: Persona, owedId: string, amount: number): Booking | null {
  const today = new Date().toISOString().slice(0, 10)
  if (owedId === 'rent' && person.rentAccount) {
    person.rentAccount.balance -= amount
    person.rentAccount.transactions.push({
      date: today,
      kind: 'payment',
      description: 'Payment by card, thank you',
      amount: -amount,
      balanceAfter: person.rentAccount.balance,
    })
  } else if (owedId.startsWith('council-tax-') && person.councilTax) {
    person.councilTax.balance -= amount
    let left = amount
    for (const instalment of person.councilTax.instalments) {
      if (instalment.paid || left < instalment.amount) continue
      instalment.paid = true
      left -= instalment.amount
    }
  } else if (owedId.startsWith('pcn-')) {
    const charge = person.penaltyCharges.find((candidate) => `pcn-${candidate.reference}` === owedId)
    if (charge) charge.status = 'paid'
  } else if (owedId.startsWith('permit-')) {
    const permit = person.residentPermits.find((candidate) => candidate.toPay?.owedId === owedId)
    if (permit) settlePermit(permit, londonDate(new Date()))
  } else if (owedId.startsWith('booking-')) {
    const booking = person.bookings.find((candidate) => `booking-${candidate.reference}` === owedId)
    if (booking) {
      booking.paid = true
      if (booking.status === 'awaiting_payment') {
        booking.status = 'booked'
        booking.payBy = null
        return booking
      }
    }
  }
  return null
}

/** A collection cancelled because it was not paid for in time: one the person cancelled has no payment left open. */
const isLetGo = (booking: Booking) => booking.status === 'cancelled' && booking.fee !== null && !booking.paid

/** Gives a payment back in full, for a collection whose time went to someone else before it was paid for. */
function refund(council: ReferenceCouncil, person: Persona, record: PaymentRecord, collection: Booking) {
  record.payment.refunded = record.payment.amount
  collection.description = `${collection.description} (not paid in time, payment refunded)`
  council.notify(person, {
    template: 'booking-cancelled',
    topic: 'bookings',
    reference: collection.reference,
    personalisation: {
      reference: collection.reference,
      what: collection.description,
      startsAt: collection.startsAt,
      place: collection.place?.name ?? '',
      amount: String(record.payment.amount),
    },
  })
}

/** Stops every payment for something that is still open, as GOV.UK Pay's cancel: its card page can no longer pay. */
export function cancelOpenPayments(council: ReferenceCouncil, personId: string, owedId: string) {
  for (const record of council.state.payments.values()) {
    if (record.personId !== personId || record.payment.owedId !== owedId || finished.has(record.payment.state)) continue
    record.payment.state = 'cancelled'
    record.payment.nextUrl = null
    record.payment.finishedAt = new Date().toISOString()
  }
}

type PaymentRecord = ReferenceCouncil['state']['payments'] extends Map<string, infer Record> ? Record : never

/** The payment provider's side of the reference gateway: creates payments, takes them through GOV.UK Pay's states. */
export function createPaymentDesk(council: ReferenceCouncil, options: GatewayOptions) {
  const cardPath = (cardToken: string) => `${options.basePath.replace(/^https?:\/\/[^/]+/, '')}/pay/card/${cardToken}`
  /**
   * The card page's own address, as GOV.UK Pay's next_url: the paymentId goes in return
   * addresses and history, so only this token may show the page, pay or cancel.
   */
  const paymentIdByCardToken = new Map<string, string>()

  function finish(record: PaymentRecord, state: Payment['state'], card: string | null) {
    record.payment.state = state
    record.payment.nextUrl = null
    record.payment.finishedAt = new Date().toISOString()
    record.payment.cardDescription = card ? `Visa ending ${card.slice(-4)}` : null
    if (state === 'success') {
      const person = council.state.people[record.personId]
      keepDiaryUpToDate(council.state, council.now())
      // A collection paid for after its time was let go gets that time back while it is free; if not, the money goes back.
      const letGo = person.bookings.find((booking) => `booking-${booking.reference}` === record.payment.owedId && isLetGo(booking))
      if (letGo && !takeBackPlace(council.state, person, letGo, council.now())) {
        refund(council, person, record, letGo)
        cancelOpenPayments(council, record.personId, record.payment.owedId)
        return
      }
      const booked = settle(person, record.payment.owedId, record.payment.amount)
      if (booked) {
        booked.changeUntil = changeUntilOf(booked, council.now())
        council.notify(person, {
          template: 'booking-confirmed',
          topic: 'bookings',
          reference: booked.reference,
          personalisation: {
            reference: booked.reference,
            what: booked.description,
            startsAt: booked.startsAt,
            place: booked.place?.name ?? '',
            amount: String(record.payment.amount),
          },
        })
      }
      council.notify(person, {
        template: 'payment-receipt',
        topic: 'payments',
        reference: record.payment.reference,
        personalisation: {
          reference: record.payment.reference,
          what: record.payment.description,
          amount: String(record.payment.amount),
        },
      })
      // Any other open payment for the same thing can no longer be made.
      cancelOpenPayments(council, record.personId, record.payment.owedId)
    }
  }

  function create(personId: PersonaId, owed: AmountOwed, amount: number, returnPath: string, language: Language | null = null): Payment {
    const paymentId = crypto.randomUUID()
    const cardToken = crypto.randomUUID()
    paymentIdByCardToken.set(cardToken, paymentId)
    const payment: Payment = {
      paymentId,
      reference: council.reference('PAY'),
      owedId: owed.id,
      kind: owed.kind,
      description: owed.description,
      amount,
      state: 'created',
      nextUrl: cardPath(cardToken),
      createdAt: new Date().toISOString(),
      finishedAt: null,
      cardDescription: null,
      refunded: null,
    }
    council.state.payments.set(paymentId, {
      payment,
      personId,
      returnPath: safeReturnPath(returnPath),
      checksBeforeBankAnswers: 0,
      language,
    })
    council.state.people[personId].payments.unshift(payment)
    return payment
  }

  /** Each look at a payment the bank has not answered for brings the answer a step closer. */
  function check(record: PaymentRecord): Payment {
    if (record.payment.state === 'submitted') {
      record.checksBeforeBankAnswers -= 1
      if (record.checksBeforeBankAnswers <= 0) finish(record, 'success', testCards.slowBank)
    }
    return record.payment
  }

  function withCardToken(cardToken: string): PaymentRecord | undefined {
    const paymentId = paymentIdByCardToken.get(cardToken)
    return paymentId === undefined ? undefined : council.state.payments.get(paymentId)
  }

  return { create, check, finish, withCardToken }
}

export type PaymentDesk = ReturnType<typeof createPaymentDesk>

export function paymentHandlers(council: ReferenceCouncil, options: GatewayOptions, desk: PaymentDesk): HttpHandler[] {
  const find = (paymentId: string | undefined) => (paymentId ? council.state.payments.get(paymentId) : undefined)
  const { finish } = desk

  return [
    gatewayRoute(council, options, 'startPayment', ({ person, body }) => {
      keepDiaryUpToDate(council.state, council.now())
      const owed = amountsOwedBy(person, council.now()).find((candidate) => candidate.id === body.owedId)
      if (!owed) return refuse(409, 'This has already been paid, or there is nothing to pay')
      if (owed.amountRule.type === 'fixed' && body.amount !== owed.amount) {
        return refuse(422, 'The amount must be the amount owed', [
          { field: 'amount', code: 'amount.fixed', message: 'The amount cannot be changed' },
        ])
      }
      if (owed.amountRule.type === 'chosen' && (body.amount < owed.amountRule.minimum || body.amount > owed.amountRule.maximum)) {
        return refuse(422, 'The amount is outside the limits', [
          { field: 'amount', code: 'amount.outOfRange', message: 'Enter an amount within the limits' },
        ])
      }
      const payment = desk.create(person.id, owed, body.amount, body.returnPath, body.language ?? null)
      return ok(payment)
    }),

    gatewayRoute(council, options, 'getPayment', ({ person, params }) => {
      const record = find(params.paymentId)
      if (!record || record.personId !== person.id) return refuse(404, 'There is no such payment')
      return ok(desk.check(record))
    }),

    gatewayRoute(council, options, 'emailReceipt', ({ person, params }) => {
      const record = find(params.paymentId)
      if (!record || record.personId !== person.id) return refuse(404, 'There is no such payment')
      if (record.payment.state !== 'success') return refuse(409, 'Only a payment that went through has a receipt')
      const email = person.profile.email
      if (!email)
        return refuse(422, 'There is no email address', [
          { field: 'email', code: 'email.missing', message: 'Add an email address to your details first' },
        ])
      council.state.emailsSent.push({ to: email, subject: `Receipt ${record.payment.reference}` })
      return ok({ sentTo: maskEmail(email) })
    }),

    // The hosted card page, in the GOV.UK Pay pattern. A council's real gateway sends people to GOV.UK Pay instead.
    // Looking at it changes nothing: only what the person submits does.
    http.get(toMswPath(options.basePath, '/pay/card/:cardToken'), ({ request, params }) => {
      const record = desk.withCardToken(String(params.cardToken))
      if (!record) return new HttpResponse('There is no such payment', { status: 404 })
      const url = new URL(request.url)
      const words = demoPageWords(demoPageLanguage(url, record.language))
      if (finished.has(record.payment.state) || record.payment.state === 'submitted') {
        return html(finishedPage(returnAddress(record), words, url.pathname))
      }
      return html(cardPage(record.payment, words, url.pathname))
    }),
    http.post(toMswPath(options.basePath, '/pay/card/:cardToken'), async ({ request, params }) => {
      const record = desk.withCardToken(String(params.cardToken))
      if (!record) return new HttpResponse('There is no such payment', { status: 404 })
      const back = returnAddress(record)
      if (finished.has(record.payment.state) || record.payment.state === 'submitted') return redirect(back)
      const form = await formOf(request)
      if (form instanceof Response) return form
      if (form.get('action') === 'cancel') {
        finish(record, 'cancelled', null)
        return redirect(back)
      }
      const card = String(form.get('cardNumber') ?? '').replace(/\D/g, '')
      if (card === testCards.success) finish(record, 'success', card)
      else if (card === testCards.declined) finish(record, 'failed', card)
      else if (card === testCards.error) finish(record, 'error', null)
      else if (card === testCards.slowBank) {
        record.payment.state = 'submitted'
        record.payment.nextUrl = null
        record.checksBeforeBankAnswers = 2
      } else {
        record.payment.state = 'started'
        const url = new URL(request.url)
        return html(
          cardPage(record.payment, demoPageWords(demoPageLanguage(url, record.language)), url.pathname, { unknownCard: true }),
          422,
        )
      }
      return redirect(back)
    }),
  ]
}

function html(body: string, status = 200) {
  return new HttpResponse(body, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } })
}

/** The card page takes what its own form sends, and nothing else. */
async function formOf(request: Request): Promise<FormData | Response> {
  const type = request.headers.get('Content-Type') ?? ''
  if (!/^(?:application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) {
    return new HttpResponse('Send the card details from the card page form', {
      status: 415,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  try {
    return await request.formData()
  } catch {
    return new HttpResponse('The card details could not be read', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
}

/** Back to the app, which asks the gateway what happened: the address only says which payment. */
function returnAddress(record: PaymentRecord) {
  const { returnPath } = record
  return `${returnPath}${returnPath.includes('?') ? '&' : '?'}payment=${encodeURIComponent(record.payment.paymentId)}`
}

function redirect(location: string) {
  return new HttpResponse(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } })
}
