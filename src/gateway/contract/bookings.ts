import { madeBy } from './contact-centre'
import { z } from 'zod'
import { isoDateTime, language, pence, problemDetails } from './common'

export const bookingKind = z.enum(['bulky_waste', 'housing_repair', 'face_to_face'])

const slotId = z.string().max(64)
const holdId = z.string().max(64)

export const slot = z
  .object({
    id: slotId,
    kind: bookingKind,
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    placeId: z.string().max(40).nullable().meta({ description: 'The place of a face-to-face slot; null for a visit to the home' }),
    available: z.boolean().meta({
      description:
        'Whether the person asking can have it now: the council has a place left that nobody else has booked or is holding. A place the person holds themselves counts as available to them',
    }),
  })
  .meta({ id: 'Slot' })
export type Slot = z.infer<typeof slot>

/** A council building where a face-to-face appointment is held. Its name is the council's own, in English. */
export const place = z
  .object({
    id: z.string().max(40),
    kind: z.enum(['one_stop_shop', 'library']),
    name: z.string().max(120),
    address: z.string().max(200),
    stepFreeAccess: z.boolean(),
  })
  .meta({ id: 'Place' })
export type Place = z.infer<typeof place>

/** What a face-to-face appointment is about, so the right officer is there. */
export const appointmentPurpose = z.enum(['housing', 'council_tax', 'benefits', 'parking', 'blue_badge', 'other'])
export type AppointmentPurpose = z.infer<typeof appointmentPurpose>

/** An interpreter in one of the app's languages, or British Sign Language. */
export const interpreterLanguage = z.union([language, z.literal('bsl')])
export type InterpreterLanguage = z.infer<typeof interpreterLanguage>

/** Something a bulky-waste crew collects, with what each one costs. */
export const bulkyItem = z
  .object({
    id: z.string().max(40),
    name: z.string().max(80),
    price: pence,
    mostPerCollection: z.int().min(1).max(10),
  })
  .meta({ id: 'BulkyItem' })
export type BulkyItem = z.infer<typeof bulkyItem>

export const chosenItem = z.object({ itemId: z.string().max(40), quantity: z.int().min(1).max(10) }).meta({ id: 'ChosenItem' })
export type ChosenItem = z.infer<typeof chosenItem>

/** Every collection takes at most this many things. */
export const MOST_BULKY_ITEMS = 10

export const reminder = z
  .enum(['day_before', 'none'])
  .meta({ description: 'Whether to be reminded the day before, on the channels chosen for bookings' })
export type Reminder = z.infer<typeof reminder>

export const bookingOptions = z
  .object({
    bulkyItems: z.array(bulkyItem).max(50),
    places: z.array(place).max(20),
    purposes: z.array(appointmentPurpose).max(appointmentPurpose.options.length),
    /** How long a bulky-waste collection is kept while it is paid for. */
    payWithinMinutes: z.int(),
  })
  .meta({ id: 'BookingOptions' })
export type BookingOptions = z.infer<typeof bookingOptions>

export const booking = z
  .object({
    reference: z.string(),
    kind: bookingKind,
    description: z.string(),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    status: z.enum(['awaiting_payment', 'booked', 'cancelled', 'completed']).meta({
      description: 'awaiting_payment: a bulky-waste collection whose slot is kept until payBy; it is booked once paid, and let go if not',
    }),
    fee: pence.nullable(),
    paid: z.boolean(),
    payBy: isoDateTime.nullable(),
    place: place.nullable().meta({ description: 'Where a face-to-face appointment is; null for a visit to the home' }),
    purpose: appointmentPurpose.nullable(),
    interpreter: interpreterLanguage.nullable(),
    items: z.array(chosenItem).max(MOST_BULKY_ITEMS),
    requestReference: z.string().nullable(),
    reminder,
    changeUntil: isoDateTime.nullable().meta({
      description: 'The last moment it can be moved or cancelled online; null once it cannot be (cancelled, completed or past it)',
    }),
    madeBy: madeBy.optional(),
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
    purpose: appointmentPurpose.nullable().optional(),
    interpreter: interpreterLanguage.nullable().optional(),
    items: z.array(chosenItem).max(MOST_BULKY_ITEMS).optional(),
    reminder: reminder.optional(),
  })
  .refine((wanted) => (wanted.slotId === undefined) !== (wanted.holdId === undefined), {
    path: ['slotId'],
    message: 'Give either slotId or holdId',
  })
  .meta({
    id: 'NewBooking',
    description:
      "Either slotId, to book a slot that has a place left, or holdId, to turn the caller's own hold into the booking. A hold that has run out still books its slot while a place is left. A face-to-face appointment needs a purpose; a bulky-waste collection needs its items, and waits for payment",
    oneOf: [{ required: ['slotId'] }, { required: ['holdId'] }],
  })

export const bookingMove = z
  .object({ slotId })
  .meta({ id: 'BookingMove', description: 'The new time, a slot of the same kind (and place)' })
export const reminderChange = z.object({ reminder }).meta({ id: 'ReminderChange' })

/** The problem type of a 409 for a booking that can no longer be moved or cancelled online. */
export const tooLateToChangeProblemType = 'urn:my-account:problem:too-late-to-change'
