import type { HttpHandler } from 'msw'
import { gatewayRoute, ok, refuse, type GatewayOptions } from '../gateway-route'
import type { ReferenceCouncil } from '../reference-council'
import { maskEmail, maskPhone } from './masked-contact-details'

/** A receipt sent where the person asks, from their own details: nothing for a kiosk to download. */
export function receiptHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  return [
    gatewayRoute(council, options, 'sendReceipt', ({ person, params, body }) => {
      const record = params.paymentId ? council.state.payments.get(params.paymentId) : undefined
      if (!record || record.personId !== person.id) return refuse(404, 'There is no such payment')
      if (record.payment.state !== 'success') return refuse(409, 'Only a payment that went through has a receipt')
      const subject = `Receipt ${record.payment.reference}`
      if (body.channel === 'email') {
        const email = person.profile.email
        if (!email)
          return refuse(422, 'There is no email address', [
            { field: 'channel', code: 'channel.noEmail', message: 'There is no email address' },
          ])
        council.state.emailsSent.push({ to: email, subject })
        return ok({ sentTo: maskEmail(email) })
      }
      const phone = person.profile.phone
      if (!phone)
        return refuse(422, 'There is no phone number', [{ field: 'channel', code: 'channel.noPhone', message: 'There is no phone number' }])
      council.state.textsSent.push({ to: phone, subject })
      return ok({ sentTo: maskPhone(phone) })
    }),
  ]
}
