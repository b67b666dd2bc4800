import type { BenefitClaim } from '#src/gateway/contract/benefits'

/** A Council Tax Reduction claim made last week and not yet decided: no award, no payments. */
export function aClaimBeingAssessed(fields: Partial<BenefitClaim> = {}): BenefitClaim {
  return {
    reference: 'CTR-230117',
    kind: 'council_tax_reduction',
    status: 'assessing',
    weeklyAward: null,
    awardedFrom: null,
    receivedOn: '2026-11-24',
    award: null,
    payments: [],
    history: [
      { on: '2026-11-24', what: 'We received your claim for Council Tax Reduction.', letterId: null },
      { on: '2026-11-26', what: 'We asked you for proof of your income.', letterId: null },
    ],
    ...fields,
  }
}
