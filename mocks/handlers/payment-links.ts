import type { HttpHandler } from 'msw'
import { gatewayRoute, ok, refuse, type GatewayOptions } from '../gateway-route'
import type { AmountOwed } from '#src/gateway/contract/payments'
import { amountsOwedBy, type Persona } from '../personas'
import type { ReferenceCouncil } from '../reference-council'
import type { PaymentDesk } from './payments'

const LINK_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

/** A caller names what they owe by the reference on their letter: a PCN, a council tax account, a tenancy or a booking. */
function findByReference(council: ReferenceCouncil, reference: string): { person: Persona; owed: AmountOwed } | null {
  const wanted = reference.trim().toUpperCase().replace(/\s+/g, '')
  for (const person of Object.values(council.state.people)) {
    for (const owed of amountsOwedBy(person)) {
      const names = [owed.id.toUpperCase(), owed.id.replace(/^(pcn|council-tax|booking)-/, '').toUpperCase()]
      if (owed.id === 'rent' && person.tenancy) names.push(person.tenancy.reference.toUpperCase())
      if (names.includes(wanted)) return { person, owed }
    }
  }
  return null
}

const maskEmail = (email: string) => email.replace(/^(.).*(@.*)$/, '$1•••$2')
const maskPhone = (phone: string) => phone.replace(/\s/g, '').replace(/^(\d{2})\d+(\d{3})$/, '$1•••••$2')

export function paymentLinkHandlers(council: ReferenceCouncil, options: GatewayOptions, desk: PaymentDesk): HttpHandler[] {
  const linkFor = (token: string | undefined) => (token ? council.state.paymentLinks.get(token) : undefined)
  const owedOf = (link: NonNullable<ReturnType<typeof linkFor>>) => amountsOwedBy(council.state.people[link.personId]).find((owed) => owed.id === link.owedId) ?? null

  return [
    gatewayRoute(council, options, 'findOwedForCaller', ({ person, body }) => {
      if (person?.role !== 'staff') return refuse(403, 'Only contact-centre staff can look up what a caller owes')
      const found = findByReference(council, body.reference)
      if (!found) return refuse(404, 'Nothing is owed under that reference')
      const { profile } = found.person
      return ok({ resident: { name: profile.name, email: profile.email ? maskEmail(profile.email) : null, phone: profile.phone ? maskPhone(profile.phone) : null }, owed: found.owed })
    }),

    gatewayRoute(council, options, 'sendPaymentLink', ({ person, body }) => {
      if (person?.role !== 'staff') return refuse(403, 'Only contact-centre staff can send payment links')
      const found = findByReference(council, body.reference)
      if (!found) return refuse(404, 'Nothing is owed under that reference')
      const to = body.channel === 'email' ? found.person.profile.email : found.person.profile.phone
      if (!to) return refuse(422, 'No contact details for that', [{ field: 'channel', code: 'channel.noContact', message: `There is no ${body.channel === 'email' ? 'email address' : 'mobile number'} for this person` }])
      const token = crypto.randomUUID()
      const expiresAt = new Date(Date.now() + LINK_LIFETIME_MS).toISOString()
      council.state.paymentLinks.set(token, { personId: found.person.id, owedId: found.owed.id, expiresAt, sentBy: person.id })
      const message = { to, subject: `Pay ${found.owed.description}`, link: `/pay/${token}` }
      if (body.channel === 'email') council.state.emailsSent.push(message)
      else council.state.textsSent.push(message)
      council.state.audit.push({ at: new Date().toISOString(), staffId: person.id, action: `sent a payment link by ${body.channel}`, about: found.person.id, item: found.owed.id })
      return ok({ sentTo: body.channel === 'email' ? maskEmail(to) : maskPhone(to), expiresAt })
    }),

    gatewayRoute(council, options, 'getPaymentLink', ({ params }) => {
      const link = linkFor(params.token)
      if (!link) return refuse(404, 'This payment link does not work')
      const owed = owedOf(link)
      return ok({ owed, expiresAt: link.expiresAt, usable: owed !== null && link.expiresAt > new Date().toISOString() })
    }),

    gatewayRoute(council, options, 'startLinkPayment', ({ params, body }) => {
      const link = linkFor(params.token)
      const owed = link ? owedOf(link) : null
      if (!link || !owed || link.expiresAt <= new Date().toISOString()) return refuse(409, 'This has already been paid, or the link has expired')
      if (owed.amountRule.type === 'fixed' ? body.amount !== owed.amount : body.amount < owed.amountRule.minimum || body.amount > owed.amountRule.maximum) {
        return refuse(422, 'The amount is not allowed', [{ field: 'amount', code: 'amount.outOfRange', message: 'Enter an amount within the limits' }])
      }
      return ok(desk.create(link.personId, owed, body.amount, `/pay/${params.token}/done`))
    }),

    gatewayRoute(council, options, 'getLinkPayment', ({ params }) => {
      const link = linkFor(params.token)
      const record = params.paymentId ? council.state.payments.get(params.paymentId) : undefined
      if (!link || !record || record.personId !== link.personId || record.payment.owedId !== link.owedId) return refuse(404, 'There is no such payment')
      return ok(desk.check(record))
    }),
  ]
}
