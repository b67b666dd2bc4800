/** The council keeps its diary in London time: 09:00 means 09:00 in London, in winter and in summer. */

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
})

const day = 24 * 60 * 60 * 1000

function partsOf(at: number) {
  const parts = Object.fromEntries(londonParts.formatToParts(at).map((part) => [part.type, part.value]))
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) }
}

/** The London calendar day of a moment, as YYYY-MM-DD. */
export function londonDate(at: Date | number): string {
  return partsOf(typeof at === 'number' ? at : at.getTime()).date
}

/** The calendar day so many days after a YYYY-MM-DD day. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * day).toISOString().slice(0, 10)
}

export function isWeekday(date: string): boolean {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6
}

/** The first weekday at least so many days after a YYYY-MM-DD day (negative days count back, to a weekday before). */
export function workingDay(date: string, days: number): string {
  let found = addDays(date, days)
  const step = days < 0 ? -1 : 1
  while (!isWeekday(found)) found = addDays(found, step)
  return found
}

/** The moment a London wall-clock hour happens on a YYYY-MM-DD day, as an ISO string in UTC. */
export function londonTime(date: string, hour: number, minute = 0): string {
  const guess = Date.parse(`${date}T00:00:00Z`) + (hour * 60 + minute) * 60_000
  // London is UTC or an hour ahead of it; the clocks change in the small hours, never in opening times.
  const ahead = (partsOf(guess).hour - hour + 24) % 24
  return new Date(guess - ahead * 60 * 60 * 1000).toISOString()
}
