import { describe, expect, test } from 'vitest'
import type { ChangeOfCircumstances } from '#src/gateway/contract/changes'
import { council, signInAs } from '#test/gateway-server'
import type { PersonaId } from '../personas'
import { clientFor, dataOf, failureOf, uploadDocument } from './gateway-calls'

const isoDayFromNow = (days: number) => new Date(council.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)

const aMove = (overrides: Partial<ChangeOfCircumstances> = {}): ChangeOfCircumstances => ({
  what: 'address',
  date: isoDayFromNow(-2),
  newAddress: { lines: ['Flat 4, 18 Larch Road'], postcode: 'SE9 4QT' },
  details: '',
  evidenceIds: [],
  ...overrides,
})

const tell = (change: ChangeOfCircumstances, idempotencyKey = crypto.randomUUID()) =>
  clientFor().call('tellUsOfAChange', { body: change, idempotencyKey })

const changesOf = (personId: PersonaId) => council.state.people[personId].changesOfCircumstances

describe('telling the council once of a change of circumstances', () => {
  test("a tenant's new address reaches council tax, benefits and housing, and each is told of it", async () => {
    signInAs('tenant')
    const received = dataOf(await tell(aMove()))
    expect(received.reference).toMatch(/^CC-/)
    expect(received.servicesTold).toEqual(['council_tax', 'benefits', 'housing'])
    const [told] = changesOf('tenant')
    expect(told).toMatchObject({ ...aMove(), reference: received.reference })
    expect(told?.toldEach.map((each) => each.service)).toEqual(['council_tax', 'benefits', 'housing'])
    expect(told?.toldEach[0]?.told).toContain('Flat 4, 18 Larch Road, SE9 4QT')
  })

  test("a renter's new address reaches council tax and the parking permit's address", async () => {
    signInAs('renter')
    const received = dataOf(await tell(aMove()))
    expect(received.servicesTold).toEqual(['council_tax', 'parking'])
    expect(changesOf('renter')[0]?.toldEach.find((each) => each.service === 'parking')?.told).toMatch(/^Permit address now Flat 4/)
  })

  test('a change of income reaches benefits only, and nobody for someone with no benefit claim', async () => {
    signInAs('tenant')
    const income = aMove({ what: 'income', newAddress: undefined, income: { whose: 'mine', kind: 'earnings' } })
    expect(dataOf(await tell(income)).servicesTold).toEqual(['benefits'])
    signInAs('owner')
    expect(dataOf(await tell(income)).servicesTold).toEqual([])
  })

  test('someone moving in reaches council tax, benefits and housing; for an owner, council tax and its single person discount', async () => {
    const movedIn = aMove({ what: 'moved_in', newAddress: undefined, person: { name: 'Grace Okafor', relationship: 'parent' } })
    signInAs('tenant')
    expect(dataOf(await tell(movedIn)).servicesTold).toEqual(['council_tax', 'benefits', 'housing'])
    signInAs('owner')
    expect(dataOf(await tell(movedIn)).servicesTold).toEqual(['council_tax'])
  })

  test('takes an address chosen from the gazetteer by its UPRN, and refuses a UPRN the gazetteer does not have', async () => {
    signInAs('tenant')
    const chosen = aMove({ newAddress: { uprn: '100021390011', lines: ['11 Kestrel Avenue', 'Southmere'], postcode: 'SE21 8JB' } })
    dataOf(await tell(chosen))
    expect(changesOf('tenant')[0]?.newAddress?.uprn).toBe('100021390011')
    const unknown = aMove({ newAddress: { uprn: '999999999999', lines: ['Nowhere'], postcode: 'SE21 8JB' } })
    expect(failureOf(await tell(unknown))).toMatchObject({ kind: 'invalid', fieldErrors: { 'newAddress.uprn': expect.anything() } })
    expect(changesOf('tenant')).toHaveLength(1)
  })

  test('is refused with 422, naming the field, when the details its kind needs are missing', async () => {
    signInAs('tenant')
    expect(failureOf(await tell(aMove({ newAddress: undefined })))).toMatchObject({
      kind: 'invalid',
      fieldErrors: { newAddress: expect.anything() },
    })
    expect(failureOf(await tell(aMove({ what: 'moved_out', newAddress: undefined })))).toMatchObject({
      kind: 'invalid',
      fieldErrors: { person: expect.anything() },
    })
    expect(failureOf(await tell(aMove({ what: 'other', newAddress: undefined, details: '  ' })))).toMatchObject({
      kind: 'invalid',
      fieldErrors: { details: expect.anything() },
    })
    expect(changesOf('tenant')).toEqual([])
  })

  test.each([
    ['details over 1,000 characters', { details: 'a'.repeat(1001) }, 'details'],
    ['more than 5 documents', { evidenceIds: ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'] }, 'evidenceIds'],
    ['an address line over 100 characters', { newAddress: { lines: ['a'.repeat(101)], postcode: 'SE9 4QT' } }, 'newAddress.lines.0'],
    ['more than 4 address lines', { newAddress: { lines: ['1', '2', '3', '4', '5'], postcode: 'SE9 4QT' } }, 'newAddress.lines'],
    ['a postcode over 10 characters', { newAddress: { lines: ['1 High Street'], postcode: 'S'.repeat(11) } }, 'newAddress.postcode'],
    ['a date more than a year ahead', { date: isoDayFromNow(400) }, 'date'],
  ] as const)('is refused with 422 for %s, and keeps nothing', async (_, overrides, field) => {
    signInAs('tenant')
    const failure = failureOf(await tell(aMove(overrides as Partial<ChangeOfCircumstances>)))
    expect(failure).toMatchObject({ kind: 'invalid', fieldErrors: { [field]: expect.anything() } })
    expect(changesOf('tenant')).toEqual([])
  })

  test('is refused with 403 to contact-centre staff, and keeps nothing for anyone', async () => {
    signInAs('staff')
    expect(failureOf(await tell(aMove()))).toMatchObject({ kind: 'forbidden' })
    expect((['tenant', 'renter', 'owner', 'staff'] as const).flatMap(changesOf)).toEqual([])
  })

  test('is refused with 401 to someone not signed in', async () => {
    expect(failureOf(await tell(aMove()))).toMatchObject({ kind: 'signed-out' })
  })

  test("is kept only on the caller's own record", async () => {
    signInAs('renter')
    dataOf(await tell(aMove()))
    expect(changesOf('renter')).toHaveLength(1)
    expect(changesOf('tenant')).toEqual([])
  })

  test('told twice under the same key, as after a lost answer, is one change with one reference', async () => {
    signInAs('tenant')
    const key = crypto.randomUUID()
    const first = dataOf(await tell(aMove(), key))
    const again = dataOf(await tell(aMove(), key))
    expect(again).toEqual(first)
    expect(changesOf('tenant')).toHaveLength(1)
  })
})

describe('documents sent with a change', () => {
  const aPdf = () => {
    const bytes = new Uint8Array(1500).fill(0x20)
    bytes.set(new TextEncoder().encode('%PDF-1.7\n'))
    return bytes
  }

  test('are listed as received for the change, by its reference', async () => {
    signInAs('tenant')
    const client = clientFor()
    const documentId = await uploadDocument('tenancy-agreement.pdf', 'application/pdf', aPdf())

    const received = dataOf(await tell(aMove({ evidenceIds: [documentId] })))

    const listed = dataOf(await client.call('listMyEvidence')).documents.find((document) => document.documentId === documentId)
    expect(listed?.purpose).toEqual({ for: 'change-of-circumstances', reference: received.reference })
  })

  test("are refused, with nothing told, when an id is not one of the person's documents", async () => {
    signInAs('tenant')
    const before = changesOf('tenant').length
    const failure = failureOf(await tell(aMove({ evidenceIds: ['EVD-not-theirs'] })))
    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [{ field: 'evidenceIds', code: 'documents.unknown' }] } })
    expect(changesOf('tenant')).toHaveLength(before)
  })
})
