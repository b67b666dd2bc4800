import { z } from 'zod'
import { isoDate, pence } from './common'

export const tenancy = z
  .object({
    reference: z.string(),
    address: z.string(),
    startDate: isoDate,
    tenure: z.enum(['secure', 'introductory', 'temporary']),
    weeklyRent: pence,
  })
  .meta({ id: 'Tenancy' })

export const rentAccount = z
  .object({
    balance: pence.meta({ description: 'Positive when the tenant owes rent, negative when in credit' }),
    weeklyRent: pence,
    housingBenefitWeekly: pence,
    transactions: z.array(z.object({ date: isoDate, description: z.string(), amount: pence, balanceAfter: pence })),
  })
  .meta({ id: 'RentAccount' })
export type RentAccount = z.infer<typeof rentAccount>
