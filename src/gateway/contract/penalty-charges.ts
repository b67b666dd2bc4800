import { z } from 'zod'
import { isoDate, isoDateTime, pence } from './common'

export const penaltyCharge = z
  .object({
    reference: z.string(),
    vehicleRegistration: z.string(),
    contravention: z.string(),
    location: z.string(),
    issuedAt: isoDateTime,
    amount: pence,
    discountedAmount: pence,
    discountEndsOn: isoDate,
    status: z.enum(['unpaid', 'paid', 'challenged', 'cancelled']),
  })
  .meta({ id: 'PenaltyCharge' })
export type PenaltyCharge = z.infer<typeof penaltyCharge>

export const penaltyChargeList = z.object({ penaltyCharges: z.array(penaltyCharge) }).meta({ id: 'PenaltyChargeList' })
