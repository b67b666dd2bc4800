import { describe, expect, test } from 'vitest'
import type { HouseholdChange } from '#src/gateway/contract/housing'
import { council, signInAs } from '#test/gateway-server'
import type { PersonaId } from '../personas'
import { clientFor, dataOf, failureOf } from './gateway-calls'

const isoDayFromNow = (days: number) => new Date(council.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)

const aChange = (overrides: Partial<HouseholdChange> = {}): HouseholdChange => ({
  change: 'moved_in',
  name: 'Grace Okafor',
  date: isoDayFromNow(-3),
  details: 'My mother has come to live with us.',
  ...overrides,
})

const tell = (change: HouseholdChange, idempotencyKey = crypto.randomUUID()) =>
  clientFor().call('tellUsOfHouseholdChange', { body: change, idempotencyKey })

const changesOf = (personId: PersonaId) => council.state.people[personId].householdChanges

describe('telling the council of a change to the household', () => {
  test('is kept for the tenant, with a reference to quote', async () => {
    signInAs('tenant')
    const received = dataOf(await tell(aChange()))
    expect(received.reference).toMatch(/^HC-/)
    expect(changesOf('tenant')).toMatchObject([{ ...aChange(), reference: received.reference }])
  })

  test.each(['renter', 'owner'] as const)('is refused with 403 to %s, who is not a council tenant, and keeps nothing', async (personId) => {
    signInAs(personId)
    expect(failureOf(await tell(aChange()))).toMatchObject({ kind: 'forbidden' })
    expect(changesOf(personId)).toEqual([])
  })

  test('is refused with 403 to contact-centre staff', async () => {
    signInAs('staff')
    expect(failureOf(await tell(aChange()))).toMatchObject({ kind: 'forbidden' })
    expect(changesOf('tenant')).toEqual([])
  })

  test('is refused with 422 for a name over 100 characters, naming the field', async () => {
    signInAs('tenant')
    expect(failureOf(await tell(aChange({ name: 'a'.repeat(101) })))).toMatchObject({
      kind: 'invalid',
      fieldErrors: { name: expect.anything() },
    })
    expect(changesOf('tenant')).toEqual([])
  })

  test('is refused with 422 for a date more than a year ahead, and taken for one a year ahead', async () => {
    signInAs('tenant')
    const failure = failureOf(await tell(aChange({ date: isoDayFromNow(400) })))
    expect(failure).toMatchObject({ kind: 'invalid', fieldErrors: { date: expect.anything() } })
    expect(changesOf('tenant')).toEqual([])

    dataOf(await tell(aChange({ date: isoDayFromNow(365) })))
    expect(changesOf('tenant')).toHaveLength(1)
  })

  test('told twice under the same key, as after a lost answer, is one change with one reference', async () => {
    signInAs('tenant')
    const key = crypto.randomUUID()
    const first = dataOf(await tell(aChange(), key))
    const again = dataOf(await tell(aChange(), key))
    expect(again.reference).toBe(first.reference)
    expect(changesOf('tenant')).toHaveLength(1)
    expect(council.state.applied.get(key)).toBe(1)
  })
})
