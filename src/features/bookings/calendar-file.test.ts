import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { calendarFile, escapeText, foldLine, type CalendarEvent } from './calendar-file'

const collection: CalendarEvent = {
  reference: 'BK-70288',
  host: 'southmere.gov.uk',
  summary: 'Bulky waste collection: sofa, fridge freezer',
  location: '13 Kestrel Avenue, Southmere SM1 4AB',
  description: 'Put your items outside by 7am.\nReference: BK-70288; keep it safe\\',
  startsAt: '2026-12-08T07:00:00.000Z',
  endsAt: '2026-12-08T15:00:00.000Z',
  remindDayBefore: true,
  madeAt: new Date('2026-12-02T17:45:12.345Z'),
}

const octets = (text: string) => new TextEncoder().encode(text).length

/** The lines as a calendar reads them, folds undone (RFC 5545, 3.1). */
const unfolded = (file: string) => file.replace(/\r\n /g, '').split('\r\n')

describe('calendarFile', () => {
  it('parses as one published event at the booking’s time, in UTC, with its words unescaped', () => {
    const file = calendarFile(collection)
    const calendar = new ICAL.Component(ICAL.parse(file))
    expect(calendar.name).toBe('vcalendar')
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//My Account//Bookings//EN')
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH')
    const events = calendar.getAllSubcomponents('vevent')
    expect(events).toHaveLength(1)
    const event = new ICAL.Event(events[0])
    expect(event.uid).toBe('BK-70288@southmere.gov.uk')
    expect(event.summary).toBe(collection.summary)
    expect(event.location).toBe(collection.location)
    expect(event.description).toBe(collection.description)
    expect(event.startDate.toJSDate().toISOString()).toBe(collection.startsAt)
    expect(event.endDate.toJSDate().toISOString()).toBe(collection.endsAt)
    expect(event.startDate.zone?.tzid).toBe('UTC')
    const stamp = events[0]?.getFirstPropertyValue('dtstamp')
    expect(stamp instanceof ICAL.Time ? stamp.toJSDate().toISOString() : stamp).toBe('2026-12-02T17:45:12.000Z')
  })

  it('reminds the day before only when the reminder is on', () => {
    const withReminder = new ICAL.Component(ICAL.parse(calendarFile(collection))).getFirstSubcomponent('vevent')
    const alarm = withReminder?.getFirstSubcomponent('valarm')
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY')
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-P1D')
    expect(alarm?.getFirstPropertyValue('description')).toBe(collection.summary)

    const without = new ICAL.Component(ICAL.parse(calendarFile({ ...collection, remindDayBefore: false }))).getFirstSubcomponent('vevent')
    expect(without?.getAllSubcomponents('valarm')).toEqual([])
  })

  it('ends every line with CRLF and has no bare line feed or carriage return', () => {
    const file = calendarFile(collection)
    expect(file.endsWith('\r\n')).toBe(true)
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('has the properties RFC 5545 requires, each once, in its components in order', () => {
    const lines = unfolded(calendarFile(collection))
    const names = lines.filter(Boolean).map((line) => line.split(/[:;]/)[0])
    expect(names.slice(0, 2)).toEqual(['BEGIN', 'VERSION'])
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines.at(-2)).toBe('END:VCALENDAR')
    for (const required of ['VERSION', 'PRODID', 'UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'METHOD']) {
      expect(
        names.filter((name) => name === required),
        required,
      ).toHaveLength(1)
    }
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1)
    expect(lines.filter((line) => line === 'END:VEVENT')).toHaveLength(1)
    // Times are UTC, written as a calendar expects: a date-time form ending in Z.
    for (const name of ['DTSTAMP', 'DTSTART', 'DTEND']) expect(lines.find((line) => line.startsWith(`${name}:`))).toMatch(/:\d{8}T\d{6}Z$/)
  })

  it('folds long lines at 75 octets without splitting a character, and unfolds to what it was', () => {
    const welsh = 'Casgliad gwastraff swmpus: soffa, oergell a rhewgell – rhowch yr eitemau y tu allan erbyn 7yb. ŵŷâêîôû '.repeat(3)
    const file = calendarFile({ ...collection, description: welsh, summary: 'موعد في مكتبة المجلس '.repeat(6) })
    const physical = file.split('\r\n')
    expect(physical.length).toBeGreaterThan(unfolded(file).length)
    for (const line of physical) expect(octets(line)).toBeLessThanOrEqual(75)
    // Every line the calendar reads decodes as the text that went in: no byte of a character went astray.
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(file)).getFirstSubcomponent('vevent') ?? undefined)
    expect(event.description).toBe(welsh)
    expect(event.summary).toBe('موعد في مكتبة المجلس '.repeat(6))
  })

  it('folds by octets: a line of two-byte characters folds sooner than one of ASCII', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75))
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`)
    const folded = foldLine('ŵ'.repeat(40)).split('\r\n')
    expect(folded[0]).toBe('ŵ'.repeat(37))
    expect(octets(folded[1] ?? '')).toBeLessThanOrEqual(75)
  })

  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf')
  })
})
