import type { HttpHandler } from 'msw'
import { accountNotValidCode, type DirectDebitMandate, type NewDirectDebit } from '#src/gateway/contract/direct-debit'
import { sortCodeAndAccountNumberGoTogether } from '#src/direct-debit/modulus-check'
import { gatewayRoute, ok, refuse, type GatewayOptions } from '../gateway-route'
import { addDays, isWeekday, londonDate } from '../london-time'
import type { Persona } from '../personas'
import type { ReferenceCouncil } from '../reference-council'

/** Bacs needs ten working days' notice before the first collection of a new instruction. */
const NOTICE_IN_WORKING_DAYS = 10

function workingDaysAfter(date: string, days: number): string {
  let found = date
  for (let counted = 0; counted < days;) {
    found = addDays(found, 1)
    if (isWeekday(found)) counted += 1
  }
  return found
}

/** The first time the chosen day of the month comes round with the notice Bacs needs. */
export function firstCollectionOn(today: string, collectionDay: number): string {
  let found = workingDaysAfter(today, NOTICE_IN_WORKING_DAYS)
  while (Number(found.slice(8, 10)) !== collectionDay) found = addDays(found, 1)
  return found
}

/** Each month's collection: the rent left after Housing Benefit, a year's worth spread over twelve months. */
function monthlyAmountFor(person: Persona): number {
  const account = person.rentAccount
  if (!account) return 0
  return Math.round((Math.max(0, account.weeklyRent - account.housingBenefitWeekly) * 52) / 12)
}

/** The instruction paying now, of those kept for one account, the current one last. */
export const currentMandate = (mandates: DirectDebitMandate[]) => mandates.findLast((mandate) => mandate.status === 'active') ?? null

/**
 * A new instruction for one account, checked by the banks' modulus rules, replacing the one paying now. Only the last
 * four digits of the account are kept.
 */
export function setUpMandate(council: ReferenceCouncil, mandates: DirectDebitMandate[], body: NewDirectDebit, monthlyAmount: number) {
  if (!sortCodeAndAccountNumberGoTogether(body.sortCode, body.accountNumber)) {
    return refuse(422, 'The sort code and account number do not go together', [
      { field: 'accountNumber', code: accountNotValidCode, message: 'Check the sort code and account number' },
    ])
  }
  const now = new Date(council.now())
  const replaced = currentMandate(mandates)
  if (replaced) {
    replaced.status = 'cancelled'
    replaced.cancelledAt = now.toISOString()
  }
  const mandate: DirectDebitMandate = {
    reference: council.reference('DD'),
    status: 'active',
    accountHolder: body.accountHolder,
    sortCode: body.sortCode,
    accountNumberEnding: body.accountNumber.slice(-4),
    collectionDay: body.collectionDay,
    monthlyAmount,
    firstCollection: firstCollectionOn(londonDate(now), body.collectionDay),
    createdAt: now.toISOString(),
    cancelledAt: null,
  }
  mandates.push(mandate)
  return ok(mandate)
}

/** Cancelling one of the person's own instructions for one account: any other reference is not theirs. */
export function cancelMandate(council: ReferenceCouncil, mandates: DirectDebitMandate[], reference: string | undefined) {
  const mandate = mandates.find((each) => each.reference === reference)
  if (!mandate) return refuse(404, 'There is no such Direct Debit')
  if (mandate.status === 'cancelled') return refuse(409, 'This Direct Debit has already been cancelled')
  mandate.status = 'cancelled'
  mandate.cancelledAt = new Date(council.now()).toISOString()
  return ok(mandate)
}

/**
 * The council's own Bacs service: GOV.UK Pay does not take Direct Debits. A tenant has one instruction for the rent at a
 * time.
 */
export function directDebitHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  return [
    gatewayRoute(council, options, 'getRentDirectDebit', ({ person }) => ok({ mandate: currentMandate(person.rentDirectDebits) })),

    gatewayRoute(council, options, 'setUpRentDirectDebit', ({ person, body }) => {
      if (!person.tenancy) return refuse(404, 'This person has no tenancy')
      return setUpMandate(council, person.rentDirectDebits, body, monthlyAmountFor(person))
    }),

    gatewayRoute(council, options, 'cancelRentDirectDebit', ({ person, params }) =>
      cancelMandate(council, person.rentDirectDebits, params.reference),
    ),
  ]
}
