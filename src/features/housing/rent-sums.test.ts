import { describe, expect, it } from 'vitest'
import { isBehindWithRent, lastThreeMonths, monthlyFromWeekly, rangeFromQuery, transactionsIn } from './rent-sums'

describe('Rent sums', () => {
  it('makes a month × 52 ÷ 12, rounded to the penny', () => {
    expect(monthlyFromWeekly(14862)).toBe(64402) // 644.02
    expect(monthlyFromWeekly(1150)).toBe(4983) // 49.833… → 49.83
    expect(monthlyFromWeekly(500)).toBe(2167) // 21.666… → 21.67
  })

  it('counts a tenant behind only when they owe more than one week after Housing Benefit', () => {
    const account = { weeklyRent: 14862, housingBenefitWeekly: 9350 }
    expect(isBehindWithRent({ ...account, balance: 5512 })).toBe(false)
    expect(isBehindWithRent({ ...account, balance: 5513 })).toBe(true)
    expect(isBehindWithRent({ ...account, balance: -2000 })).toBe(false)
    expect(isBehindWithRent({ weeklyRent: 14862, housingBenefitWeekly: 14862, balance: 1 })).toBe(true)
  })

  it('shows the last three months unless the address asks for a range that makes sense', () => {
    expect(lastThreeMonths('2026-05-31')).toEqual({ from: '2026-02-28', to: '2026-05-31' })
    expect(lastThreeMonths('2026-01-15')).toEqual({ from: '2025-10-15', to: '2026-01-15' })
    expect(rangeFromQuery(new URLSearchParams('from=2026-01-01&to=2026-01-31'), '2026-05-31')).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
    })
    expect(rangeFromQuery(new URLSearchParams('from=2026-02-31&to=2026-03-01'), '2026-05-31')).toEqual(lastThreeMonths('2026-05-31'))
    expect(rangeFromQuery(new URLSearchParams('from=2026-03-02&to=2026-03-01'), '2026-05-31')).toEqual(lastThreeMonths('2026-05-31'))
  })

  it('keeps the transactions on the days of the range, both ends included, newest first', () => {
    const entry = (date: string) => ({ date, kind: 'charge' as const, description: 'Rent', amount: 1, balanceAfter: 1 })
    const days = ['2026-01-04', '2026-01-05', '2026-01-12', '2026-01-19', '2026-01-20'].map(entry)
    expect(transactionsIn(days, { from: '2026-01-05', to: '2026-01-19' }).map((shown) => shown.date)).toEqual([
      '2026-01-19',
      '2026-01-12',
      '2026-01-05',
    ])
  })
})
