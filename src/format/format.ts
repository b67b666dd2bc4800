/** Money, dates and numbers, always through Intl in the person's language. Money is in pence. */
import { factsOf } from '#src/i18n/languages'
import { dateFormatter, inLondon } from './date-formats'

export const localeFor = (language: string) => factsOf(language).locale

export function formatMoney(pence: number, language: string): string {
  return new Intl.NumberFormat(localeFor(language), { style: 'currency', currency: 'GBP', currencyDisplay: 'narrowSymbol' }).format(
    pence / 100,
  )
}

export function formatDate(iso: string, language: string): string {
  const date = iso.length === 10 ? new Date(`${iso}T12:00:00Z`) : new Date(iso)
  return dateFormatter(localeFor(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(date)
}

/** A day with its weekday, in UK time: "Saturday 5 December". */
export function formatDay(iso: string, language: string): string {
  return dateFormatter(localeFor(language), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/London' }).format(
    new Date(iso),
  )
}

export function formatDateTime(iso: string, language: string): string {
  const formatted = dateFormatter(localeFor(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
    ...clockOf(language),
    timeZone: 'Europe/London',
  }).format(new Date(iso))
  return language === 'en' ? govukTimes(formatted) : formatted
}

/**
 * English pages use GOV.UK's 12-hour times. Every other language keeps its own clock: Welsh, Polish and Turkish
 * readers expect 17:30, not 5:30 PM with English letters.
 */
function clockOf(language: string): Pick<Intl.DateTimeFormatOptions, 'hour12' | 'hourCycle'> {
  return language === 'en' ? { hour12: true } : {}
}

/** GOV.UK style writes "9am" and "5:30pm": no space, no ":00". */
function govukTimes(text: string) {
  return text.replace(
    /(\d{1,2})(?::00)?(:\d{2})?\s*([ap]m)\b/gi,
    (_, hour: string, minutes: string | undefined, half: string) => `${hour}${minutes ?? ''}${half.toLowerCase()}`,
  )
}

export function formatTime(hhmm: string, language: string): string {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number)
  const formatted = dateFormatter(localeFor(language), {
    hour: 'numeric',
    minute: minutes || language !== 'en' ? '2-digit' : undefined,
    ...clockOf(language),
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2024, 0, 1, hours, minutes)))
  return language === 'en' ? govukTimes(formatted) : formatted
}

/** The day in London an instant falls on, as YYYY-MM-DD: slots are grouped by the day a resident would say. */
export function londonDayOf(iso: string): string {
  return inLondon(new Date(iso)).toISOString().slice(0, 10)
}

/** The time on a London clock at an instant, in words: "10am" on an English page, "10:00" on a Welsh one. */
export function formatTimeOf(iso: string, language: string): string {
  return formatTime(inLondon(new Date(iso)).toISOString().slice(11, 16), language)
}

/** Weekday names from Intl: 1 is Monday, 7 is Sunday. */
export function formatWeekday(isoWeekday: number, language: string): string {
  // 1 January 2024 was a Monday.
  return dateFormatter(localeFor(language), { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, isoWeekday)))
}

/** A phone number kept on one line: "020 7946" at the end of one line and "0000" on the next is easily misdialled. */
export function phoneNumberText(number: string): string {
  return number.replace(/ /g, '\u00a0')
}
