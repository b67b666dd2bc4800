import { z } from 'zod'
import { isoDate, isoDateTime, pence } from './common'
import { documentId, MOST_DOCUMENTS_AT_ONCE } from './evidence'
import { vehicleRegistration } from './vehicle-registration'

/** London councils' PCN numbers: two letters, then eight digits, as SM40219876. */
const pcnNumberShape = /^[A-Z]{2}[0-9]{8}$/

/** A PCN number as people type it ("sm 4021 9876") written as it is on the notice, or null if it is not one's shape. */
export function pcnNumberOf(typed: string): string | null {
  const squashed = typed.toUpperCase().replace(/[\s-]/g, '')
  return pcnNumberShape.test(squashed) ? squashed : null
}

export const pcnNumber = z
  .string()
  .max(20)
  .refine((typed) => pcnNumberOf(typed) !== null, { message: 'Enter the PCN number as it is on the notice, like SM40219876' })
  .transform((typed) => pcnNumberOf(typed) ?? typed)
  .meta({ description: 'A penalty charge notice number: two letters and eight digits', example: 'SM40219876' })

export const contravention = z
  .object({
    /** The London-wide contravention code, such as "12". */
    code: z.string().max(4),
    description: z.string().max(200),
  })
  .meta({ id: 'Contravention' })

export const enforcementPhoto = z
  .object({
    /** Where the photo is served: an address that names nothing of the person, and is never kept on the device. */
    address: z.string().max(300),
    /** What the photo shows, for anyone who cannot see it. */
    description: z.string().max(300),
  })
  .meta({ id: 'EnforcementPhoto', description: "One of the civil enforcement officer's photos" })

/** The grounds for a challenge the law allows, as the council's form lists them. */
export const challengeGround = z
  .enum(['no_contravention', 'vehicle_stolen', 'not_the_owner', 'hire_company', 'too_much', 'procedural_impropriety', 'mitigation'])
  .meta({ id: 'ChallengeGround' })
export type ChallengeGround = z.infer<typeof challengeGround>
export const challengeGrounds = challengeGround.options

export const LONGEST_STATEMENT = 2000

export const penaltyChargeChallenge = z
  .object({
    reference: z.string().max(30),
    ground: challengeGround,
    receivedAt: isoDateTime,
    status: z.enum(['received', 'being_considered', 'accepted', 'rejected']),
    /** Set once decided. */
    decidedOn: isoDate.nullable(),
    /** The council's reasons, in its own words. */
    decision: z.string().max(1000).nullable(),
    documents: z.int().min(0).max(MOST_DOCUMENTS_AT_ONCE),
  })
  .meta({ id: 'PenaltyChargeChallenge' })
export type PenaltyChargeChallenge = z.infer<typeof penaltyChargeChallenge>

export const penaltyCharge = z
  .object({
    reference: z.string().max(20),
    vehicleRegistration,
    contravention,
    location: z.string().max(200),
    issuedAt: isoDateTime,
    photos: z.array(enforcementPhoto).max(6),
    amount: pence,
    discountedAmount: pence,
    /** The last day the discounted amount may be paid: 14 days from the notice, or from a rejected challenge's decision. */
    discountEndsOn: isoDate,
    /** What paying today costs: the gateway decides, by the discount window. */
    amountDueNow: pence,
    status: z.enum(['unpaid', 'paid', 'challenged', 'cancelled']),
    /** The latest challenge, whatever became of it. */
    challenge: penaltyChargeChallenge.nullable(),
  })
  .meta({ id: 'PenaltyCharge' })
export type PenaltyCharge = z.infer<typeof penaltyCharge>

export const penaltyChargeList = z.object({ penaltyCharges: z.array(penaltyCharge).max(200) }).meta({ id: 'PenaltyChargeList' })

export const penaltyChargeLookup = z
  .object({ pcnNumber, vehicleRegistration })
  .meta({ id: 'PenaltyChargeLookup', description: 'Sent by POST, so neither ever appears in an address or a log' })

export const penaltyChargeFound = z
  .object({
    penaltyCharge,
    /** A payment link's token for paying this charge without signing in, while it can be paid. */
    paymentLinkToken: z.string().max(60).nullable(),
  })
  .meta({ id: 'PenaltyChargeFound' })
export type PenaltyChargeFound = z.infer<typeof penaltyChargeFound>

export const newPenaltyChargeChallenge = z
  .object({
    ground: challengeGround,
    statement: z.string().max(LONGEST_STATEMENT),
    evidenceIds: z.array(documentId).max(MOST_DOCUMENTS_AT_ONCE),
  })
  .meta({ id: 'NewPenaltyChargeChallenge' })
export type NewPenaltyChargeChallenge = z.infer<typeof newPenaltyChargeChallenge>
