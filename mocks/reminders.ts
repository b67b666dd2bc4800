import type { ReferenceCouncil } from './reference-council'

const day = 24 * 60 * 60 * 1000

/**
 * Reminds each person of every booking that starts within a day, once for each time it is booked for: a booking
 * moved to a new time is reminded again. The gateway runs this on every call, as a real one would on a timer.
 */
export function sendDueReminders(council: ReferenceCouncil) {
  const now = council.now()
  for (const person of Object.values(council.state.people)) {
    for (const booking of person.bookings) {
      if (booking.status !== 'booked' || booking.reminder !== 'day_before') continue
      const startsIn = Date.parse(booking.startsAt) - now
      if (startsIn <= 0 || startsIn > day) continue
      const reminder = `${person.id}:${booking.reference}:${booking.startsAt}`
      if (council.state.reminded.has(reminder)) continue
      council.state.reminded.add(reminder)
      council.notify(person, {
        template: 'booking-reminder',
        topic: 'bookings',
        reference: booking.reference,
        personalisation: {
          reference: booking.reference,
          what: booking.description,
          startsAt: booking.startsAt,
          place: booking.place?.name ?? '',
        },
      })
    }
  }
}
