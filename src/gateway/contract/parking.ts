import { z } from 'zod'
import { isoDate, isoDateTime, pence } from './common'

export const parkingPermit = z
  .object({
    reference: z.string(),
    kind: z.enum(['resident', 'visitor']),
    zone: z.string(),
    vehicleRegistration: z.string().nullable(),
    validFrom: isoDate,
    validTo: isoDate,
    status: z.enum(['active', 'expired', 'pending']),
  })
  .meta({ id: 'ParkingPermit' })

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

export const parkingPermitList = z.object({ permits: z.array(parkingPermit) }).meta({ id: 'ParkingPermitList' })
export const penaltyChargeList = z.object({ penaltyCharges: z.array(penaltyCharge) }).meta({ id: 'PenaltyChargeList' })
