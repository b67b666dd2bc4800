import { localeFor } from './format'

const KB = 1024
const MB = 1024 * 1024

/** A file's size as a person reads it: "850 KB", "2.1 MB", in the page's language. */
export function formatFileSize(bytes: number, language: string): string {
  const [value, unit] = bytes >= MB ? [bytes / MB, 'megabyte'] : [Math.max(bytes > 0 ? 1 : 0, Math.round(bytes / KB)), 'kilobyte']
  return new Intl.NumberFormat(localeFor(language), { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value)
}
