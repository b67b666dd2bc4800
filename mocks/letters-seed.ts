import type { BenefitClaim } from '#src/gateway/contract/benefits'
import type { CouncilTaxReductionKind } from '#src/gateway/contract/council-tax'
import type { Letter, LetterCell, LetterPart } from '#src/gateway/contract/letters'
import { precious, seededBenefitClaims } from './benefits-seed'
import type { CouncilTaxRecord } from './council-tax-seed'

const day = 24 * 60 * 60 * 1000
const daysAfter = (iso: string, days: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + days * day).toISOString().slice(0, 10)

const text = (words: string): LetterCell => ({ text: words })
const money = (pence: number): LetterCell => ({ money: pence })
const date = (iso: string): LetterCell => ({ date: iso })
const heading = (words: string): LetterPart => ({ type: 'heading', text: words })
const paragraph = (words: string): LetterPart => ({ type: 'paragraph', text: words })
const table = (caption: string, head: string[], rows: LetterCell[][], lastRowIsTotal = false): LetterPart => ({
  type: 'table',
  caption,
  head,
  rows,
  lastRowIsTotal,
})

/** The council tax year (April to March) a day falls in, by the year it starts. */
function councilTaxYearOf(iso: string) {
  const [year = 0, month = 0] = iso.split('-').map(Number)
  return month >= 4 ? year : year - 1
}

const reductionNames: Record<CouncilTaxReductionKind, string> = {
  single_person_discount: 'Single person discount (25%)',
  council_tax_reduction: 'Council Tax Reduction',
  disabled_band_reduction: 'Disabled band reduction',
  student_exemption: 'Student exemption',
  empty_home_exemption: 'Empty home exemption',
}

/**
 * The bill as it was sent, worked out from the council tax account so the two always agree: the band's charge, less
 * Council Tax Reduction or a single person discount, is the year's total, and the instalments add up to it.
 */
function councilTaxBill(id: string, account: CouncilTaxRecord): Letter {
  const first = account.instalments[0]?.dueOn ?? new Date().toISOString().slice(0, 10)
  const year = councilTaxYearOf(first)
  const instalmentsTotal = account.instalments.reduce((total, instalment) => total + instalment.amount, 0)
  const paidBefore = account.yearTotal - instalmentsTotal
  return {
    id,
    service: 'council_tax',
    kind: 'bill',
    title: `Council tax bill ${year} to ${year + 1}`,
    sentOn: daysAfter(first, -14),
    about: [account.accountReference],
    body: [
      heading('Your council tax bill'),
      paragraph('This is your council tax bill for the year. It shows what you pay and when.'),
      table(
        'About this bill',
        ['What', 'Details'],
        [
          [text('Account reference'), text(account.accountReference)],
          [text('Property'), text(account.propertyAddress)],
          [text('Council tax band'), text(account.band)],
          [text('From'), date(`${year}-04-01`)],
          [text('To'), date(`${year + 1}-03-31`)],
        ],
      ),
      table(
        'How we worked out your bill',
        ['What', 'Amount'],
        [
          [text(`Council tax for band ${account.band}`), money(account.bandCharge)],
          ...account.reductions.map((reduction) => [text(reductionNames[reduction.kind]), money(-reduction.amount)]),
          [text('Total to pay for the year'), money(account.yearTotal)],
        ],
        true,
      ),
      table(
        'Your instalments',
        ['Due on', 'Amount'],
        [
          ...(paidBefore > 0 ? [[text('Paid before this bill'), money(paidBefore)]] : []),
          ...account.instalments.map((instalment) => [date(instalment.dueOn), money(instalment.amount)]),
          [text('Total'), money(account.yearTotal)],
        ],
        true,
      ),
      heading('How to pay'),
      paragraph('Pay online in My Account, by Direct Debit or by phone. Quote your account reference.'),
      heading('If something changes'),
      paragraph('Tell us if you move, or if someone moves in or out. You may need to pay a different amount.'),
    ],
  }
}

function councilTaxReminder(id: string, account: CouncilTaxRecord): Letter | null {
  const missed = account.instalments[0]
  if (!missed) return null
  const sentOn = daysAfter(missed.dueOn, 7)
  return {
    id,
    service: 'council_tax',
    kind: 'reminder',
    title: 'Council tax reminder',
    sentOn,
    about: [account.accountReference],
    body: [
      heading('We have not received your instalment'),
      paragraph('Your council tax instalment had not reached us when we sent this letter.'),
      table(
        'What you need to pay',
        ['What', 'Details'],
        [
          [text('Account reference'), text(account.accountReference)],
          [text('Instalment due on'), date(missed.dueOn)],
          [text('Amount'), money(missed.amount)],
          [text('Pay by'), date(daysAfter(sentOn, 7))],
        ],
      ),
      paragraph('If you pay by then, you can keep paying by instalments. If not, you may have to pay the rest of the year at once.'),
      paragraph('If you have paid since we sent this letter, thank you. You do not need to do anything.'),
      heading('If you cannot pay'),
      paragraph('Call us as soon as you can. We can agree a plan with you, or check if you can get Council Tax Reduction.'),
    ],
  }
}

const whatToDoIfWrong = [
  heading('If you think we got it wrong'),
  paragraph('You can ask us to look at our decision again. Write to us within one month of the date of this letter.'),
  heading('Tell us about changes'),
  paragraph('Tell us straight away if your income, your rent or who lives with you changes. If you do not, we may pay you too much.'),
]

function workingsTable(caption: string, rows: [string, number][]): LetterPart {
  return table(
    caption,
    ['What', 'A week'],
    rows.map(([what, weekly]) => [text(what), money(weekly)]),
    true,
  )
}

/** Precious Okafor's award notices of February 2024, and the change notice when her earnings went up in June 2025. */
function benefitLetters(claims: BenefitClaim[], rentAccountReference: string): Letter[] {
  const workingsOf = (reference: string): [string, number][] =>
    claims.find((claim) => claim.reference === reference)?.award?.workings.map((line) => [line.description, line.weekly]) ?? []
  return [
    {
      id: precious.awardNoticeHousingBenefit,
      service: 'benefits',
      kind: 'award_notice',
      title: 'Housing Benefit award notice',
      sentOn: '2024-02-01',
      about: [precious.housingBenefit],
      body: [
        heading('You will get Housing Benefit'),
        paragraph('We have worked out your Housing Benefit. We pay it straight into your rent account each week.'),
        table(
          'Your award',
          ['What', 'Details'],
          [
            [text('Claim reference'), text(precious.housingBenefit)],
            [text('Housing Benefit a week'), money(precious.weeklyHousingBenefitBefore)],
            [text('Starts on'), date('2024-02-05')],
            [text('Paid into'), text(`Your rent account, ${rentAccountReference}`)],
          ],
        ),
        workingsTable('How we worked it out', [
          ['Your eligible rent', 13930],
          ['Your income we count', 53077],
          ['Your applicable amount (what the law says your household needs to live on)', 47215],
          ['Your income over your applicable amount', 5862],
          ['We take off 65% of your income over your applicable amount', 3810],
          ['Your Housing Benefit', precious.weeklyHousingBenefitBefore],
        ]),
        ...whatToDoIfWrong,
      ],
    },
    {
      id: precious.awardNoticeReduction,
      service: 'benefits',
      kind: 'award_notice',
      title: 'Council Tax Reduction award notice',
      sentOn: '2024-02-01',
      about: [precious.councilTaxReduction],
      body: [
        heading('You will get Council Tax Reduction'),
        paragraph('We have worked out your Council Tax Reduction. It comes off your council tax bill, so you pay less.'),
        table(
          'Your award',
          ['What', 'Details'],
          [
            [text('Claim reference'), text(precious.councilTaxReduction)],
            [text('Council Tax Reduction a week'), money(precious.weeklyReductionBefore)],
            [text('Starts on'), date('2024-02-05')],
          ],
        ),
        workingsTable('How we worked it out', [
          ['Your council tax for band B, for a week', 2611],
          ['Your income we count under our scheme', 48320],
          ['Your applicable amount (what the law says your household needs to live on)', 47215],
          ['Your income over your applicable amount', 1105],
          ['We take off 20% of your income over your applicable amount', 221],
          ['Your Council Tax Reduction', precious.weeklyReductionBefore],
        ]),
        paragraph('We will send you a new council tax bill that shows your reduction.'),
        ...whatToDoIfWrong,
      ],
    },
    {
      id: precious.changeNotice,
      service: 'benefits',
      kind: 'change_notice',
      title: 'Your Housing Benefit and Council Tax Reduction have changed',
      sentOn: precious.changedOn,
      about: [precious.housingBenefit, precious.councilTaxReduction],
      body: [
        heading('We have worked out your awards again'),
        paragraph('You told us your earnings went up. This means you get less Housing Benefit and Council Tax Reduction.'),
        table(
          'Your new awards',
          ['Award', 'Before, a week', 'Now, a week'],
          [
            [text('Housing Benefit'), money(precious.weeklyHousingBenefitBefore), money(precious.weeklyHousingBenefit)],
            [text('Council Tax Reduction'), money(precious.weeklyReductionBefore), money(precious.weeklyReduction)],
          ],
        ),
        table('When the change starts', ['What', 'Date'], [[text('Your new awards start on'), date(precious.changedFrom)]]),
        workingsTable('How we worked out your Housing Benefit', workingsOf(precious.housingBenefit)),
        workingsTable('How we worked out your Council Tax Reduction', workingsOf(precious.councilTaxReduction)),
        paragraph('Your rent account will show the new amount. You may need to pay more rent each week.'),
        ...whatToDoIfWrong,
      ],
    },
  ]
}

interface Seedable {
  id: string
  profile: { address: { text: string } | null }
  tenancy: { reference: string } | null
  councilTax: CouncilTaxRecord | null
  benefitClaims: BenefitClaim[]
  letters: Letter[]
}

/** Gives the demo people their claims and letters, worked out from their council tax and tenancy so they agree. */
export function withClaimsAndLetters<People extends Record<string, Seedable>>(today: Date, people: People): People {
  for (const person of Object.values(people)) {
    const bill = person.councilTax ? councilTaxBill(billIds[person.id] ?? `LT-${person.id}`, person.councilTax) : null
    const letters: (Letter | null)[] = [bill]
    if (person.id === 'tenant') {
      person.benefitClaims = seededBenefitClaims(today, person.councilTax)
      letters.push(...benefitLetters(person.benefitClaims, person.tenancy?.reference ?? ''))
    }
    if (person.id === 'renter' && person.councilTax) letters.push(councilTaxReminder('LT-541920', person.councilTax))
    person.letters = letters.filter((letter) => letter !== null)
  }
  return people
}

const billIds: Record<string, string> = { tenant: 'LT-540112', renter: 'LT-540388', owner: 'LT-540251' }
