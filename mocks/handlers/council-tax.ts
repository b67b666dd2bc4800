import type { HttpHandler } from 'msw'
import { livingAloneSinceCodes, SINGLE_PERSON_DISCOUNT_YEARS_BACK } from '#src/gateway/contract/council-tax'
import { overdueOn } from '../council-tax-seed'
import { gatewayRoute, ok, refuse, type GatewayOptions } from '../gateway-route'
import { londonDate } from '../london-time'
import type { Persona } from '../personas'
import type { ReferenceCouncil } from '../reference-council'
import { cancelMandate, currentMandate, setUpMandate } from './direct-debit'

const noAccount = () => refuse(404, 'This person has no council tax account')

/** Each month's collection: what is left of the year spread over the instalments still to pay. */
function monthlyAmountFor(person: Persona): number {
  const unpaid = person.councilTax?.instalments.filter((instalment) => !instalment.paid) ?? []
  return unpaid.length === 0 ? 0 : Math.round(unpaid.reduce((total, instalment) => total + instalment.amount, 0) / unpaid.length)
}

function yearsBefore(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) - years}${date.slice(4)}`
}

/** The council tax system, for the person signed in: their own account only. */
export function councilTaxHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  return [
    gatewayRoute(council, options, 'getCouncilTaxAccount', ({ person }) => {
      if (!person.councilTax) return noAccount()
      // Card payments made through the payments journey are on the account as soon as the card is taken.
      const paidByCard = person.payments
        .filter((payment) => payment.owedId === `council-tax-${person.councilTax?.accountReference}` && payment.state === 'success')
        .map((payment) => ({
          paidOn: londonDate(new Date(payment.finishedAt ?? payment.createdAt)),
          amount: payment.amount,
          method: 'card' as const,
        }))
      return ok({
        ...person.councilTax,
        overdue: overdueOn(person.councilTax, londonDate(council.now())),
        payments: [...person.councilTax.payments, ...paidByCard].sort((a, b) => a.paidOn.localeCompare(b.paidOn)).slice(-100),
      })
    }),

    gatewayRoute(council, options, 'applyForSinglePersonDiscount', ({ person, body }) => {
      const account = person.councilTax
      if (!account) return noAccount()
      if (account.reductions.some((reduction) => reduction.kind === 'single_person_discount')) {
        return refuse(422, 'You already get single person discount')
      }
      if (account.singlePersonDiscountApplication) {
        return refuse(422, 'We already have your application for single person discount and are looking at it')
      }
      const today = londonDate(council.now())
      if (body.livingAloneSince > today) {
        return refuse(422, 'The date you started living alone is in the future', [
          { field: 'livingAloneSince', code: livingAloneSinceCodes.future, message: 'The date must be today or in the past' },
        ])
      }
      if (body.livingAloneSince < yearsBefore(today, SINGLE_PERSON_DISCOUNT_YEARS_BACK)) {
        return refuse(422, 'Single person discount can be backdated by up to 6 years', [
          { field: 'livingAloneSince', code: livingAloneSinceCodes.tooLongAgo, message: 'The date must be within the last 6 years' },
        ])
      }
      const application = {
        reference: council.reference('SPD'),
        livingAloneSince: body.livingAloneSince,
        receivedAt: new Date(council.now()).toISOString(),
      }
      account.singlePersonDiscountApplication = application
      return ok(application)
    }),

    gatewayRoute(council, options, 'getCouncilTaxDirectDebit', ({ person }) =>
      person.councilTax ? ok({ mandate: currentMandate(person.councilTaxDirectDebits) }) : noAccount(),
    ),

    gatewayRoute(council, options, 'setUpCouncilTaxDirectDebit', ({ person, body }) =>
      person.councilTax ? setUpMandate(council, person.councilTaxDirectDebits, body, monthlyAmountFor(person)) : noAccount(),
    ),

    gatewayRoute(council, options, 'cancelCouncilTaxDirectDebit', ({ person, params }) =>
      cancelMandate(council, person.councilTaxDirectDebits, params.reference),
    ),
  ]
}
