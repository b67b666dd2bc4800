import type { HttpHandler } from 'msw'
import { gatewayRoute, ok, refuse, type GatewayOptions } from '../gateway-route'
import type { AmountOwed } from '#src/gateway/contract/payments'
import { amountsOwedBy, type Persona, type PersonaId } from '../personas'
import type { ReferenceCouncil } from '../reference-council'
import { maskEmail, maskPhone } from './masked-contact-details'
import type { PaymentDesk } from './payments'

const LINK_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

/** A caller names what they owe by the reference on their letter: a PCN, a council tax account, a tenancy or a booking. */
function findByReference(council: ReferenceCouncil, reference: string): { person: Persona; owed: AmountOwed } | null {
  const wanted = reference.trim().toUpperCase().replace(/\s+/g, '')
  for (const person of Object.values(council.state.people)) {
    for (const owed of amountsOwedBy(person, council.now())) {
      const names = [owed.id.toUpperCase(), owed.id.replace(/^(pcn|council-tax|booking)-/, '').toUpperCase()]
      if (owed.id === 'rent' && person.tenancy) names.push(person.tenancy.reference.toUpperCase())
      if (names.includes(wanted)) return { person, owed }
    }
  }
  return null
}

export function paymentLinkHandlers(council: ReferenceCouncil, options: GatewayOptions, desk: PaymentDesk): HttpHandler[] {
  const linkFor = (token: string | undefined) => (token ? council.state.paymentLinks.get(token) : undefined)
  type Link = NonNullable<ReturnType<typeof linkFor>>
  const owedOf = (link: Link) =>
    amountsOwedBy(council.state.people[link.personId], council.now()).find((owed) => owed.id === link.owedId) ?? null
  /** The payments made through each link: a link pays for its one thing once, and shows only its own payments. */
  const paymentsThrough = new Map<string, Set<string>>()
  const paidThrough = (token: string) =>
    [...(paymentsThrough.get(token) ?? [])].some((paymentId) => council.state.payments.get(paymentId)?.payment.state === 'success')
  const usable = (token: string, link: Link) => owedOf(link) !== null && link.expiresAt > new Date().toISOString() && !paidThrough(token)

  /** Every look-up is recorded, found or not: a member of staff fishing through references shows up too. */
  function recordLookUp(staffId: PersonaId, reference: string, found: { person: Persona; owed: AmountOwed } | null) {
    council.state.audit.push({
      at: new Date().toISOString(),
      staffId,
      action: found ? 'looked up what a caller owes' : 'looked up a reference that owes nothing',
      about: found ? found.person.id : null,
      item: found ? found.owed.id : reference.trim(),
    })
  }

  return [
    gatewayRoute(council, options, 'findOwedForCaller', ({ person, body }) => {
      const found = findByReference(council, body.reference)
      recordLookUp(person.id, body.reference, found)
      if (!found) return refuse(404, 'Nothing is owed under that reference')
      const { profile } = found.person
      return ok({
        resident: {
          name: profile.name,
          email: profile.email ? maskEmail(profile.email) : null,
          phone: profile.phone ? maskPhone(profile.phone) : null,
        },
        owed: found.owed,
      })
    }),

    gatewayRoute(council, options, 'sendPaymentLink', ({ person, body }) => {
      const found = findByReference(council, body.reference)
      if (!found) return refuse(404, 'Nothing is owed under that reference')
      const to = body.channel === 'email' ? found.person.profile.email : found.person.profile.phone
      if (!to)
        return refuse(422, 'No contact details for that', [
          {
            field: 'channel',
            code: 'channel.noContact',
            message: `There is no ${body.channel === 'email' ? 'email address' : 'mobile number'} for this person`,
          },
        ])
      const token = crypto.randomUUID()
      const expiresAt = new Date(Date.now() + LINK_LIFETIME_MS).toISOString()
      council.state.paymentLinks.set(token, { personId: found.person.id, owedId: found.owed.id, expiresAt, sentBy: person.id })
      const message = { to, subject: `Pay ${found.owed.description}`, link: `/pay/${token}` }
      if (body.channel === 'email') council.state.emailsSent.push(message)
      else council.state.textsSent.push(message)
      council.state.audit.push({
        at: new Date().toISOString(),
        staffId: person.id,
        action: `sent a payment link by ${body.channel}`,
        about: found.person.id,
        item: found.owed.id,
      })
      return ok({ sentTo: body.channel === 'email' ? maskEmail(to) : maskPhone(to), expiresAt })
    }),

    gatewayRoute(council, options, 'getPaymentLink', ({ params }) => {
      const token = params.token ?? ''
      const link = linkFor(token)
      if (!link) return refuse(404, 'This payment link does not work')
      const owed = owedOf(link)
      return ok({ owed, expiresAt: link.expiresAt, usable: usable(token, link) })
    }),

    gatewayRoute(council, options, 'startLinkPayment', ({ params, body }) => {
      const token = params.token ?? ''
      const link = linkFor(token)
      const owed = link ? owedOf(link) : null
      if (!link || !owed || !usable(token, link)) return refuse(409, 'This has already been paid, or the link has expired')
      if (
        owed.amountRule.type === 'fixed'
          ? body.amount !== owed.amount
          : body.amount < owed.amountRule.minimum || body.amount > owed.amountRule.maximum
      ) {
        return refuse(422, 'The amount is not allowed', [
          { field: 'amount', code: 'amount.outOfRange', message: 'Enter an amount within the limits' },
        ])
      }
      const payment = desk.create(link.personId, owed, body.amount, `/pay/${token}/done`, body.language ?? null)
      paymentsThrough.set(token, (paymentsThrough.get(token) ?? new Set<string>()).add(payment.paymentId))
      return ok(payment)
    }),

    gatewayRoute(council, options, 'getLinkPayment', ({ params }) => {
      const token = params.token ?? ''
      const record = params.paymentId ? council.state.payments.get(params.paymentId) : undefined
      if (!linkFor(token) || !record || !paymentsThrough.get(token)?.has(record.payment.paymentId))
        return refuse(404, 'There is no such payment')
      return ok(desk.check(record))
    }),
  ]
}
