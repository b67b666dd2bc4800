/** A calendar file (RFC 5545) for one booking, made on the device so nothing about the booking goes in a URL. */

export interface CalendarEvent {
  /** The booking's reference: with `host`, the event's UID, so adding it again updates the same event. */
  reference: string
  /** Where the UID is from, such as the council's own domain. */
  host: string
  summary: string
  location: string
  description: string
  startsAt: string
  endsAt: string
  /** A reminder the day before, as chosen for the booking. */
  remindDayBefore: boolean
  /** When the file was made: its DTSTAMP. */
  madeAt?: Date
}

const productId = '-//My Account//Bookings//EN'

/** UTC as RFC 5545 writes it: 20261208T090000Z. */
function utc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/** TEXT values escape backslashes, semicolons, commas and line breaks (RFC 5545, 3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

const encoder = new TextEncoder()

/**
 * Lines longer than 75 octets are folded: CRLF and one space, the space not counted in the next 75 (RFC 5545, 3.1).
 * The fold never splits a character's UTF-8 bytes, so a Welsh or Arabic description stays readable.
 */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  let limit = 75
  for (const character of line) {
    const size = encoder.encode(character).length
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
      limit = 74
    }
    current += character
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

export function calendarFile(event: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.reference}@${event.host}`,
    `DTSTAMP:${utc(event.madeAt ?? new Date())}`,
    `DTSTART:${utc(new Date(event.startsAt))}`,
    `DTEND:${utc(new Date(event.endsAt))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `LOCATION:${escapeText(event.location)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.remindDayBefore
      ? ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(event.summary)}`, 'TRIGGER:-P1D', 'END:VALARM']
      : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join('\r\n') + '\r\n'
}

/** Saves the file through the browser's own download, from memory. */
export function downloadCalendarFile(event: CalendarEvent) {
  const blob = new Blob([calendarFile(event)], { type: 'text/calendar;charset=utf-8' })
  const address = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = address
  link.download = `${event.reference}.ics`
  document.body.append(link)
  link.click()
  link.remove()
  // The click has handed the file to the browser; the address is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(address), 0)
}
