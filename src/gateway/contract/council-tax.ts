import { z } from 'zod'
import { isoDate, pence } from './common'

export const councilTaxAccount = z
  .object({
    accountReference: z.string(),
    band: z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']),
    yearTotal: pence,
    balance: pence,
    discounts: z.array(z.string()),
    instalments: z.array(z.object({ dueOn: isoDate, amount: pence, paid: z.boolean() })),
  })
  .meta({ id: 'CouncilTaxAccount' })
export type CouncilTaxAccount = z.infer<typeof councilTaxAccount>

export const benefitClaim = z
  .object({
    reference: z.string(),
    kind: z.enum(['housing_benefit', 'council_tax_reduction']),
    status: z.enum(['received', 'assessing', 'awarded', 'refused', 'ended']),
    weeklyAward: pence.nullable(),
    awardedFrom: isoDate.nullable(),
  })
  .meta({ id: 'BenefitClaim' })

export const benefitClaimList = z.object({ claims: z.array(benefitClaim) }).meta({ id: 'BenefitClaimList' })
