import { describe, expect, test } from 'vitest'
import type { NewDirectDebit } from '#src/gateway/contract/direct-debit'
import { council, signInAs } from '#test/gateway-server'
import { firstCollectionOn } from './direct-debit'
import { clientFor, dataOf, failureOf, send } from './gateway-calls'

const instruction: NewDirectDebit = {
  accountHolder: 'P Okafor',
  sortCode: '089999',
  accountNumber: '66374958',
  collectionDay: 8,
  onlyPersonToAuthorise: true,
}

async function setUp(body: NewDirectDebit = instruction, idempotencyKey?: string) {
  return clientFor().call('setUpRentDirectDebit', { body, ...(idempotencyKey ? { idempotencyKey } : {}) })
}

describe('setting up a Direct Debit for the rent', () => {
  test("keeps the last four digits of the account, takes what's left after Housing Benefit monthly, and starts with Bacs' notice", async () => {
    signInAs('tenant')
    const account = council.state.people.tenant.rentAccount
    if (!account) throw new Error('The tenant has no rent account')

    const mandate = dataOf(await setUp())

    expect(mandate).toMatchObject({
      status: 'active',
      accountHolder: 'P Okafor',
      sortCode: '089999',
      accountNumberEnding: '4958',
      collectionDay: 8,
    })
    expect(mandate.reference).toMatch(/^DD-\d+$/)
    expect(mandate.monthlyAmount).toBe(Math.round(((account.weeklyRent - account.housingBenefitWeekly) * 52) / 12))
    expect(JSON.stringify(council.state.people.tenant.rentDirectDebits)).not.toContain('66374958')
    expect(dataOf(await clientFor().call('getRentDirectDebit')).mandate).toEqual(mandate)
  })

  test('the first collection is the chosen day at least ten working days away', () => {
    // Friday 2 January 2026: ten working days on is Friday 16 January.
    expect(firstCollectionOn('2026-01-02', 15)).toBe('2026-02-15')
    expect(firstCollectionOn('2026-01-02', 22)).toBe('2026-01-22')
    expect(firstCollectionOn('2026-01-02', 1)).toBe('2026-02-01')
    expect(firstCollectionOn('2026-12-21', 1)).toBe('2027-02-01')
  })

  test('a new one replaces the one already paying', async () => {
    signInAs('tenant')
    const first = dataOf(await setUp())
    const second = dataOf(await setUp({ ...instruction, sortCode: '107999', accountNumber: '88837491', collectionDay: 22 }))

    expect(council.state.people.tenant.rentDirectDebits.map((mandate) => [mandate.reference, mandate.status])).toEqual([
      [first.reference, 'cancelled'],
      [second.reference, 'active'],
    ])
    expect(dataOf(await clientFor().call('getRentDirectDebit')).mandate?.reference).toBe(second.reference)
  })

  test('a sort code and account number that fail the modulus check are refused on the account number', async () => {
    signInAs('tenant')
    const failure = failureOf(await setUp({ ...instruction, accountNumber: '66374959' }))

    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field: 'accountNumber', code: 'accountNumber.modulus' }] } })
    expect(council.state.people.tenant.rentDirectDebits).toEqual([])
  })

  test.each([
    ['a name longer than Bacs takes', { accountHolder: 'Precious Adaeze Okafor' }],
    ['a sort code with dashes', { sortCode: '08-99-99' }],
    ['a 7-digit account number', { accountNumber: '6637495' }],
    ['a day the council does not collect on', { collectionDay: 9 }],
    ['someone else also authorising', { onlyPersonToAuthorise: false }],
  ])('%s is refused', async (_, change) => {
    const session = signInAs('tenant')
    const answer = await send('POST', '/me/housing/direct-debit', { body: { ...instruction, ...change }, session })
    expect(answer.status).toBe(422)
    expect(council.state.people.tenant.rentDirectDebits).toEqual([])
  })

  test('the same Idempotency-Key twice sets up one Direct Debit', async () => {
    signInAs('tenant')
    const first = dataOf(await setUp(instruction, 'dd-once'))
    const again = dataOf(await setUp(instruction, 'dd-once'))

    expect(again).toEqual(first)
    expect(council.state.people.tenant.rentDirectDebits).toHaveLength(1)
    expect(council.state.applied.get('dd-once')).toBe(1)
  })

  test.each(['renter', 'owner', 'staff'] as const)('%s, who is not a tenant, cannot set one up, see or cancel one', async (personId) => {
    signInAs(personId)
    expect(failureOf(await setUp())).toEqual({ kind: 'forbidden' })
    expect(failureOf(await clientFor().call('getRentDirectDebit'))).toEqual({ kind: 'forbidden' })
    expect(failureOf(await clientFor().call('cancelRentDirectDebit', { params: { reference: 'DD-1' }, body: {} }))).toEqual({
      kind: 'forbidden',
    })
  })
})

describe('cancelling a Direct Debit', () => {
  test('stops it: there is then none paying the rent', async () => {
    signInAs('tenant')
    const mandate = dataOf(await setUp())

    const cancelled = dataOf(await clientFor().call('cancelRentDirectDebit', { params: { reference: mandate.reference }, body: {} }))

    expect(cancelled).toMatchObject({ reference: mandate.reference, status: 'cancelled' })
    expect(cancelled.cancelledAt).not.toBeNull()
    expect(dataOf(await clientFor().call('getRentDirectDebit')).mandate).toBeNull()
  })

  test('one already cancelled answers 409', async () => {
    signInAs('tenant')
    const mandate = dataOf(await setUp())
    dataOf(await clientFor().call('cancelRentDirectDebit', { params: { reference: mandate.reference }, body: {} }))

    const failure = failureOf(await clientFor().call('cancelRentDirectDebit', { params: { reference: mandate.reference }, body: {} }))

    expect(failure).toMatchObject({ kind: 'conflict' })
  })

  test("someone else's answers 404, and stays as it was", async () => {
    signInAs('tenant')
    const mandate = dataOf(await setUp())
    council.state.people.renter.rentDirectDebits.push({ ...mandate, reference: 'DD-999' })

    const failure = failureOf(await clientFor().call('cancelRentDirectDebit', { params: { reference: 'DD-999' }, body: {} }))

    expect(failure).toEqual({ kind: 'not-found' })
    expect(council.state.people.renter.rentDirectDebits[0]?.status).toBe('active')
  })
})
