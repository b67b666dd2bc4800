import { z } from 'zod'
import { isoDate, pence } from './common'

/** A claim's reference, as on the council's letters: HB-220981, CTR-220982. */
export const claimReference = z.string().min(1).max(20)

/** One line of how an award is worked out, in the council's English, with its weekly amount. */
export const awardWorking = z.object({ description: z.string().max(200), weekly: pence }).meta({ id: 'AwardWorking' })

export const benefitAward = z
  .object({
    weekly: pence,
    /** The day the amounts now paid started; an earlier award may have been changed since. */
    from: isoDate,
    /** Housing Benefit for a council tenant goes straight to the rent account; Council Tax Reduction comes off the council tax bill. */
    paidTo: z.enum(['rent_account', 'council_tax_account']),
    /** Each line, in order; the last is the award itself. */
    workings: z.array(awardWorking).max(20),
  })
  .meta({ id: 'BenefitAward' })

/** One payment to come: into the rent account, or off a council tax instalment. */
export const benefitPayment = z.object({ on: isoDate, amount: pence }).meta({ id: 'BenefitPayment' })

/** What happened when, in the council's English, with the letter that said so when there is one. */
export const claimEvent = z
  .object({ on: isoDate, what: z.string().max(300), letterId: z.string().max(40).nullable() })
  .meta({ id: 'ClaimEvent' })

export const benefitClaim = z
  .object({
    reference: claimReference,
    kind: z.enum(['housing_benefit', 'council_tax_reduction']),
    status: z.enum(['received', 'assessing', 'awarded', 'refused', 'ended']),
    weeklyAward: pence.nullable(),
    awardedFrom: isoDate.nullable(),
    receivedOn: isoDate,
    award: benefitAward.nullable(),
    /** The next payments, soonest first. */
    payments: z.array(benefitPayment).max(60),
    /** Oldest first. */
    history: z.array(claimEvent).max(100),
  })
  .meta({ id: 'BenefitClaim' })
export type BenefitClaim = z.infer<typeof benefitClaim>

export const benefitClaimList = z.object({ claims: z.array(benefitClaim).max(20) }).meta({ id: 'BenefitClaimList' })
