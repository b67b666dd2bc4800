import type { HttpHandler } from 'msw'
import { gatewayRoute, ok, refuse, type GatewayOptions } from '../gateway-route'
import { amountsOwedBy } from '../personas'
import type { ReferenceCouncil } from '../reference-council'
import { keepDiaryUpToDate } from '../slot-inventory'
import { londonDate } from '../london-time'
import { permitAsOf } from '../resident-permit-rules'

const notTheirs = () => refuse(404, 'This person has no such account')

/** Read-only views of each line-of-business system, for the person signed in. */
export function accountsByServiceHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  // Bookings not paid for in time are let go, and cut-offs pass, whenever anyone looks.
  const upToDate = () => keepDiaryUpToDate(council.state, council.now())
  return [
    gatewayRoute(council, options, 'listMyBookings', ({ person }) => {
      upToDate()
      return ok({ bookings: person.bookings })
    }),
    gatewayRoute(council, options, 'listMyPayments', ({ person }) => ok({ payments: person.payments })),
    gatewayRoute(council, options, 'listAmountsOwed', ({ person }) => {
      upToDate()
      return ok({ owed: amountsOwedBy(person, council.now()) })
    }),
    gatewayRoute(council, options, 'getTenancy', ({ person }) => (person.tenancy ? ok(person.tenancy) : notTheirs())),
    gatewayRoute(council, options, 'getRentAccount', ({ person }) => (person.rentAccount ? ok(person.rentAccount) : notTheirs())),
    gatewayRoute(council, options, 'listParkingPermits', ({ person }) => {
      const today = londonDate(council.now())
      return ok({ permits: [...person.residentPermits.map((permit) => permitAsOf(permit, today)), ...person.permits] })
    }),
  ]
}
