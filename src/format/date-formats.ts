/**
 * Dates in every language the app offers, also in browsers that have no date names for it: Debian's
 * Chromium, for one, knows no Welsh or Somali, and would show English dates on a Welsh page. There, FormatJS's
 * Intl.DateTimeFormat is loaded with the language's data, only when that language is chosen.
 */
type DateFormatter = { format(date: Date): string }
type DateFormatConstructor = new (locale: string, options: Intl.DateTimeFormatOptions) => DateFormatter

const loaded = new Map<string, DateFormatConstructor>()
const loading = new Map<string, Promise<void>>()

const localeData: Record<string, () => Promise<unknown>> = {
  'cy-GB': () => import('@formatjs/intl-datetimeformat/locale-data/cy.js'),
  so: () => import('@formatjs/intl-datetimeformat/locale-data/so.js'),
}

function browserKnowsDatesIn(locale: string): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0
}

/** Before a page is shown in a language, so every date on it can be written in that language at once. */
export function loadDateFormatsFor(locale: string): Promise<void> {
  const data = localeData[locale]
  if (!data || browserKnowsDatesIn(locale)) return Promise.resolve()
  let load = loading.get(locale)
  if (!load) {
    load = (async () => {
      const { DateTimeFormat } = await import('@formatjs/intl-datetimeformat')
      await data()
      // The data file hands itself to Intl.DateTimeFormat when that is the polyfill; the browser's own is not, so it waits here.
      const waiting = (globalThis as { __FORMATJS_DATETIMEFORMAT_DATA__?: unknown[] }).__FORMATJS_DATETIMEFORMAT_DATA__ ?? []
      DateTimeFormat.__addLocaleData(...(waiting.splice(0) as Parameters<typeof DateTimeFormat.__addLocaleData>))
      loaded.set(locale, DateTimeFormat as unknown as DateFormatConstructor)
    })()
    loading.set(locale, load)
  }
  return load
}

const LONDON = 'Europe/London'
let londonClock: Intl.DateTimeFormat | null = null

/** The date and time in London, as numbers, from the browser's own time zone data. */
export function inLondon(date: Date) {
  londonClock ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: LONDON,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  })
  const parts = londonClock.formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((found) => found.type === type)?.value)
  return new Date(Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')))
}

/**
 * A formatter for the locale: the browser's own, unless this locale's was loaded because the browser lacks it.
 * The loaded one carries no time zone data (it would be most of its size), so the browser works out the time in
 * London and the loaded formatter writes that time in words, as if in UTC.
 */
export function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): DateFormatter {
  const Loaded = loaded.get(locale)
  if (!Loaded) return new Intl.DateTimeFormat(locale, options)
  if (options.timeZone !== LONDON) return new Loaded(locale, options)
  const words = new Loaded(locale, { ...options, timeZone: 'UTC' })
  return { format: (date: Date) => words.format(inLondon(date)) }
}
