import type { PenaltyCharge, PenaltyChargeChallenge } from '#src/gateway/contract/penalty-charges'
import { addDays, londonDate } from './london-time'

/** What each of the civil enforcement officer's photos shows. */
export type PhotoView = 'vehicle' | 'plate' | 'sign'

/** A photo as the council keeps it: the image is drawn when asked for, from the charge it belongs to. */
export interface EnforcementPhotoRecord {
  photoId: string
  view: PhotoView
  description: string
}

/** A penalty charge as the council's parking system keeps it. What is due today is worked out when asked. */
export interface PenaltyChargeRecord extends Omit<PenaltyCharge, 'photos' | 'amountDueNow' | 'challenge'> {
  photos: EnforcementPhotoRecord[]
  challenge: (PenaltyChargeChallenge & { statement: string }) | null
}

/** The council's 14 days at the discounted rate, from the notice or from a rejected challenge's decision. */
export const DISCOUNT_DAYS = 14

/** Paid inside the discount window, or while a challenge is considered (the discount is kept), the discounted amount; after it, the full one. */
export function amountDueNow(charge: PenaltyChargeRecord, now: number): number {
  if (charge.status === 'challenged') return charge.discountedAmount
  return londonDate(now) <= charge.discountEndsOn ? charge.discountedAmount : charge.amount
}

/** Days from the notice before an unpaid charge gets a charge certificate, which adds half as much again. */
export const CHARGE_CERTIFICATE_DAYS = 28

/** The last day to pay what is due now: the discount's last day, or after it, the day before a charge certificate. */
export function payByOf(charge: PenaltyChargeRecord, now: number): string {
  if (amountDueNow(charge, now) === charge.discountedAmount) return charge.discountEndsOn
  return addDays(londonDate(new Date(charge.issuedAt)), CHARGE_CERTIFICATE_DAYS)
}

function photosOf(reference: string, registration: string, location: string): EnforcementPhotoRecord[] {
  return [
    {
      photoId: `${reference.toLowerCase()}-vehicle-${crypto.randomUUID()}`,
      view: 'vehicle',
      description: `The vehicle ${registration} parked at the kerb, ${location}`,
    },
    {
      photoId: `${reference.toLowerCase()}-plate-${crypto.randomUUID()}`,
      view: 'plate',
      description: `Close-up of the number plate, ${registration}, with the date and time the photo was taken`,
    },
    {
      photoId: `${reference.toLowerCase()}-sign-${crypto.randomUUID()}`,
      view: 'sign',
      description: `The parking sign and bay markings next to the vehicle, ${location}`,
    },
  ]
}

const day = 24 * 60 * 60 * 1000

function issued(today: Date, daysAgo: number, hour: number, minute: number) {
  const at = new Date(today.getTime() - daysAgo * day)
  at.setUTCHours(hour, minute, 0, 0)
  return at.toISOString()
}

/** A notice served on the vehicle: its discount window runs 14 days from the day it was issued. */
function notice(
  today: Date,
  fields: Pick<PenaltyChargeRecord, 'reference' | 'vehicleRegistration' | 'contravention' | 'location' | 'amount'> &
    Partial<PenaltyChargeRecord> & { daysAgo: number; hour: number; minute: number },
): PenaltyChargeRecord {
  const { daysAgo, hour, minute, ...charge } = fields
  const issuedAt = issued(today, daysAgo, hour, minute)
  return {
    issuedAt,
    photos: photosOf(charge.reference, charge.vehicleRegistration, charge.location),
    discountedAmount: charge.amount / 2,
    discountEndsOn: addDays(londonDate(new Date(issuedAt)), DISCOUNT_DAYS),
    status: 'unpaid',
    challenge: null,
    ...charge,
  }
}

const residentsBay = { code: '12', description: "Parked in a residents' or shared use parking place without a valid permit" }

/** Tomasz's: one to pay inside its discount window, one paid, and one challenged that the council is considering. */
export function renterPenaltyCharges(today: Date): PenaltyChargeRecord[] {
  return [
    notice(today, {
      reference: 'SM40219876',
      vehicleRegistration: 'LK19 XRT',
      contravention: { code: '21', description: 'Parked wholly or partly in a suspended bay or space' },
      location: 'Elmwood Road, outside number 60',
      amount: 16000,
      daysAgo: 9,
      hour: 11,
      minute: 42,
    }),
    notice(today, {
      reference: 'SM40187342',
      vehicleRegistration: 'LK19 XRT',
      contravention: { code: '01', description: 'Parked in a restricted street during prescribed hours' },
      location: 'Station Approach, by the taxi rank',
      amount: 16000,
      daysAgo: 47,
      hour: 8,
      minute: 15,
      status: 'paid',
    }),
    notice(today, {
      reference: 'SM40233415',
      vehicleRegistration: 'LK19 XRT',
      contravention: residentsBay,
      location: 'Hazel Grove, Zone C (Elmwood), bay 14',
      amount: 16000,
      daysAgo: 6,
      hour: 19,
      minute: 5,
      status: 'challenged',
      challenge: {
        reference: 'PCC-30417',
        ground: 'no_contravention',
        statement: 'My resident permit RP-88120 was on the dashboard and valid for Zone C. A photo of it is attached.',
        receivedAt: issued(today, 4, 18, 30),
        status: 'being_considered',
        decidedOn: null,
        decision: null,
        documents: 1,
      },
    }),
  ]
}

/** Precious's: challenged because her blue badge was on show, and cancelled when the council accepted it. */
export function tenantPenaltyCharges(today: Date): PenaltyChargeRecord[] {
  return [
    notice(today, {
      reference: 'SM40120034',
      vehicleRegistration: 'KY17 BNF',
      contravention: {
        code: '40',
        description: "Parked in a designated disabled person's parking place without displaying a valid disabled person's badge",
      },
      location: 'Southmere Health Centre car park, bay 2',
      amount: 16000,
      daysAgo: 30,
      hour: 10,
      minute: 10,
      status: 'cancelled',
      challenge: {
        reference: 'PCC-30388',
        ground: 'no_contravention',
        statement: 'My blue badge was on the dashboard. It had slipped face down when I shut the door. A photo of the badge is attached.',
        receivedAt: issued(today, 27, 16, 40),
        status: 'accepted',
        decidedOn: londonDate(today.getTime() - 12 * day),
        decision: 'We have checked your blue badge and accepted that it was valid. We have cancelled the penalty charge.',
        documents: 1,
      },
    }),
  ]
}

/** Margaret's: one inside its discount window, and one whose window has passed, so the full amount is due. */
export function ownerPenaltyCharges(today: Date): PenaltyChargeRecord[] {
  return [
    notice(today, {
      reference: 'SM40251190',
      vehicleRegistration: 'WR68 KTF',
      contravention: residentsBay,
      location: 'Hazel Grove, Zone C (Elmwood), outside number 3',
      amount: 13000,
      daysAgo: 3,
      hour: 9,
      minute: 55,
    }),
    notice(today, {
      reference: 'SM40164220',
      vehicleRegistration: 'WR68 KTF',
      contravention: { code: '30', description: 'Parked for longer than permitted' },
      location: 'Market Street pay and display, bay 3',
      amount: 11000,
      daysAgo: 20,
      hour: 14,
      minute: 20,
    }),
  ]
}
