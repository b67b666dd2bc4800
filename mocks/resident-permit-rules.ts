import {
  bandFor,
  RENEW_FROM_DAYS_BEFORE,
  type PermitPrices,
  type ResidentPermit,
  type VehicleDetails,
} from '#src/gateway/contract/parking-permits'
import { addDays } from './london-time'

/**
 * Southmere's resident permit prices for 12 months, by the vehicle's CO2 in g/km as on its V5C, in the way
 * London boroughs band them: an electric car pays least, and a diesel pays a surcharge for the air it fouls.
 */
export const permitPrices: PermitPrices = {
  bands: [
    { band: 'A', co2From: 0, co2To: 0, annualPrice: 2500 },
    { band: 'B', co2From: 1, co2To: 100, annualPrice: 9500 },
    { band: 'C', co2From: 101, co2To: 120, annualPrice: 13500 },
    { band: 'D', co2From: 121, co2To: 150, annualPrice: 17500 },
    { band: 'E', co2From: 151, co2To: 185, annualPrice: 23000 },
    { band: 'F', co2From: 186, co2To: 225, annualPrice: 29000 },
    { band: 'G', co2From: 226, co2To: null, annualPrice: 36500 },
  ],
  dieselSurcharge: 5000,
  changeOfVehicleFee: 1200,
}

/** The most resident permits one household (one UPRN) may hold in a zone. */
export const MOST_PERMITS_PER_HOUSEHOLD = 2

type RegisteredVehicle = Pick<VehicleDetails, 'registration' | 'make' | 'colour' | 'fuel' | 'co2'>

/** A slice of the DVLA's register, as its Vehicle Enquiry Service answers for each registration. */
const vehicleRegister: RegisteredVehicle[] = [
  { registration: 'LK19 XRT', make: 'TOYOTA', colour: 'GREY', fuel: 'hybrid', co2: 92 },
  { registration: 'KP16 ODA', make: 'HONDA', colour: 'BLACK', fuel: 'petrol', co2: 119 },
  { registration: 'LR21 KVM', make: 'NISSAN', colour: 'WHITE', fuel: 'electric', co2: 0 },
  { registration: 'KN17 WBD', make: 'FORD', colour: 'BLUE', fuel: 'diesel', co2: 105 },
  { registration: 'YD68 PLU', make: 'VOLKSWAGEN', colour: 'RED', fuel: 'petrol', co2: 128 },
  { registration: 'GU15 TMX', make: 'VAUXHALL', colour: 'SILVER', fuel: 'petrol', co2: 188 },
  { registration: 'M123 ABC', make: 'ROVER', colour: 'GREEN', fuel: 'petrol', co2: null },
]

/** The vehicle with its band and price, or null if the DVLA has no vehicle with that registration. */
export function vehicleOf(registration: string): VehicleDetails | null {
  const registered = vehicleRegister.find((vehicle) => vehicle.registration === registration)
  if (!registered) return null
  const band = bandFor(permitPrices, registered.co2)
  if (!band) return null
  const surcharge = registered.fuel === 'diesel' ? permitPrices.dieselSurcharge : 0
  return { ...registered, band: band.band, annualPrice: band.annualPrice + surcharge }
}

/** The last day of a permit that starts on `from`: a year less a day. */
export function yearFrom(from: string): string {
  const next = new Date(`${from}T12:00:00Z`)
  next.setUTCFullYear(next.getUTCFullYear() + 1)
  return addDays(next.toISOString().slice(0, 10), -1)
}

/**
 * What moving a permit to another vehicle costs: the admin fee, and the difference in price for the days left when
 * the new vehicle's band costs more. Nothing is paid back for a cheaper one, as councils do not refund part-years.
 */
export function vehicleChangePrice(permit: ResidentPermit, vehicle: VehicleDetails, today: string): number {
  const daysLeft = Math.max(0, (Date.parse(permit.validTo) - Date.parse(today)) / 86_400_000 + 1)
  const difference = Math.max(0, vehicle.annualPrice - permit.vehicle.annualPrice)
  return permitPrices.changeOfVehicleFee + Math.round((difference * Math.min(daysLeft, 365)) / 365)
}

/** A permit as of today: one past its last day has ended. */
export function permitAsOf(permit: ResidentPermit, today: string): ResidentPermit {
  if (permit.status === 'active' && permit.validTo < today) permit.status = 'expired'
  return permit
}

export const renewableFrom = (validTo: string) => addDays(validTo, -RENEW_FROM_DAYS_BEFORE)

/** What paying for a permit does: a new one starts today, a renewal runs on a year, a change of vehicle moves it. */
export function settlePermit(permit: ResidentPermit, today: string) {
  const toPay = permit.toPay
  if (!toPay) return
  if (toPay.for === 'new') {
    permit.validFrom = today
    permit.validTo = yearFrom(today)
  } else if (toPay.for === 'renewal') {
    const start = permit.validTo < today ? today : addDays(permit.validTo, 1)
    if (permit.validTo < today) permit.validFrom = today
    permit.validTo = yearFrom(start)
  } else if (toPay.newVehicle) {
    permit.vehicle = toPay.newVehicle
    permit.vehicleRegistration = toPay.newVehicle.registration
  }
  permit.status = 'active'
  permit.renewableFrom = renewableFrom(permit.validTo)
  permit.toPay = null
}

export function permitOwedDescription(permit: ResidentPermit): string {
  const what = { new: 'Resident permit', renewal: 'Renewal of resident permit', 'vehicle-change': 'Change of vehicle, resident permit' }
  return `${what[permit.toPay?.for ?? 'new']} ${permit.reference}, ${permit.zone}`
}
