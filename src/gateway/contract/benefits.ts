import { z } from 'zod'
import { isoDate, pence } from './common'

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
