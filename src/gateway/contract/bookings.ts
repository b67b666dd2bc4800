import { z } from 'zod'
import { isoDateTime, pence } from './common'

export const bookingKind = z.enum(['bulky_waste', 'housing_repair', 'face_to_face'])

export const slot = z
  .object({ id: z.string(), kind: bookingKind, startsAt: isoDateTime, endsAt: isoDateTime, available: z.boolean() })
  .meta({ id: 'Slot' })

export const booking = z
  .object({
    reference: z.string(),
    kind: bookingKind,
    description: z.string(),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    status: z.enum(['booked', 'cancelled', 'completed']),
    fee: pence.nullable(),
    paid: z.boolean(),
  })
  .meta({ id: 'Booking' })
export type Booking = z.infer<typeof booking>

export const bookingList = z.object({ bookings: z.array(booking) }).meta({ id: 'BookingList' })
export const slotList = z.object({ slots: z.array(slot) }).meta({ id: 'SlotList' })

export const newBooking = z
  .object({ kind: bookingKind, slotId: z.string().max(64), requestReference: z.string().max(40).nullable() })
  .meta({ id: 'NewBooking' })
