import { z } from 'zod'
import { isoDate, pence } from './common'
import { documentId, MOST_DOCUMENTS_AT_ONCE } from './evidence'
import { vehicleRegistration } from './vehicle-registration'

export const permitStatus = z.enum(['awaiting_payment', 'active', 'expired', 'pending'])

export const parkingPermit = z
  .object({
    reference: z.string().max(20),
    kind: z.enum(['resident', 'visitor']),
    zone: z.string().max(60),
    vehicleRegistration: z.string().max(12).nullable(),
    validFrom: isoDate,
    validTo: isoDate,
    status: permitStatus,
  })
  .meta({ id: 'ParkingPermit' })
export type ParkingPermit = z.infer<typeof parkingPermit>

export const parkingPermitList = z.object({ permits: z.array(parkingPermit).max(50) }).meta({ id: 'ParkingPermitList' })

/** A renewal is offered from this many days before a permit ends, and after it has ended. */
export const RENEW_FROM_DAYS_BEFORE = 28

/** The council's emissions bands, cheapest first: a band covers CO2 from `co2From` to `co2To` g/km (null: no upper limit). */
export const emissionsBand = z
  .object({
    band: z.string().max(2),
    co2From: z.int().min(0),
    co2To: z.int().min(0).nullable(),
    /** The price of a 12-month permit, before any diesel surcharge. */
    annualPrice: pence,
  })
  .meta({ id: 'EmissionsBand' })
export type EmissionsBand = z.infer<typeof emissionsBand>

/** The council's price list for resident permits, as its parking system holds it. */
export const permitPrices = z
  .object({
    bands: z.array(emissionsBand).max(12),
    /** Added to a diesel vehicle's price each year; 0 where the council charges none. */
    dieselSurcharge: pence,
    /** Charged for putting another vehicle on a permit, on top of any difference in price for the months left. */
    changeOfVehicleFee: pence,
  })
  .meta({ id: 'PermitPrices' })
export type PermitPrices = z.infer<typeof permitPrices>

/** Whether the person's own address, from the gazetteer, can have a resident permit, and what one costs. */
export const residentPermitEligibility = z
  .object({
    /** The person's address as the gazetteer has it; null if the council holds none for them. */
    address: z.string().max(300).nullable(),
    /** The controlled parking zone the address is in; null when it is in none, so no permit is needed. */
    zone: z.string().max(60).nullable(),
    outcome: z.enum(['eligible', 'not-in-zone', 'most-permits', 'no-address']),
    /** Resident permits the household holds or has asked for, and the most the council allows one household. */
    permitsHeld: z.int().min(0),
    mostPermits: z.int().min(1),
    prices: permitPrices,
  })
  .meta({ id: 'ResidentPermitEligibility' })
export type ResidentPermitEligibility = z.infer<typeof residentPermitEligibility>

export const fuelType = z.enum(['petrol', 'diesel', 'electric', 'hybrid', 'other'])

/** What the DVLA's Vehicle Enquiry Service says of a vehicle, with the council's band and price for it. */
export const vehicleDetails = z
  .object({
    registration: z.string().max(12),
    make: z.string().max(40),
    colour: z.string().max(30),
    fuel: fuelType,
    /** CO2 in g/km, as on the V5C; null for vehicles registered before the DVLA recorded it. */
    co2: z.int().min(0).max(1000).nullable(),
    band: z.string().max(2),
    /** A 12-month permit for this vehicle, with any diesel surcharge. */
    annualPrice: pence,
  })
  .meta({ id: 'VehicleDetails' })
export type VehicleDetails = z.infer<typeof vehicleDetails>

/** A registration to look up: sent in the body, never the address, as a registration is personal data. */
export const vehicleLookup = z.object({ registration: vehicleRegistration }).meta({ id: 'VehicleLookup' })

/** What shows the person keeps the vehicle: the log book, or a letter from the hire company or employer. */
export const vehicleProof = z.enum(['v5c', 'hire', 'company'])
export type VehicleProof = z.infer<typeof vehicleProof>

const documentIds = z.array(documentId).min(1).max(MOST_DOCUMENTS_AT_ONCE)

export const residentPermitApplication = z
  .object({
    registration: vehicleRegistration,
    vehicleProof,
    /** Documents sent first, by the ids the council gave them: a bill or tenancy agreement at the address. */
    addressDocumentIds: documentIds,
    vehicleDocumentIds: documentIds,
  })
  .meta({ id: 'ResidentPermitApplication' })
export type ResidentPermitApplication = z.infer<typeof residentPermitApplication>

export const vehicleChange = z
  .object({ registration: vehicleRegistration, vehicleProof, vehicleDocumentIds: documentIds })
  .meta({ id: 'PermitVehicleChange' })
export type PermitVehicleChange = z.infer<typeof vehicleChange>

/** What is waiting to be paid on a permit, by the id `/payments` pays it under. */
export const permitToPay = z
  .object({
    owedId: z.string().max(100),
    for: z.enum(['new', 'renewal', 'vehicle-change']),
    amount: pence,
    /** For a change of vehicle: the vehicle the permit moves to once paid. */
    newVehicle: vehicleDetails.nullable(),
  })
  .meta({ id: 'PermitToPay' })

export const residentPermit = parkingPermit
  .extend({
    kind: z.literal('resident'),
    vehicleRegistration: z.string().max(12),
    vehicle: vehicleDetails,
    address: z.string().max(300),
    toPay: permitToPay.nullable(),
    /** From when it may be renewed: 28 days before it ends. */
    renewableFrom: isoDate,
  })
  .meta({ id: 'ResidentPermit' })
export type ResidentPermit = z.infer<typeof residentPermit>

export const residentPermitList = z.object({ permits: z.array(residentPermit).max(10) }).meta({ id: 'ResidentPermitList' })

/** The band a CO2 figure falls in; a vehicle with no figure is charged the dearest band, as councils do for older cars. */
export function bandFor(prices: PermitPrices, co2: number | null): EmissionsBand | null {
  const bands = prices.bands
  if (co2 === null) return bands[bands.length - 1] ?? null
  return bands.find((band) => co2 >= band.co2From && (band.co2To === null || co2 <= band.co2To)) ?? null
}
