import { z } from 'zod'
import { isoDateTime, pence, problemDetails } from './common'

export const bookingKind = z.enum(['bulky_waste', 'housing_repair', 'face_to_face'])

const slotId = z.string().max(64)
const holdId = z.string().max(64)

export const slot = z
  .object({
    id: slotId,
    kind: bookingKind,
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    available: z.boolean().meta({
      description:
        'Whether the person asking can have it now: the council has a place left that nobody else has booked or is holding. A place the person holds themselves counts as available to them',
    }),
  })
  .meta({ id: 'Slot' })
export type Slot = z.infer<typeof slot>

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
export const slotList = z
  .object({ slots: z.array(slot).max(500).meta({ description: 'Every slot still to come, earliest first' }) })
  .meta({ id: 'SlotList' })

/** How long the gateway keeps a chosen slot for the person while they check their answers. */
export const HOLD_MINUTES = 5

export const slotHoldRequest = z.object({ kind: bookingKind, slotId }).meta({ id: 'SlotHoldRequest' })

export const slotHold = z
  .object({
    holdId,
    slotId,
    kind: bookingKind,
    expiresAt: isoDateTime.meta({ description: `When the hold runs out, ${HOLD_MINUTES} minutes after it was made` }),
  })
  .meta({
    id: 'SlotHold',
    description: `A place kept for the person for ${HOLD_MINUTES} minutes. A person holds at most one slot of each kind: a new hold lets the last one go`,
  })
export type SlotHold = z.infer<typeof slotHold>

export const slotHoldReleased = z.object({ holdId, released: z.literal(true) }).meta({ id: 'SlotHoldReleased' })

/** The problem type of a 409 for a slot with no place left for the person: it carries the nearest free slots. */
export const slotTakenProblemType = 'urn:my-account:problem:slot-taken'

export const slotTaken = problemDetails
  .extend({
    type: z.literal(slotTakenProblemType),
    alternatives: z
      .array(slot)
      .max(3)
      .meta({ description: 'Up to three free slots of the same kind, the nearest in time to the one asked for, earliest first' }),
  })
  .meta({
    id: 'SlotTaken',
    description: 'Problem details for a slot someone else has taken or is holding, with the nearest free slots to offer instead',
  })
export type SlotTaken = z.infer<typeof slotTaken>

export const newBooking = z
  .object({
    kind: bookingKind,
    slotId: slotId.optional(),
    holdId: holdId.optional(),
    requestReference: z.string().max(40).nullable(),
  })
  .refine((wanted) => (wanted.slotId === undefined) !== (wanted.holdId === undefined), {
    path: ['slotId'],
    message: 'Give either slotId or holdId',
  })
  .meta({
    id: 'NewBooking',
    description:
      "Either slotId, to book a slot that has a place left, or holdId, to turn the caller's own hold into the booking. A hold that has run out still books its slot while a place is left",
    oneOf: [{ required: ['slotId'] }, { required: ['holdId'] }],
  })
