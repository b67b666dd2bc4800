import { z } from 'zod'
import { isoDate } from './common'

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
export type ParkingPermit = z.infer<typeof parkingPermit>

export const parkingPermitList = z.object({ permits: z.array(parkingPermit) }).meta({ id: 'ParkingPermitList' })
