import type { Booking } from '#src/gateway/contract/bookings'

const hour = 60 * 60 * 1000

/** A booking as the gateway keeps it, starting `hoursAhead` from now, for tests to put into a person's account. */
export function aBooking(overrides: Partial<Booking> & { hoursAhead?: number } = {}): Booking {
  const { hoursAhead = 24 * 6, ...rest } = overrides
  const start = new Date(Date.now() + hoursAhead * hour)
  start.setUTCMinutes(0, 0, 0)
  const startsAt = start.toISOString()
  const endsAt = new Date(start.getTime() + 4 * hour).toISOString()
  return {
    reference: 'BK-90001',
    kind: 'housing_repair',
    description: 'Repair visit: kitchen tap leaking (SR-1048213)',
    startsAt,
    endsAt,
    status: 'booked',
    fee: null,
    paid: false,
    payBy: null,
    place: null,
    purpose: null,
    interpreter: null,
    items: [],
    requestReference: null,
    reminder: 'day_before',
    changeUntil: new Date(start.getTime() - 24 * hour).toISOString(),
    ...rest,
  }
}

export const library = {
  id: 'library-kestrel',
  kind: 'library',
  name: 'Kestrel Library',
  address: '2 Kestrel Avenue, Southmere SM1 4AB',
  stepFreeAccess: true,
} as const satisfies NonNullable<Booking['place']>
