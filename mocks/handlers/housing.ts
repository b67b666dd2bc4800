import type { HttpHandler } from 'msw'
import { gatewayRoute, ok, refuse, type GatewayOptions } from '../gateway-route'
import type { ReferenceCouncil } from '../reference-council'

/** The housing system's side: what tenants tell the council about their home. */
export function housingHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  return [
    gatewayRoute(council, options, 'tellUsOfHouseholdChange', ({ person, body }) => {
      if (!person.tenancy) return refuse(404, 'This person has no tenancy')
      const latest = new Date(council.now() + 366 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
      if (body.date > latest) {
        return refuse(422, 'Say when it happened', [
          { field: 'date', code: 'date.tooFar', message: 'Enter a date in the next 12 months or before' },
        ])
      }
      const received = { reference: council.reference('HC'), receivedAt: new Date(council.now()).toISOString() }
      person.householdChanges.push({ ...body, ...received })
      return ok(received)
    }),
  ]
}
