import type { HttpHandler } from 'msw'
import { LONGEST_EMAIL } from '#src/gateway/contract/common'
import { gatewayRoute, ok, refuse, type GatewayOptions } from '../gateway-route'
import { summarise } from '../personas'
import type { ReferenceCouncil } from '../reference-council'
import { keepDiaryUpToDate } from '../slot-inventory'

// The domain's labels cannot overlap, so checking takes time in step with the length, however hostile the text.
const emailPattern = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/
const ukPhonePattern = /^(?:\+44\s?|0)(?:\d\s?){9,10}$/

export function accountHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  return [
    gatewayRoute(council, options, 'getProfile', ({ person }) => ok(person.profile)),
    gatewayRoute(council, options, 'changeProfile', ({ person, body }) => {
      const errors = []
      // Checked as they will be kept: without the spaces a phone keyboard or a paste can add.
      const email = body.email?.trim() || null
      const phone = body.phone?.trim() || null
      if (email !== null && email.length > LONGEST_EMAIL) {
        errors.push({ field: 'email', code: 'email.tooLong', message: `Enter an email address of ${LONGEST_EMAIL} characters or fewer` })
      } else if (email !== null && !emailPattern.test(email)) {
        errors.push({
          field: 'email',
          code: 'email.format',
          message: 'Enter an email address in the correct format, like name@example.com',
        })
      }
      if (phone !== null && !ukPhonePattern.test(phone)) {
        errors.push({ field: 'phone', code: 'phone.format', message: 'Enter a UK phone number, like 01632 960 001 or 07700 900 982' })
      }
      if (body.alerts.channels.includes('email') && !email) {
        errors.push({ field: 'email', code: 'email.requiredForAlerts', message: 'Enter an email address to get alerts by email' })
      }
      if (body.alerts.channels.includes('text') && !phone) {
        errors.push({ field: 'phone', code: 'phone.requiredForAlerts', message: 'Enter a mobile number to get alerts by text' })
      }
      if (errors.length > 0) return refuse(422, 'Some details need changing', errors)
      person.profile = { ...person.profile, ...body, phone, email }
      return ok(person.profile)
    }),
    gatewayRoute(council, options, 'getAccountSummary', ({ person }) => {
      keepDiaryUpToDate(council.state, council.now())
      return ok(summarise(person, new Date(council.now())))
    }),
    gatewayRoute(council, options, 'sendFeedback', ({ body, session }) => {
      const reference = council.reference('FB')
      council.state.feedback.push({ ...body, reference, personId: session?.personId ?? null })
      return ok({ reference })
    }),
  ]
}
