import type { RentAccount, RentTransaction } from '#src/gateway/contract/housing'

const day = 24 * 60 * 60 * 1000
const isoDate = (at: number) => new Date(at).toISOString().slice(0, 10)

/** Each week's charges for a two-bedroom council flat; they add up to the weekly rent. */
const charges: RentAccount['charges'] = [
  { kind: 'rent', weekly: 13212 },
  { kind: 'service_charge', weekly: 1150 },
  { kind: 'heating', weekly: 500 },
]
const weeklyRent = charges.reduce((total, charge) => total + charge.weekly, 0)
const housingBenefitWeekly = 9350
const fourWeeksAfterBenefit = 4 * (weeklyRent - housingBenefitWeekly)

/** The Monday on or before a day, when rent is charged. */
function mondayOnOrBefore(at: number) {
  const weekday = new Date(at).getUTCDay()
  return at - ((weekday + 6) % 7) * day
}

/**
 * A year of a tenant's rent account, worked out from the day so it is the same for the same `today`: rent charged
 * each Monday, Housing Benefit each Thursday, and a card payment every four weeks, until the last one was missed,
 * so the tenant is behind by `balance`.
 */
export function seededRentAccount(today: Date, balance: number): RentAccount {
  const todayAt = Date.parse(`${isoDate(today.getTime())}T12:00:00Z`)
  const lastMonday = mondayOnOrBefore(todayAt)
  const entries: Omit<RentTransaction, 'balanceAfter'>[] = []
  for (let week = 51; week >= 0; week--) {
    const monday = lastMonday - week * 7 * day
    entries.push({ date: isoDate(monday), kind: 'charge', description: 'Rent and charges', amount: weeklyRent })
    const thursday = monday + 3 * day
    if (thursday <= todayAt) {
      entries.push({ date: isoDate(thursday), kind: 'housing_benefit', description: 'Housing Benefit', amount: -housingBenefitWeekly })
    }
    if (week % 4 === 0 && week >= 4) {
      entries.push({
        date: isoDate(monday + day),
        kind: 'payment',
        description: 'Payment by card, thank you',
        amount: -fourWeeksAfterBenefit,
      })
    }
  }
  const opening = balance - entries.reduce((total, entry) => total + entry.amount, 0)
  let running = opening
  const transactions = entries.map((entry) => {
    running += entry.amount
    return { ...entry, balanceAfter: running }
  })
  return {
    balance,
    weeklyRent,
    charges,
    housingBenefitWeekly,
    nextPayment: { dueOn: isoDate(lastMonday + 7 * day), amount: weeklyRent - housingBenefitWeekly },
    transactions,
  }
}
