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
