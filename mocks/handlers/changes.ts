import type { HttpHandler } from 'msw'
import type { ChangeOfCircumstances, ServiceTold } from '#src/gateway/contract/changes'
import { gatewayRoute, ok, refuse, type GatewayOptions } from '../gateway-route'
import { takeEvidenceFor } from './evidence'
import { addressByUprn } from '../gazetteer'
import type { Persona } from '../personas'
import type { ReferenceCouncil } from '../reference-council'

/** The services a person has with the council, in the order the confirmation names them. */
function servicesOf(person: Persona): ServiceTold[] {
  const has: Record<ServiceTold, boolean> = {
    council_tax: person.councilTax !== null,
    benefits: person.benefitClaims.some((claim) => claim.status !== 'refused' && claim.status !== 'ended'),
    housing: person.tenancy !== null,
    parking: person.residentPermits.some((permit) => permit.status !== 'expired'),
  }
  return (Object.keys(has) as ServiceTold[]).filter((service) => has[service])
}

/**
 * Which services a change reaches: a new address reaches everything the person has, a permit's address too; income
 * reaches benefits; someone moving in or out reaches council tax (a single person discount), benefits and housing.
 */
const reachedBy: Record<ChangeOfCircumstances['what'], ServiceTold[]> = {
  address: ['council_tax', 'benefits', 'housing', 'parking'],
  income: ['benefits'],
  moved_in: ['council_tax', 'benefits', 'housing'],
  moved_out: ['council_tax', 'benefits', 'housing'],
  other: ['council_tax', 'benefits', 'housing', 'parking'],
}

/** What each service's own system is sent: the change in its terms, with the reference the person holds. */
function toldTo(service: ServiceTold, change: ChangeOfCircumstances, reference: string): string {
  const when = `from ${change.date} (${reference})`
  if (change.what === 'address' && change.newAddress) {
    const address = [...change.newAddress.lines, change.newAddress.postcode].join(', ')
    return service === 'parking' ? `Permit address now ${address} ${when}` : `New address ${address} ${when}`
  }
  if ((change.what === 'moved_in' || change.what === 'moved_out') && change.person) {
    return `${change.person.name} (${change.person.relationship}) ${change.what === 'moved_in' ? 'moved in' : 'moved out'} ${when}`
  }
  if (change.what === 'income' && change.income) return `Income changed: ${change.income.whose}, ${change.income.kind} ${when}`
  return `Change ${when}: ${change.details}`
}

/** The details each kind of change needs, named by the field the person fills in. */
function missingDetails(change: ChangeOfCircumstances) {
  if (change.what === 'address' && !change.newAddress)
    return { field: 'newAddress', code: 'newAddress.missing', message: 'Enter the new address' }
  if ((change.what === 'moved_in' || change.what === 'moved_out') && !change.person) {
    return { field: 'person', code: 'person.missing', message: 'Say who moved' }
  }
  if (change.newAddress?.uprn && !addressByUprn(change.newAddress.uprn)) {
    return { field: 'newAddress.uprn', code: 'newAddress.unknown', message: 'No address in the gazetteer has this UPRN' }
  }
  if (change.what === 'income' && !change.income) return { field: 'income', code: 'income.missing', message: 'Say whose income changed' }
  if (change.what === 'other' && !change.details.trim()) return { field: 'details', code: 'details.missing', message: 'Say what changed' }
  return null
}

/** Tell us once: one change reaches each service it affects, and each is told in its own terms. */
export function changeHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  return [
    gatewayRoute(council, options, 'tellUsOfAChange', ({ person, body }) => {
      const missing = missingDetails(body)
      if (missing) return refuse(422, 'Tell us about the change', [missing])
      const latest = new Date(council.now() + 366 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
      if (body.date > latest) {
        return refuse(422, 'Say when it happened', [
          { field: 'date', code: 'date.tooFar', message: 'Enter a date in the next 12 months or before' },
        ])
      }
      const reference = council.reference('CC')
      const documentsRefused = takeEvidenceFor(person, body.evidenceIds, { for: 'change-of-circumstances', reference })
      if (documentsRefused) {
        return refuse(
          422,
          'Add your documents again',
          documentsRefused.map((problem) => ({ ...problem, field: 'evidenceIds' })),
        )
      }
      const servicesTold = servicesOf(person).filter((service) => reachedBy[body.what].includes(service))
      const received = { reference, receivedAt: new Date(council.now()).toISOString(), servicesTold }
      const toldEach = servicesTold.map((service) => ({ service, told: toldTo(service, body, reference) }))
      person.changesOfCircumstances.push({ ...body, ...received, toldEach })
      return ok(received)
    }),
  ]
}
