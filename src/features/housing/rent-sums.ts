import type { RentAccount, RentTransaction } from '#src/gateway/contract/housing'

/** A weekly amount as a month's share: × 52 ÷ 12, rounded to the penny, as the page says. */
export function monthlyFromWeekly(weeklyPence: number): number {
  return Math.round((weeklyPence * 52) / 12)
}

/** What the tenant pays each week once Housing Benefit has paid its part. */
export function weeklyShareAfterBenefit(account: Pick<RentAccount, 'weeklyRent' | 'housingBenefitWeekly'>): number {
  return Math.max(0, account.weeklyRent - account.housingBenefitWeekly)
}

/** Behind: owing more than one week's share after Housing Benefit, so not just this week's rent waiting to be paid. */
export function isBehindWithRent(account: Pick<RentAccount, 'balance' | 'weeklyRent' | 'housingBenefitWeekly'>): boolean {
  return account.balance > 0 && account.balance > weeklyShareAfterBenefit(account)
}

export interface DateRange {
  /** ISO days, both included. */
  from: string
  to: string
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/

export function isIsoDay(text: string | null | undefined): text is string {
  if (!text || !isoDay.test(text)) return false
  const date = new Date(`${text}T12:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}

/** The last three months up to today: what a tenant checking their rent usually wants. */
export function lastThreeMonths(today: string): DateRange {
  const [year = 0, month = 1, day = 1] = today.split('-').map(Number)
  const start = new Date(Date.UTC(year, month - 1 - 3, 1))
  // The same day three months back, or the last day of that month when it is shorter (31 May → 28 February).
  const lastDay = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)).getUTCDate()
  start.setUTCDate(Math.min(day, lastDay))
  return { from: start.toISOString().slice(0, 10), to: today }
}

/** The range in the address (`?from=&to=`), or the last three months when it has none or one that makes no sense. */
export function rangeFromQuery(query: URLSearchParams, today: string): DateRange {
  const from = query.get('from')
  const to = query.get('to')
  if (isIsoDay(from) && isIsoDay(to) && from <= to) return { from, to }
  return lastThreeMonths(today)
}

export function rangeQuery(range: DateRange): string {
  return new URLSearchParams({ from: range.from, to: range.to }).toString()
}

/** The transactions on the days of the range, newest first, as a statement is read. */
export function transactionsIn(transactions: RentTransaction[], range: DateRange): RentTransaction[] {
  return transactions.filter((entry) => entry.date >= range.from && entry.date <= range.to).reverse()
}
