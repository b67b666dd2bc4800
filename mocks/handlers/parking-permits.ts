import type { HttpHandler } from 'msw'
import type { ResidentPermit, ResidentPermitEligibility } from '#src/gateway/contract/parking-permits'
import { gatewayRoute, ok, refuse, type GatewayOptions } from '../gateway-route'
import { parkingZoneOf } from '../gazetteer'
import { londonDate } from '../london-time'
import type { Persona } from '../personas'
import type { ReferenceCouncil } from '../reference-council'
import {
  MOST_PERMITS_PER_HOUSEHOLD,
  permitAsOf,
  permitPrices,
  renewableFrom,
  vehicleChangePrice,
  vehicleOf,
  yearFrom,
} from '../resident-permit-rules'
import { takeEvidenceFor } from './evidence'

const notTheirs = () => refuse(404, 'This person has no such permit')

/** Eligibility from the person's own address: its zone from the gazetteer, and the permits the household already has. */
function eligibilityOf(person: Persona, today: string): ResidentPermitEligibility {
  const address = person.profile.address
  const zone = address ? parkingZoneOf(address.uprn) : null
  const permitsHeld = person.residentPermits.filter((permit) => permitAsOf(permit, today).status !== 'expired').length
  const outcome = !address ? 'no-address' : !zone ? 'not-in-zone' : permitsHeld >= MOST_PERMITS_PER_HOUSEHOLD ? 'most-permits' : 'eligible'
  return { address: address?.text ?? null, zone, outcome, permitsHeld, mostPermits: MOST_PERMITS_PER_HOUSEHOLD, prices: permitPrices }
}

const unknownVehicle = () =>
  refuse(422, 'The DVLA has no vehicle with this registration', [
    { field: 'registration', code: 'registration.unknown', message: 'Check the registration' },
  ])

/** Resident permits: eligibility by address, the DVLA look-up, applying, renewing and changing the vehicle. Paying is the payments journey. */
export function parkingPermitHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  const today = () => londonDate(council.now())
  const permitOf = (person: Persona, reference: string | undefined) => {
    const permit = person.residentPermits.find((candidate) => candidate.reference === reference)
    return permit ? permitAsOf(permit, today()) : undefined
  }

  return [
    gatewayRoute(council, options, 'getResidentPermitEligibility', ({ person }) => ok(eligibilityOf(person, today()))),

    gatewayRoute(council, options, 'lookUpVehicle', ({ body }) => {
      const vehicle = vehicleOf(body.registration)
      return vehicle ? ok(vehicle) : refuse(404, 'The DVLA has no vehicle with this registration')
    }),

    gatewayRoute(council, options, 'listResidentPermits', ({ person }) =>
      ok({ permits: person.residentPermits.map((permit) => permitAsOf(permit, today())) }),
    ),

    gatewayRoute(council, options, 'getResidentPermit', ({ person, params }) => {
      const permit = permitOf(person, params.reference)
      return permit ? ok(permit) : notTheirs()
    }),

    gatewayRoute(council, options, 'applyForResidentPermit', ({ person, body }) => {
      const eligibility = eligibilityOf(person, today())
      if (eligibility.outcome !== 'eligible' || !eligibility.zone || !person.profile.address) {
        return refuse(422, 'This address cannot have another resident permit', [
          { field: 'address', code: `permit.${eligibility.outcome}`, message: 'Your address cannot have another permit' },
        ])
      }
      const vehicle = vehicleOf(body.registration)
      if (!vehicle) return unknownVehicle()
      if (person.residentPermits.some((permit) => permit.vehicleRegistration === vehicle.registration && permit.status !== 'expired')) {
        return refuse(422, 'This vehicle has a permit already', [
          { field: 'registration', code: 'registration.hasPermit', message: 'This vehicle has a permit already' },
        ])
      }
      const reference = council.reference('RP')
      const documentIds = [...body.addressDocumentIds, ...body.vehicleDocumentIds]
      const documentsRefused = takeEvidenceFor(person, documentIds, { for: 'parking-permit', reference })
      if (documentsRefused) {
        return refuse(
          422,
          'Add your documents again',
          documentsRefused.map((problem) => ({ ...problem, field: 'documentIds' })),
        )
      }
      const starts = today()
      const permit: ResidentPermit = {
        reference,
        kind: 'resident',
        zone: eligibility.zone,
        vehicleRegistration: vehicle.registration,
        vehicle,
        address: person.profile.address.text,
        validFrom: starts,
        validTo: yearFrom(starts),
        status: 'awaiting_payment',
        toPay: { owedId: `permit-${reference}`, for: 'new', amount: vehicle.annualPrice, newVehicle: null },
        renewableFrom: renewableFrom(yearFrom(starts)),
      }
      person.residentPermits.push(permit)
      return ok(permit)
    }),

    gatewayRoute(council, options, 'renewResidentPermit', ({ person, params }) => {
      const permit = permitOf(person, params.reference)
      if (!permit) return notTheirs()
      if (permit.toPay?.for === 'renewal') return ok(permit)
      if (permit.status === 'awaiting_payment' || permit.toPay) return refuse(409, 'Pay for this permit first')
      if (today() < permit.renewableFrom) {
        return {
          status: 409,
          details: {
            type: 'urn:my-account:problem:too-early-to-renew',
            title: `This permit can be renewed from ${permit.renewableFrom}`,
            status: 409,
          },
        }
      }
      // Renewing is priced by the band of the vehicle today, as the price list may have changed since.
      const vehicle = vehicleOf(permit.vehicleRegistration) ?? permit.vehicle
      permit.toPay = {
        owedId: `permit-${permit.reference}-renewal-${council.reference('R')}`,
        for: 'renewal',
        amount: vehicle.annualPrice,
        newVehicle: null,
      }
      return ok(permit)
    }),

    gatewayRoute(council, options, 'changePermitVehicle', ({ person, params, body }) => {
      const permit = permitOf(person, params.reference)
      if (!permit) return notTheirs()
      if (permit.status !== 'active' || permit.toPay) return refuse(409, 'Only an active permit with nothing to pay can change vehicle')
      const vehicle = vehicleOf(body.registration)
      if (!vehicle) return unknownVehicle()
      if (vehicle.registration === permit.vehicleRegistration) {
        return refuse(422, 'This vehicle is on the permit already', [
          { field: 'registration', code: 'registration.same', message: 'Enter the new vehicle' },
        ])
      }
      const documentsRefused = takeEvidenceFor(person, body.vehicleDocumentIds, { for: 'parking-permit', reference: permit.reference })
      if (documentsRefused) {
        return refuse(
          422,
          'Add your documents again',
          documentsRefused.map((problem) => ({ ...problem, field: 'documentIds' })),
        )
      }
      permit.toPay = {
        owedId: `permit-${permit.reference}-vehicle-${council.reference('V')}`,
        for: 'vehicle-change',
        amount: vehicleChangePrice(permit, vehicle, today()),
        newVehicle: vehicle,
      }
      return ok(permit)
    }),
  ]
}
