import type { CouncilTaxAccount } from '#src/gateway/contract/council-tax'

/** What the council tax system holds; what is overdue is worked out from the day it is asked. */
export type CouncilTaxRecord = Omit<CouncilTaxAccount, 'overdue'>

const day = 24 * 60 * 60 * 1000
const isoDate = (from: Date, days: number) => new Date(from.getTime() + days * day).toISOString().slice(0, 10)

/** The financial year the bill is for, April to March, as the bill prints it: "2026/27". */
export function billingYear(today: Date): string {
  const start = today.getUTCMonth() >= 3 ? today.getUTCFullYear() : today.getUTCFullYear() - 1
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`
}

/** What fell due before today and is not paid. */
export function overdueOn(record: CouncilTaxRecord, today: string): number {
  return record.instalments
    .filter((instalment) => !instalment.paid && instalment.dueOn < today)
    .reduce((total, instalment) => total + instalment.amount, 0)
}

type Instalment = CouncilTaxRecord['instalments'][number]

function paymentsFor(instalments: Instalment[], method: CouncilTaxRecord['payments'][number]['method']): CouncilTaxRecord['payments'] {
  return instalments
    .filter((instalment) => instalment.paid)
    .map((instalment) => ({ paidOn: instalment.dueOn, amount: instalment.amount, method }))
}

/**
 * Southmere's 2026/27 charges. The tenant's band B bill is mostly met by Council Tax Reduction, and she has missed
 * one instalment; the renter, alone in a band C flat, pays the full charge and could claim single person discount;
 * the owner, widowed, has had the discount for years.
 */
export function seededCouncilTax(who: 'tenant' | 'renter' | 'owner', today: Date, address: string): CouncilTaxRecord {
  const year = billingYear(today)
  if (who === 'tenant') {
    const instalments: Instalment[] = [
      { dueOn: isoDate(today, -76), amount: 4707, paid: true },
      { dueOn: isoDate(today, -45), amount: 4707, paid: true },
      { dueOn: isoDate(today, -15), amount: 4707, paid: false },
      { dueOn: isoDate(today, 16), amount: 4707, paid: false },
      { dueOn: isoDate(today, 46), amount: 4707, paid: false },
      { dueOn: isoDate(today, 77), amount: 4707, paid: false },
    ]
    return {
      accountReference: 'CT-60277310',
      year,
      propertyAddress: address,
      peopleLiable: ['Precious Okafor'],
      band: 'B',
      bandCharge: 143370,
      reductions: [{ kind: 'council_tax_reduction', amount: 115128 }],
      yearTotal: 28242,
      balance: 18828,
      instalments,
      payments: paymentsFor(instalments, 'cash'),
      singlePersonDiscountApplication: null,
    }
  }
  if (who === 'renter') {
    const monthsAgo = [-214, -183, -152, -122, -91, -61, -30]
    const instalments: Instalment[] = [
      ...monthsAgo.map((days, index) => ({ dueOn: isoDate(today, days), amount: index === 0 ? 16386 : 16385, paid: true })),
      { dueOn: isoDate(today, 1), amount: 16385, paid: false },
      { dueOn: isoDate(today, 32), amount: 16385, paid: false },
      { dueOn: isoDate(today, 62), amount: 16386, paid: false },
    ]
    return {
      accountReference: 'CT-60311227',
      year,
      propertyAddress: address,
      peopleLiable: ['Tomasz Nowak'],
      band: 'C',
      bandCharge: 163852,
      reductions: [],
      yearTotal: 163852,
      balance: 49156,
      instalments,
      payments: paymentsFor(instalments, 'bank'),
      singlePersonDiscountApplication: null,
    }
  }
  const instalments: Instalment[] = [
    { dueOn: isoDate(today, -142), amount: 24576, paid: true },
    { dueOn: isoDate(today, -111), amount: 24578, paid: true },
    { dueOn: isoDate(today, -81), amount: 24578, paid: true },
    { dueOn: isoDate(today, -50), amount: 24578, paid: true },
    { dueOn: isoDate(today, -20), amount: 24578, paid: true },
    { dueOn: isoDate(today, 10), amount: 24578, paid: false },
    { dueOn: isoDate(today, 40), amount: 24578, paid: false },
    { dueOn: isoDate(today, 71), amount: 24578, paid: false },
    { dueOn: isoDate(today, 101), amount: 24578, paid: false },
    { dueOn: isoDate(today, 132), amount: 24578, paid: false },
  ]
  return {
    accountReference: 'CT-60298154',
    year,
    propertyAddress: address,
    peopleLiable: ['Margaret Ellis'],
    band: 'E',
    bandCharge: 327704,
    reductions: [{ kind: 'single_person_discount', amount: 81926 }],
    yearTotal: 245778,
    balance: 122890,
    instalments,
    payments: paymentsFor(instalments, 'card'),
    singlePersonDiscountApplication: null,
  }
}
