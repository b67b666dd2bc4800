import { describe, expect, test } from 'vitest'
import type { SinglePersonDiscountClaim } from '#src/gateway/contract/council-tax'
import type { NewDirectDebit } from '#src/gateway/contract/direct-debit'
import { council, signInAs } from '#test/gateway-server'
import { addDays, londonDate } from '../london-time'
import { clientFor, dataOf, failureOf, send } from './gateway-calls'

const today = () => londonDate(council.now())
const claim = (livingAloneSince = addDays(today(), -40)): SinglePersonDiscountClaim => ({
  livingAloneSince,
  nobodyElseCounted: true,
  declaration: true,
})
const apply = (body: SinglePersonDiscountClaim = claim()) => clientFor().call('applyForSinglePersonDiscount', { body })

const instruction: NewDirectDebit = {
  accountHolder: 'T Nowak',
  sortCode: '089999',
  accountNumber: '66374958',
  collectionDay: 15,
  onlyPersonToAuthorise: true,
}

describe('reading the council tax account', () => {
  test('shows the bill, its reductions and what is overdue, worked out from today', async () => {
    signInAs('tenant')
    const account = dataOf(await clientFor().call('getCouncilTaxAccount'))

    expect(account).toMatchObject({ accountReference: 'CT-60277310', band: 'B', peopleLiable: ['Precious Okafor'], overdue: 4707 })
    expect(account.bandCharge - account.reductions.reduce((total, reduction) => total + reduction.amount, 0)).toBe(account.yearTotal)
    expect(account.instalments.reduce((total, instalment) => total + instalment.amount, 0)).toBe(account.yearTotal)
  })

  test.each(['renter', 'owner'] as const)("%s's instalments add up to the year's bill and nothing is overdue", async (personId) => {
    signInAs(personId)
    const account = dataOf(await clientFor().call('getCouncilTaxAccount'))
    expect(account.instalments.reduce((total, instalment) => total + instalment.amount, 0)).toBe(account.yearTotal)
    expect(account.overdue).toBe(0)
  })

  test('a card payment made through the payments journey shows among the payments made', async () => {
    signInAs('renter')
    council.state.people.renter.payments.push({
      paymentId: 'pay-1',
      reference: 'PAY-1',
      owedId: 'council-tax-CT-60311227',
      kind: 'council_tax',
      description: 'Council tax, account CT-60311227',
      amount: 16385,
      state: 'success',
      nextUrl: null,
      createdAt: `${today()}T09:00:00Z`,
      finishedAt: `${today()}T09:01:00Z`,
      cardDescription: 'Visa ending 1111',
      refunded: null,
    })
    const account = dataOf(await clientFor().call('getCouncilTaxAccount'))
    expect(account.payments.at(-1)).toEqual({ paidOn: today(), amount: 16385, method: 'card' })
  })

  test('someone with no council tax account gets 404 for every council tax call', async () => {
    council.state.people.renter.councilTax = null
    signInAs('renter')
    expect(failureOf(await clientFor().call('getCouncilTaxAccount'))).toEqual({ kind: 'not-found' })
    expect(failureOf(await apply())).toEqual({ kind: 'not-found' })
    expect(failureOf(await clientFor().call('getCouncilTaxDirectDebit'))).toEqual({ kind: 'not-found' })
    expect(failureOf(await clientFor().call('setUpCouncilTaxDirectDebit', { body: instruction }))).toEqual({ kind: 'not-found' })
  })

  test('staff are refused every council tax call', async () => {
    signInAs('staff')
    expect(failureOf(await clientFor().call('getCouncilTaxAccount'))).toEqual({ kind: 'forbidden' })
    expect(failureOf(await apply())).toEqual({ kind: 'forbidden' })
    expect(failureOf(await clientFor().call('getCouncilTaxDirectDebit'))).toEqual({ kind: 'forbidden' })
    expect(failureOf(await clientFor().call('setUpCouncilTaxDirectDebit', { body: instruction }))).toEqual({ kind: 'forbidden' })
    expect(failureOf(await clientFor().call('cancelCouncilTaxDirectDebit', { params: { reference: 'DD-1' }, body: {} }))).toEqual({
      kind: 'forbidden',
    })
  })
})

describe('applying for single person discount', () => {
  test('is taken, and shows on the account as waiting', async () => {
    signInAs('renter')
    const application = dataOf(await apply())

    expect(application.reference).toMatch(/^SPD-\d+$/)
    expect(application.livingAloneSince).toBe(addDays(today(), -40))
    expect(dataOf(await clientFor().call('getCouncilTaxAccount')).singlePersonDiscountApplication).toEqual(application)
  })

  test('a second application while one is waiting is refused in plain words', async () => {
    signInAs('renter')
    dataOf(await apply())
    const failure = failureOf(await apply())
    expect(failure).toMatchObject({
      kind: 'invalid',
      details: { status: 422, title: expect.stringMatching(/already have your application/) },
    })
  })

  test('someone who already gets the discount is refused', async () => {
    signInAs('owner')
    expect(failureOf(await apply())).toMatchObject({ kind: 'invalid', details: { title: 'You already get single person discount' } })
    expect(council.state.people.owner.councilTax?.singlePersonDiscountApplication).toBeNull()
  })

  test.each([
    ['tomorrow', 1, 'livingAloneSince.future'],
    ['more than 6 years back', -6 * 366, 'livingAloneSince.tooLongAgo'],
  ])('a date %s is refused on the date', async (_, days, code) => {
    signInAs('renter')
    const failure = failureOf(await apply(claim(addDays(today(), days))))
    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field: 'livingAloneSince', code }] } })
    expect(council.state.people.renter.councilTax?.singlePersonDiscountApplication).toBeNull()
  })

  test.each([
    ['no declaration', { declaration: false }],
    ['someone else counted', { nobodyElseCounted: false }],
    ['a date that is not a date', { livingAloneSince: '2026-13-45' }],
    ['a very long date', { livingAloneSince: 'x'.repeat(5000) }],
  ])('%s is refused', async (_, change) => {
    const session = signInAs('renter')
    const answer = await send('POST', '/me/council-tax/single-person-discount', { body: { ...claim(), ...change }, session })
    expect(answer.status).toBe(422)
    expect(council.state.people.renter.councilTax?.singlePersonDiscountApplication).toBeNull()
  })

  test('the same Idempotency-Key twice makes one application', async () => {
    signInAs('renter')
    const first = dataOf(await clientFor().call('applyForSinglePersonDiscount', { body: claim(), idempotencyKey: 'spd-once' }))
    const again = dataOf(await clientFor().call('applyForSinglePersonDiscount', { body: claim(), idempotencyKey: 'spd-once' }))
    expect(again).toEqual(first)
    expect(council.state.applied.get('spd-once')).toBe(1)
  })
})

describe('a Direct Debit for council tax', () => {
  test('is set up apart from any for the rent, collecting what is left over the instalments still to pay', async () => {
    signInAs('renter')
    const mandate = dataOf(await clientFor().call('setUpCouncilTaxDirectDebit', { body: instruction }))

    expect(mandate).toMatchObject({ status: 'active', accountNumberEnding: '4958', collectionDay: 15, monthlyAmount: 16385 })
    expect(JSON.stringify(council.state.people.renter.councilTaxDirectDebits)).not.toContain('66374958')
    expect(council.state.people.renter.rentDirectDebits).toEqual([])
    expect(dataOf(await clientFor().call('getCouncilTaxDirectDebit')).mandate).toEqual(mandate)
  })

  test('bank details that fail the modulus check are refused on the account number', async () => {
    signInAs('renter')
    const failure = failureOf(await clientFor().call('setUpCouncilTaxDirectDebit', { body: { ...instruction, accountNumber: '66374959' } }))
    expect(failure).toMatchObject({ details: { errors: [{ field: 'accountNumber', code: 'accountNumber.modulus' }] } })
  })

  test('a name longer than Bacs takes is refused', async () => {
    const session = signInAs('renter')
    const answer = await send('POST', '/me/council-tax/direct-debit', { body: { ...instruction, accountHolder: 'T'.repeat(19) }, session })
    expect(answer.status).toBe(422)
    expect(council.state.people.renter.councilTaxDirectDebits).toEqual([])
  })

  test("is cancelled; someone else's answers 404", async () => {
    signInAs('renter')
    const mandate = dataOf(await clientFor().call('setUpCouncilTaxDirectDebit', { body: instruction }))
    council.state.people.owner.councilTaxDirectDebits.push({ ...mandate, reference: 'DD-999' })

    expect(failureOf(await clientFor().call('cancelCouncilTaxDirectDebit', { params: { reference: 'DD-999' }, body: {} }))).toEqual({
      kind: 'not-found',
    })
    const cancelled = dataOf(await clientFor().call('cancelCouncilTaxDirectDebit', { params: { reference: mandate.reference }, body: {} }))
    expect(cancelled.status).toBe('cancelled')
    expect(dataOf(await clientFor().call('getCouncilTaxDirectDebit')).mandate).toBeNull()
    expect(council.state.people.owner.councilTaxDirectDebits[0]?.status).toBe('active')
  })

  test('shows on the home page summary', async () => {
    signInAs('renter')
    dataOf(await clientFor().call('setUpCouncilTaxDirectDebit', { body: instruction }))
    expect(dataOf(await clientFor().call('getAccountSummary')).councilTax).toMatchObject({ payingByDirectDebit: true, overdue: 0 })
  })
})
