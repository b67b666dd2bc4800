import type { AccountSummary } from '#src/gateway/contract/account'
import type { Booking } from '#src/gateway/contract/bookings'
import type { benefitClaim } from '#src/gateway/contract/benefits'
import type { Letter } from '#src/gateway/contract/letters'
import type { DirectDebitMandate } from '#src/gateway/contract/direct-debit'
import type { HouseholdChange, RentAccount, householdChangeReceived, tenancy } from '#src/gateway/contract/housing'
import type { ParkingPermit, ResidentPermit } from '#src/gateway/contract/parking-permits'
import type { AmountOwed, Payment } from '#src/gateway/contract/payments'
import type { ServiceRequest } from '#src/gateway/contract/service-requests'
import type { Profile } from '#src/gateway/contract/session'
import type { z } from 'zod'
import { seededRentAccount } from './rent-account-seed'
import { seededEvidence, type PersonsEvidence } from './evidence-seed'
import { withClaimsAndLetters } from './letters-seed'
import { overdueOn, seededCouncilTax, type CouncilTaxRecord } from './council-tax-seed'
import { seededChangesOfCircumstances, type ChangeTold } from './changes-seed'
import { appointmentDescription, collectionDescription, collectionFee, placeNamed } from './booking-options'
import { addressByUprn, parkingZoneOf } from './gazetteer'
import { londonDate, londonTime, workingDay } from './london-time'
import { changeUntilOf } from './slot-inventory'
import { permitAsOf, permitOwedDescription, renewableFrom, vehicleOf } from './resident-permit-rules'
import {
  amountDueNow,
  payByOf,
  ownerPenaltyCharges,
  renterPenaltyCharges,
  tenantPenaltyCharges,
  type PenaltyChargeRecord,
} from './penalty-charges-seed'
import { seededVisitorParking, type VisitorParking } from './visitor-permits-seed'

export type PersonaId = 'tenant' | 'renter' | 'owner' | 'staff'

export interface Persona {
  id: PersonaId
  role: 'resident' | 'staff'
  /** What the demo sign-in page says about this person. */
  about: string
  profile: Profile
  /** What the contact centre asks a caller to prove who they are; staff have none. */
  dateOfBirth?: string
  tenancy: z.infer<typeof tenancy> | null
  rentAccount: RentAccount | null
  /** Every Direct Debit instruction for the rent, the current one last. */
  rentDirectDebits: DirectDebitMandate[]
  householdChanges: (HouseholdChange & z.infer<typeof householdChangeReceived>)[]
  changesOfCircumstances: ChangeTold[]
  councilTax: CouncilTaxRecord | null
  /** Every Direct Debit instruction for council tax, the current one last. */
  councilTaxDirectDebits: DirectDebitMandate[]
  benefitClaims: z.infer<typeof benefitClaim>[]
  /** Council tax and benefits letters, as sent: mocks/letters-seed.ts. */
  letters: Letter[]
  /** Permits other than resident permits. */
  permits: ParkingPermit[]
  residentPermits: ResidentPermit[]
  penaltyCharges: PenaltyChargeRecord[]
  /** The visitor allowance and permits, for someone whose home is in a parking zone. */
  visitorParking: VisitorParking | null
  bookings: Booking[]
  requests: ServiceRequest[]
  payments: Payment[]
  /** Documents sent to the council, and any being sent in parts. */
  evidence: PersonsEvidence
}

const day = 24 * 60 * 60 * 1000

function isoDate(from: Date, days: number) {
  return new Date(from.getTime() + days * day).toISOString().slice(0, 10)
}

function isoDateTime(from: Date, days: number, hour = 9) {
  const date = new Date(from.getTime() + days * day)
  date.setUTCHours(hour, 0, 0, 0)
  return date.toISOString()
}

function homeAt(uprn: string) {
  const address = addressByUprn(uprn)
  if (!address) throw new Error(`No address with UPRN ${uprn} in the gazetteer`)
  return { uprn: address.uprn, text: `${address.text} ${address.postcode}` }
}

type SeededBooking = Pick<Booking, 'reference' | 'kind' | 'description' | 'startsAt' | 'endsAt'> & Partial<Booking>

function seededBooking(fields: SeededBooking, today: Date): Booking {
  const booking: Booking = {
    status: 'booked',
    fee: null,
    paid: false,
    payBy: null,
    place: null,
    purpose: null,
    interpreter: null,
    items: [],
    requestReference: null,
    reminder: 'day_before',
    changeUntil: null,
    ...fields,
  }
  return { ...booking, changeUntil: changeUntilOf(booking, today.getTime()) }
}

const hour = 60 * 60 * 1000

/** A resident permit from `from` days to `to` days from today; one whose last day has passed has ended. */
function seededPermit(
  reference: string,
  zone: string,
  registration: string,
  home: { text: string },
  today: Date,
  from: number,
  to: number,
) {
  const validFrom = isoDate(today, from)
  const validTo = isoDate(today, to)
  const vehicle = vehicleOf(registration)
  if (!vehicle) throw new Error(`No vehicle ${registration} in the register`)
  const permit: ResidentPermit = {
    reference,
    kind: 'resident',
    zone,
    vehicleRegistration: registration,
    vehicle,
    address: home.text,
    validFrom,
    validTo,
    status: to < 0 ? 'expired' : 'active',
    toPay: null,
    renewableFrom: renewableFrom(validTo),
  }
  return permit
}

/**
 * A collection less than a day away, so past its cut-off: tomorrow's at 7am when that is under a day
 * ahead, or else one 20 hours from now (a weekend or the small hours, when nothing else is that close).
 */
function collectionWithinADay(today: Date) {
  const tomorrow = workingDay(londonDate(today), 1)
  const startsAt = londonTime(tomorrow, 7)
  const ahead = Date.parse(startsAt) - today.getTime()
  if (ahead > 2 * hour && ahead < 23 * hour) return { startsAt, endsAt: londonTime(tomorrow, 15) }
  const start = Math.floor((today.getTime() + 20 * hour) / hour) * hour
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 8 * hour).toISOString() }
}

/** Demo people with realistic UK data, dated relative to today so the demo never goes stale. */
export function seedPersonas(today = new Date()): Record<PersonaId, Persona> {
  const tenantHome = homeAt('100021345001')
  const londonToday = londonDate(today)
  const repairVisitDay = workingDay(londonToday, 3)
  const paidCollectionDay = workingDay(londonToday, 8)
  const pastAppointmentDay = workingDay(londonToday, -12)
  const libraryAppointmentDay = workingDay(londonToday, 5)
  const collectionItems = [
    { itemId: 'sofa', quantity: 1 },
    { itemId: 'fridge-freezer', quantity: 1 },
  ]
  const paidCollectionItems = [
    { itemId: 'mattress', quantity: 1 },
    { itemId: 'bed-frame', quantity: 1 },
  ]
  return withClaimsAndLetters<Record<PersonaId, Persona>>(today, {
    tenant: {
      id: 'tenant',
      role: 'resident',
      dateOfBirth: '1978-06-14',
      about: 'Council tenant. Gets Housing Benefit and owes rent.',
      profile: {
        name: 'Precious Okafor',
        email: 'precious.okafor@example.com',
        phone: '07700 900123',
        address: tenantHome,
        language: 'en',
        alerts: { channels: ['text'], topics: ['requests', 'bookings'] },
      },
      tenancy: {
        reference: 'TEN-004417',
        address: tenantHome.text,
        startDate: '2019-04-01',
        tenure: 'secure',
        weeklyRent: 14862,
        officer: {
          name: 'Daniel Mensah',
          phone: '020 7946 0321',
          email: 'housing.coldharbour@southmere.example.gov.uk',
          area: 'Coldharbour and Marlowe',
        },
        household: [
          { name: 'Precious Okafor', relationship: 'tenant', bornIn: null },
          { name: 'Chidi Okafor', relationship: 'child', bornIn: 2013 },
          { name: 'Ada Okafor', relationship: 'child', bornIn: 2018 },
        ],
      },
      rentDirectDebits: [],
      householdChanges: [],
      changesOfCircumstances: seededChangesOfCircumstances(),
      rentAccount: seededRentAccount(today, 18642),
      // Council Tax Reduction pays most of the band B charge: what is left is the year's total.
      councilTax: seededCouncilTax('tenant', today, tenantHome.text),
      councilTaxDirectDebits: [],
      // Housing Benefit HB-220981 and Council Tax Reduction CTR-220982: mocks/benefits-seed.ts.
      benefitClaims: [],
      letters: [],
      permits: [],
      // Ended six weeks ago, when she sold the car; she can renew it for another, or apply afresh.
      residentPermits: [seededPermit('RP-86514', 'Zone A (Coldharbour)', 'KP16 ODA', tenantHome, today, -407, -42)],
      penaltyCharges: tenantPenaltyCharges(today),
      visitorParking: seededVisitorParking('tenant', today),
      bookings: [
        seededBooking(
          {
            reference: 'BK-70311',
            kind: 'housing_repair',
            description: 'Repair: kitchen tap leaking',
            startsAt: londonTime(repairVisitDay, 8),
            endsAt: londonTime(repairVisitDay, 12),
            requestReference: 'SR-1048213',
          },
          today,
        ),
      ],
      requests: [
        {
          reference: 'SR-1048213',
          serviceCode: 'housing-repair',
          serviceName: 'Housing repair',
          status: 'scheduled',
          open: true,
          location: tenantHome.text,
          submittedAt: isoDateTime(today, -6, 10),
          expectedBy: repairVisitDay,
          timeline: [
            { status: 'received', at: isoDateTime(today, -6, 10), note: null },
            { status: 'scheduled', at: isoDateTime(today, -5, 14), note: 'A plumber will visit between 8am and 12pm.' },
          ],
          followed: false,
          reopenUntil: null,
          comments: [],
          photos: 1,
        },
      ],
      payments: [],
      evidence: seededEvidence('tenant', today),
    },
    renter: {
      id: 'renter',
      role: 'resident',
      dateOfBirth: '1991-11-03',
      about: 'Private renter. Has a resident parking permit and an unpaid penalty charge.',
      profile: {
        name: 'Tomasz Nowak',
        email: 'tomasz.nowak@example.com',
        phone: '07700 900456',
        address: homeAt('100021377041'),
        language: 'en',
        alerts: { channels: ['email'], topics: ['payments'] },
      },
      tenancy: null,
      rentAccount: null,
      rentDirectDebits: [],
      householdChanges: [],
      changesOfCircumstances: seededChangesOfCircumstances(),
      councilTax: seededCouncilTax('renter', today, homeAt('100021377041').text),
      councilTaxDirectDebits: [],
      benefitClaims: [],
      letters: [],
      permits: [],
      residentPermits: [
        seededPermit('RP-88120', 'Zone C (Elmwood)', 'LK19 XRT', homeAt('100021377041'), today, -120, 245),
        // The second car's permit ended nine days ago, so the home page asks him to renew it.
        seededPermit('RP-80977', 'Zone C (Elmwood)', 'KN17 WBD', homeAt('100021377041'), today, -374, -9),
      ],
      penaltyCharges: renterPenaltyCharges(today),
      visitorParking: seededVisitorParking('renter', today),
      bookings: [
        seededBooking(
          {
            reference: 'BK-70245',
            kind: 'face_to_face',
            description: appointmentDescription('council_tax'),
            startsAt: londonTime(pastAppointmentDay, 10),
            endsAt: londonTime(pastAppointmentDay, 11),
            status: 'completed',
            place: placeNamed('civic-centre'),
            purpose: 'council_tax',
          },
          today,
        ),
        seededBooking(
          {
            reference: 'BK-70302',
            kind: 'face_to_face',
            description: appointmentDescription('housing'),
            startsAt: londonTime(libraryAppointmentDay, 14),
            endsAt: londonTime(libraryAppointmentDay, 15),
            place: placeNamed('elmwood-library'),
            purpose: 'housing',
            interpreter: 'pl',
          },
          today,
        ),
      ],
      requests: [],
      payments: [],
      evidence: seededEvidence('renter', today),
    },
    owner: {
      id: 'owner',
      role: 'resident',
      dateOfBirth: '1949-02-27',
      about: 'Home owner. Pays council tax and books bulky-waste collections.',
      profile: {
        name: 'Margaret Ellis',
        email: 'margaret.ellis@example.com',
        phone: null,
        address: homeAt('100021390009'),
        language: 'en',
        alerts: { channels: ['email'], topics: ['requests', 'bookings', 'payments'] },
      },
      tenancy: null,
      rentAccount: null,
      rentDirectDebits: [],
      householdChanges: [],
      changesOfCircumstances: seededChangesOfCircumstances(),
      councilTax: seededCouncilTax('owner', today, homeAt('100021390009').text),
      councilTaxDirectDebits: [],
      benefitClaims: [],
      letters: [],
      permits: [],
      residentPermits: [],
      penaltyCharges: ownerPenaltyCharges(today),
      visitorParking: seededVisitorParking('owner', today),
      bookings: [
        // Booked by phone, to be paid before the crew comes; too close now to change online.
        seededBooking(
          {
            reference: 'BK-70288',
            kind: 'bulky_waste',
            description: collectionDescription(collectionItems),
            ...collectionWithinADay(today),
            fee: collectionFee(collectionItems),
            items: collectionItems,
          },
          today,
        ),
        seededBooking(
          {
            reference: 'BK-70290',
            kind: 'bulky_waste',
            description: collectionDescription(paidCollectionItems),
            startsAt: londonTime(paidCollectionDay, 7),
            endsAt: londonTime(paidCollectionDay, 15),
            fee: collectionFee(paidCollectionItems),
            paid: true,
            items: paidCollectionItems,
          },
          today,
        ),
      ],
      requests: [
        {
          reference: 'SR-1047760',
          serviceCode: 'street-light',
          serviceName: 'Street light not working',
          status: 'in_progress',
          open: true,
          location: 'Outside 13 Kestrel Avenue',
          submittedAt: isoDateTime(today, -12, 19),
          expectedBy: isoDate(today, 2),
          timeline: [
            { status: 'received', at: isoDateTime(today, -12, 19), note: null },
            { status: 'in_progress', at: isoDateTime(today, -10, 9), note: 'Passed to our street lighting team.' },
          ],
          followed: false,
          reopenUntil: null,
          comments: [],
          photos: 0,
        },
        {
          reference: 'SR-1044318',
          serviceCode: 'fly-tipping',
          serviceName: 'Fly-tipping',
          status: 'closed_not_fixed',
          open: false,
          location: 'Alley behind 7 to 13 Kestrel Avenue',
          submittedAt: isoDateTime(today, -15, 17),
          expectedBy: null,
          timeline: [
            { status: 'received', at: isoDateTime(today, -15, 17), note: null },
            { status: 'closed_not_fixed', at: isoDateTime(today, -5, 12), note: 'Our crew could not find the rubbish at this location.' },
          ],
          followed: false,
          reopenUntil: isoDate(today, 23),
          comments: [],
          photos: 1,
        },
        {
          reference: 'SR-1039902',
          serviceCode: 'missed-bin',
          serviceName: 'Missed bin collection',
          status: 'fixed',
          open: false,
          location: '9 Kestrel Avenue',
          submittedAt: isoDateTime(today, -40, 8),
          expectedBy: null,
          timeline: [
            { status: 'received', at: isoDateTime(today, -40, 8), note: null },
            { status: 'fixed', at: isoDateTime(today, -39, 15), note: 'Collected.' },
          ],
          followed: false,
          reopenUntil: null,
          comments: [],
          photos: 0,
        },
      ],
      payments: [],
      evidence: seededEvidence('owner', today),
    },
    staff: {
      id: 'staff',
      role: 'staff',
      about: 'Contact-centre adviser who helps callers.',
      profile: {
        name: 'Amira Haddad',
        email: 'amira.haddad@southmere.example.gov.uk',
        phone: null,
        address: null,
        language: 'en',
        alerts: { channels: [], topics: [] },
      },
      tenancy: null,
      rentAccount: null,
      rentDirectDebits: [],
      householdChanges: [],
      changesOfCircumstances: seededChangesOfCircumstances(),
      councilTax: null,
      councilTaxDirectDebits: [],
      benefitClaims: [],
      letters: [],
      permits: [],
      residentPermits: [],
      visitorParking: seededVisitorParking('staff', today),
      penaltyCharges: [],
      bookings: [],
      requests: [],
      payments: [],
      evidence: seededEvidence('staff', today),
    },
  })
}

export function summarise(persona: Persona, now = new Date()): AccountSummary {
  const nextBooking = persona.bookings
    .filter((booking) => booking.status === 'booked' && new Date(booking.startsAt) > now)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0]
  const nextInstalment =
    persona.councilTax?.instalments.find((instalment) => !instalment.paid && instalment.dueOn >= londonDate(now)) ?? null
  const today = londonDate(now)
  const residentPermits = persona.residentPermits.map((permit) => permitAsOf(permit, today))
  const inAZone = persona.profile.address ? parkingZoneOf(persona.profile.address.uprn) !== null : false
  const usesParking = inAZone || residentPermits.length > 0 || persona.permits.length > 0 || persona.penaltyCharges.length > 0
  return {
    rent: persona.rentAccount ? { owed: Math.max(0, persona.rentAccount.balance), weeklyRent: persona.rentAccount.weeklyRent } : null,
    councilTax: persona.councilTax
      ? {
          balance: persona.councilTax.balance,
          overdue: overdueOn(persona.councilTax, londonDate(now)),
          payingByDirectDebit: persona.councilTaxDirectDebits.some((mandate) => mandate.status === 'active'),
          nextInstalment: nextInstalment ? { dueOn: nextInstalment.dueOn, amount: nextInstalment.amount } : null,
        }
      : null,
    parking: usesParking
      ? {
          activePermits: residentPermits.filter((permit) => permit.status === 'active').length,
          permitsToRenew: residentPermits
            .filter((permit) => permit.toPay === null && permit.renewableFrom <= today && permit.status !== 'awaiting_payment')
            .map((permit) => ({ reference: permit.reference, zone: permit.zone, validTo: permit.validTo })),
          permitsToPay: residentPermits.flatMap((permit) =>
            permit.toPay
              ? [{ reference: permit.reference, owedId: permit.toPay.owedId, for: permit.toPay.for, amount: permit.toPay.amount }]
              : [],
          ),
          penaltyChargesToPay: persona.penaltyCharges
            .filter((charge) => charge.status === 'unpaid')
            .map((charge) => ({
              reference: charge.reference,
              amount: amountDueNow(charge, now.getTime()),
              payBy: payByOf(charge, now.getTime()),
            })),
        }
      : null,
    nextBooking: nextBooking
      ? { reference: nextBooking.reference, description: nextBooking.description, startsAt: nextBooking.startsAt }
      : null,
    openRequests: persona.requests.filter((request) => request.open).length,
    benefits:
      persona.benefitClaims.length > 0
        ? {
            claims: persona.benefitClaims.length,
            assessing: persona.benefitClaims.filter((claim) => claim.status === 'received' || claim.status === 'assessing').length,
            awards: persona.benefitClaims.flatMap((claim) =>
              claim.status === 'awarded' && claim.award ? [{ kind: claim.kind, weekly: claim.award.weekly }] : [],
            ),
          }
        : null,
  }
}

export function amountsOwedBy(persona: Persona, now = Date.now()): AmountOwed[] {
  const owed: AmountOwed[] = []
  if (persona.rentAccount && persona.rentAccount.balance > 0) {
    owed.push({
      id: 'rent',
      kind: 'rent',
      description: 'Rent',
      amount: persona.rentAccount.balance,
      dueBy: null,
      amountRule: { type: 'chosen', minimum: 100, maximum: persona.rentAccount.balance + persona.rentAccount.weeklyRent * 8 },
    })
  }
  const instalment = persona.councilTax?.instalments.find((candidate) => !candidate.paid)
  if (persona.councilTax && instalment) {
    owed.push({
      id: `council-tax-${persona.councilTax.accountReference}`,
      kind: 'council_tax',
      description: `Council tax, account ${persona.councilTax.accountReference}`,
      amount: instalment.amount,
      dueBy: `${instalment.dueOn}T23:59:59Z`,
      amountRule: { type: 'chosen', minimum: 100, maximum: persona.councilTax.balance },
    })
  }
  for (const charge of persona.penaltyCharges.filter((candidate) => candidate.status === 'unpaid')) {
    owed.push({
      id: `pcn-${charge.reference}`,
      kind: 'penalty_charge',
      description: `Penalty charge ${charge.reference}`,
      amount: amountDueNow(charge, now),
      dueBy: `${payByOf(charge, now)}T23:59:59Z`,
      amountRule: { type: 'fixed' },
    })
  }
  for (const permit of persona.residentPermits) {
    if (!permit.toPay) continue
    owed.push({
      id: permit.toPay.owedId,
      kind: 'permit',
      description: permitOwedDescription(permit),
      amount: permit.toPay.amount,
      dueBy: null,
      amountRule: { type: 'fixed' },
    })
  }
  for (const booking of persona.bookings.filter(
    (candidate) => candidate.fee !== null && !candidate.paid && (candidate.status === 'booked' || candidate.status === 'awaiting_payment'),
  )) {
    owed.push({
      id: `booking-${booking.reference}`,
      kind: 'booking',
      description: booking.description,
      amount: booking.fee ?? 0,
      dueBy: booking.payBy ?? booking.startsAt,
      amountRule: { type: 'fixed' },
    })
  }
  return owed
}

export interface OthersReport {
  request: ServiceRequest
  latitude: number
  longitude: number
}

/** Open reports made by other residents, so a resident can follow one instead of reporting again. */
export function seedOthersReports(today = new Date()): OthersReport[] {
  const report = (
    reference: string,
    serviceCode: string,
    serviceName: string,
    location: string,
    latitude: number,
    longitude: number,
    daysAgo: number,
  ): OthersReport => ({
    latitude,
    longitude,
    request: {
      reference,
      serviceCode,
      serviceName,
      status: 'received',
      open: true,
      location,
      submittedAt: isoDateTime(today, -daysAgo, 8),
      expectedBy: isoDate(today, 3),
      timeline: [{ status: 'received', at: isoDateTime(today, -daysAgo, 8), note: null }],
      followed: false,
      reopenUntil: null,
      comments: [],
      photos: 0,
    },
  })
  return [
    report('SR-1048500', 'missed-bin', 'Missed bin collection', 'Kestrel Avenue, odd numbers', 51.4402, -0.0863, 1),
    report('SR-1048511', 'street-light', 'Street light not working', 'Outside 43 Elmwood Road', 51.4553, -0.0979, 2),
    report('SR-1048522', 'pothole', 'Pothole', 'Coldharbour Lane, by the bus stop', 51.4702, -0.1014, 4),
  ]
}

export function distanceInMetres(fromLatitude: number, fromLongitude: number, toLatitude: number, toLongitude: number): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180
  const earthRadius = 6_371_000
  const dLat = radians(toLatitude - fromLatitude)
  const dLon = radians(toLongitude - fromLongitude)
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(radians(fromLatitude)) * Math.cos(radians(toLatitude)) * Math.sin(dLon / 2) ** 2
  return Math.round(2 * earthRadius * Math.asin(Math.sqrt(a)))
}
