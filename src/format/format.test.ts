import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatDay, formatMoney, formatTime, formatTimeOf, formatWeekday, londonDayOf } from './format'

describe('formatting through Intl', () => {
  it('shows pence as pounds', () => {
    expect(formatMoney(18642, 'en')).toBe('£186.42')
    expect(formatMoney(8000, 'en')).toBe('£80.00')
    expect(formatMoney(123456789, 'en')).toBe('£1,234,567.89')
    expect(formatMoney(5, 'cy')).toBe('£0.05')
  })

  it('shows the pound sign, not "GBP", and Western digits, as on council bills and as amounts are typed', () => {
    expect(formatMoney(1250, 'pl')).toMatch(/^12,50\s£$/)
    expect(formatMoney(1250, 'bn')).toMatch(/12\.50/)
    expect(formatMoney(1250, 'ar')).toMatch(/12\.50/)
  })

  it('writes dates in full, in the UK time zone, in the chosen language', () => {
    expect(formatDate('2026-11-24', 'en')).toBe('24 November 2026')
    expect(formatDate('2026-11-24', 'cy')).toBe('24 Tachwedd 2026')
    // 23:30 UTC on 31 March is already 1 April in London's summer time.
    expect(formatDate('2026-03-31T23:30:00Z', 'en')).toBe('1 April 2026')
  })

  it('writes appointment times with the weekday, in UK time, the GOV.UK way', () => {
    expect(formatDateTime('2026-12-01T08:00:00Z', 'en')).toBe('Tuesday 1 December at 8am')
    expect(formatDateTime('2026-07-01T13:30:00Z', 'en')).toBe('Wednesday 1 July at 2:30pm')
    expect(formatDateTime('2026-12-01T08:00:00Z', 'cy')).toMatch(/^Dydd Mawrth, 1 Rhagfyr/)
  })

  it('writes opening times the GOV.UK way in English', () => {
    expect(formatTime('08:00', 'en')).toBe('8am')
    expect(formatTime('17:30', 'en')).toBe('5:30pm')
  })

  it('writes times by the clock of the chosen language, never with English AM and PM', () => {
    expect(formatTime('17:30', 'cy')).toBe('17:30')
    expect(formatTime('08:00', 'pl')).toMatch(/^0?8:00$/)
    expect(formatDateTime('2026-12-05T08:00:00Z', 'cy')).toMatch(/0?8:00$/)
    expect(formatDateTime('2026-12-05T17:30:00Z', 'tr')).toMatch(/17:30$/)
    expect(formatTime('17:30', 'ar')).not.toMatch(/PM/)
  })

  it('writes a day with its weekday in the chosen language and UK time', () => {
    expect(formatDay('2026-12-05T08:00:00Z', 'en')).toBe('Saturday 5 December')
    expect(formatDay('2026-12-05T08:00:00Z', 'cy')).toMatch(/^Dydd Sadwrn,? 5 Rhagfyr$/)
    expect(formatDay('2026-12-05T08:00:00Z', 'pl')).toMatch(/sobota/)
  })

  it('names weekdays in the chosen language', () => {
    expect(formatWeekday(1, 'en')).toBe('Monday')
    expect(formatWeekday(7, 'en')).toBe('Sunday')
    expect(formatWeekday(1, 'cy')).toBe('Dydd Llun')
  })

  it('reads the day and the time of an instant on a London clock, in summer time too', () => {
    expect(londonDayOf('2026-12-07T23:30:00Z')).toBe('2026-12-07')
    expect(londonDayOf('2026-06-07T23:30:00Z')).toBe('2026-06-08')
    expect(formatTimeOf('2026-12-08T10:00:00Z', 'en')).toBe('10am')
    expect(formatTimeOf('2026-06-08T13:30:00Z', 'en')).toBe('2:30pm')
    expect(formatTimeOf('2026-06-08T13:30:00Z', 'cy')).toBe('14:30')
  })
})
