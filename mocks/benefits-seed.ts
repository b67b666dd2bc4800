import type { BenefitClaim } from '#src/gateway/contract/benefits'
import type { CouncilTaxRecord } from './council-tax-seed'

const day = 24 * 60 * 60 * 1000
const isoDate = (at: number) => new Date(at).toISOString().slice(0, 10)

/** The letters that said what happened, by id, so a claim's history links to them. */
export const precious = {
  housingBenefit: 'HB-220981',
  councilTaxReduction: 'CTR-220982',
  awardNoticeHousingBenefit: 'LT-481205',
  awardNoticeReduction: 'LT-481206',
  changeNotice: 'LT-533017',
  /** Earnings went up on this day, and both awards were worked out again from the Monday after. */
  changedOn: '2025-06-12',
  changedFrom: '2025-06-16',
  weeklyHousingBenefit: 9350,
  weeklyHousingBenefitBefore: 10120,
  weeklyReduction: 2214,
  weeklyReductionBefore: 2390,
  weeklyRent: 14862,
} as const

/** Council Tax Reduction for a whole year, as the council tax bill takes it off: 52 weeks of the weekly award. */
export const yearlyReduction = 52 * precious.weeklyReduction

/** Housing Benefit is paid into the rent account each Thursday, as the rent account shows. */
function nextThursdays(today: Date, count: number) {
  const todayAt = Date.parse(`${isoDate(today.getTime())}T12:00:00Z`)
  const weekday = new Date(todayAt).getUTCDay()
  const thisWeeksThursday = todayAt + (4 - weekday) * day
  const first = thisWeeksThursday <= todayAt ? thisWeeksThursday + 7 * day : thisWeeksThursday
  return Array.from({ length: count }, (_, week) => isoDate(first + week * 7 * day))
}

/**
 * Precious Okafor's Housing Benefit and Council Tax Reduction, claimed together in January 2024 and worked out
 * again in June 2025 when her earnings went up. The reduction comes off each council tax instalment still to pay.
 */
export function seededBenefitClaims(today: Date, councilTax: CouncilTaxRecord | null): BenefitClaim[] {
  const instalments = councilTax?.instalments ?? []
  const offEachInstalment = instalments.length > 0 ? Math.round(yearlyReduction / instalments.length) : 0
  return [
    {
      reference: precious.housingBenefit,
      kind: 'housing_benefit',
      status: 'awarded',
      weeklyAward: precious.weeklyHousingBenefit,
      awardedFrom: '2024-02-05',
      receivedOn: '2024-01-15',
      award: {
        weekly: precious.weeklyHousingBenefit,
        from: precious.changedFrom,
        paidTo: 'rent_account',
        workings: [
          { description: 'Your eligible rent', weekly: precious.weeklyRent },
          { description: 'Your income we count', weekly: 55695 },
          { description: 'Your applicable amount (what the law says your household needs to live on)', weekly: 47215 },
          { description: 'Your income over your applicable amount', weekly: 8480 },
          { description: 'We take off 65% of your income over your applicable amount', weekly: 5512 },
          { description: 'Your Housing Benefit', weekly: precious.weeklyHousingBenefit },
        ],
      },
      payments: nextThursdays(today, 6).map((on) => ({ on, amount: precious.weeklyHousingBenefit })),
      history: [
        { on: '2024-01-15', what: 'We received your claim for Housing Benefit.', letterId: null },
        { on: '2024-01-17', what: 'We asked you for proof of your income.', letterId: null },
        { on: '2024-01-26', what: 'We received your payslips and bank statements.', letterId: null },
        {
          on: '2024-02-01',
          what: 'We awarded you Housing Benefit, paid into your rent account.',
          letterId: precious.awardNoticeHousingBenefit,
        },
        {
          on: precious.changedOn,
          what: 'You told us your earnings went up. We worked out your award again.',
          letterId: precious.changeNotice,
        },
      ],
    },
    {
      reference: precious.councilTaxReduction,
      kind: 'council_tax_reduction',
      status: 'awarded',
      weeklyAward: precious.weeklyReduction,
      awardedFrom: '2024-02-05',
      receivedOn: '2024-01-15',
      award: {
        weekly: precious.weeklyReduction,
        from: precious.changedFrom,
        paidTo: 'council_tax_account',
        workings: [
          { description: 'Your council tax for band B, for a week', weekly: 2757 },
          { description: 'Your income we count under our scheme', weekly: 49930 },
          { description: 'Your applicable amount (what the law says your household needs to live on)', weekly: 47215 },
          { description: 'Your income over your applicable amount', weekly: 2715 },
          { description: 'We take off 20% of your income over your applicable amount', weekly: 543 },
          { description: 'Your Council Tax Reduction', weekly: precious.weeklyReduction },
        ],
      },
      payments: instalments
        .filter((instalment) => !instalment.paid)
        .map((instalment) => ({ on: instalment.dueOn, amount: offEachInstalment })),
      history: [
        { on: '2024-01-15', what: 'We received your claim for Council Tax Reduction, with your Housing Benefit claim.', letterId: null },
        {
          on: '2024-02-01',
          what: 'We awarded you Council Tax Reduction. It comes off your council tax bill.',
          letterId: precious.awardNoticeReduction,
        },
        {
          on: precious.changedOn,
          what: 'You told us your earnings went up. We worked out your reduction again.',
          letterId: precious.changeNotice,
        },
      ],
    },
  ]
}
