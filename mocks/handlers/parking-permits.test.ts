import { describe, expect, test } from 'vitest'
import type { ResidentPermitApplication } from '#src/gateway/contract/parking-permits'
import { council, signInAs } from '#test/gateway-server'
import { addDays, londonDate } from '../london-time'
import type { PersonaId } from '../personas'
import { clientFor, dataOf, failureOf } from './gateway-calls'

const today = () => londonDate(council.now())

/** Documents the person has uploaded and not yet sent with anything, as the evidence calls leave them. */
function uploaded(personId: PersonaId, count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const documentId = `DOC-T${index}-${crypto.randomUUID().slice(0, 6)}`
    council.state.people[personId].evidence.documents.push({
      documentId,
      fileName: `proof-${index}.pdf`,
      kind: 'pdf',
      bytes: 2048,
      receivedAt: new Date(council.now()).toISOString(),
      purpose: null,
    })
    return documentId
  })
}

const application = (personId: PersonaId, overrides: Partial<ResidentPermitApplication> = {}): ResidentPermitApplication => {
  const [address = '', vehicle = ''] = uploaded(personId, 2)
  return { registration: 'lr21kvm', vehicleProof: 'v5c', addressDocumentIds: [address], vehicleDocumentIds: [vehicle], ...overrides }
}

const apply = (body: ResidentPermitApplication) => clientFor().call('applyForResidentPermit', { body, idempotencyKey: crypto.randomUUID() })

describe('who may have a resident permit', () => {
  test('an address in a controlled parking zone may, with the price list by emissions band', async () => {
    signInAs('tenant')
    const eligibility = dataOf(await clientFor().call('getResidentPermitEligibility'))
    expect(eligibility).toMatchObject({ zone: 'Zone A (Coldharbour)', outcome: 'eligible', permitsHeld: 0, mostPermits: 2 })
    expect(eligibility.prices.bands[0]).toEqual({ band: 'A', co2From: 0, co2To: 0, annualPrice: 2500 })
  })

  test('an address in no zone needs no permit', async () => {
    signInAs('owner')
    expect(dataOf(await clientFor().call('getResidentPermitEligibility'))).toMatchObject({ zone: null, outcome: 'not-in-zone' })
    expect(failureOf(await apply(application('owner')))).toMatchObject({ kind: 'invalid', fieldErrors: { address: expect.anything() } })
  })

  test('a household with the most permits the council allows may not have another; an ended one does not count', async () => {
    signInAs('renter')
    expect(dataOf(await clientFor().call('getResidentPermitEligibility'))).toMatchObject({ outcome: 'eligible', permitsHeld: 1 })
    dataOf(await apply(application('renter')))
    expect(dataOf(await clientFor().call('getResidentPermitEligibility'))).toMatchObject({ outcome: 'most-permits', permitsHeld: 2 })
    const refused = failureOf(await apply(application('renter', { registration: 'YD68 PLU' })))
    expect(refused).toMatchObject({ kind: 'invalid', details: { errors: [expect.objectContaining({ code: 'permit.most-permits' })] } })
  })
})

describe('the vehicle and its price', () => {
  test.each([
    ['an electric car pays least', 'LR21KVM', { make: 'NISSAN', fuel: 'electric', co2: 0, band: 'A', annualPrice: 2500 }],
    ['a petrol car pays by its CO2', 'yd68 plu', { band: 'D', annualPrice: 17500 }],
    ['a diesel pays the surcharge on top', 'KN17-WBD', { band: 'C', annualPrice: 13500 + 5000 }],
    ['a car with no CO2 recorded pays the dearest band', 'M123ABC', { band: 'G', annualPrice: 36500 }],
  ])('%s', async (_, registration, expected) => {
    signInAs('renter')
    expect(dataOf(await clientFor().call('lookUpVehicle', { body: { registration }, idempotencyKey: crypto.randomUUID() }))).toMatchObject(
      expected,
    )
  })

  test('a registration the DVLA does not know answers 404; one of the wrong shape 422', async () => {
    signInAs('renter')
    const lookUp = (registration: string) =>
      clientFor().call('lookUpVehicle', { body: { registration }, idempotencyKey: crypto.randomUUID() })
    expect(failureOf(await lookUp('AB12 CDE'))).toMatchObject({ kind: 'not-found' })
    expect(failureOf(await lookUp('NOT A PLATE'))).toMatchObject({ kind: 'invalid', fieldErrors: { registration: expect.anything() } })
  })
})

describe('applying, renewing and changing the vehicle', () => {
  test('an application waits for payment at the vehicle band price, with its proofs tied to it; paying makes it active for a year', async () => {
    signInAs('tenant')
    const body = application('tenant')
    const permit = dataOf(await apply(body))
    expect(permit).toMatchObject({
      zone: 'Zone A (Coldharbour)',
      vehicleRegistration: 'LR21 KVM',
      status: 'awaiting_payment',
      toPay: { owedId: `permit-${permit.reference}`, for: 'new', amount: 2500 },
    })
    const documents = council.state.people.tenant.evidence.documents.filter((document) => document.purpose?.for === 'parking-permit')
    expect(documents.map((document) => document.purpose?.reference)).toEqual([permit.reference, permit.reference])
    const owed = dataOf(await clientFor().call('listAmountsOwed')).owed.find((each) => each.id === `permit-${permit.reference}`)
    expect(owed).toMatchObject({ kind: 'permit', amount: 2500, amountRule: { type: 'fixed' } })
    const summary = dataOf(await clientFor().call('getAccountSummary'))
    expect(summary.parking?.permitsToPay).toEqual([
      { reference: permit.reference, owedId: `permit-${permit.reference}`, for: 'new', amount: 2500 },
    ])
  })

  test.each([
    ['a registration of the wrong shape', { registration: 'HELLO WORLD' }, 'registration'],
    ['a registration too long to be one', { registration: 'A'.repeat(13) }, 'registration'],
    ['no proof of address', { addressDocumentIds: [] }, 'addressDocumentIds'],
    ['more than 5 documents', { vehicleDocumentIds: ['1', '2', '3', '4', '5', '6'] }, 'vehicleDocumentIds'],
    ['a proof that is not one of the choices', { vehicleProof: 'a friend' }, 'vehicleProof'],
  ])('is refused with 422 for %s, and keeps nothing', async (_, overrides, field) => {
    signInAs('tenant')
    const failure = failureOf(await apply(application('tenant', overrides as Partial<ResidentPermitApplication>)))
    expect(failure).toMatchObject({ kind: 'invalid', fieldErrors: { [field]: expect.anything() } })
    expect(council.state.people.tenant.residentPermits.map((permit) => permit.reference)).toEqual(['RP-86514'])
  })

  test('a registration the DVLA does not know, or documents that are not theirs, are refused', async () => {
    signInAs('tenant')
    expect(failureOf(await apply(application('tenant', { registration: 'AB12 CDE' })))).toMatchObject({
      details: { errors: [expect.objectContaining({ field: 'registration', code: 'registration.unknown' })] },
    })
    expect(failureOf(await apply(application('tenant', { addressDocumentIds: ['DOC-1'] })))).toMatchObject({
      fieldErrors: { documentIds: expect.anything() },
    })
  })

  test("another person's permit answers 404, to read, renew or change", async () => {
    signInAs('tenant')
    const key = () => crypto.randomUUID()
    expect(failureOf(await clientFor().call('getResidentPermit', { params: { reference: 'RP-88120' } }))).toMatchObject({
      kind: 'not-found',
    })
    expect(
      failureOf(await clientFor().call('renewResidentPermit', { params: { reference: 'RP-80977' }, body: {}, idempotencyKey: key() })),
    ).toMatchObject({ kind: 'not-found' })
    const change = { registration: 'LR21 KVM', vehicleProof: 'v5c' as const, vehicleDocumentIds: uploaded('tenant', 1) }
    expect(
      failureOf(await clientFor().call('changePermitVehicle', { params: { reference: 'RP-88120' }, body: change, idempotencyKey: key() })),
    ).toMatchObject({ kind: 'not-found' })
  })

  test('renewing is offered from 28 days before the end and after it; paying runs the permit on a year', async () => {
    signInAs('renter')
    const renew = (reference: string) =>
      clientFor().call('renewResidentPermit', { params: { reference }, body: {}, idempotencyKey: crypto.randomUUID() })
    expect(failureOf(await renew('RP-88120'))).toMatchObject({ kind: 'conflict' })
    const ended = dataOf(await renew('RP-80977'))
    expect(ended).toMatchObject({ status: 'expired', toPay: { for: 'renewal', amount: 18500 } })
    const summary = dataOf(await clientFor().call('getAccountSummary'))
    expect(summary.parking?.permitsToRenew).toEqual([])
    expect(summary.parking?.permitsToPay).toMatchObject([{ reference: 'RP-80977', for: 'renewal' }])
  })

  test('a permit ending within 28 days is on the home page to renew', async () => {
    signInAs('renter')
    const permit = council.state.people.renter.residentPermits.find((each) => each.reference === 'RP-88120')
    if (!permit) throw new Error('RP-88120 is seeded')
    permit.validTo = addDays(today(), 20)
    permit.renewableFrom = addDays(today(), -8)
    const summary = dataOf(await clientFor().call('getAccountSummary'))
    expect(summary.parking?.permitsToRenew.map((each) => each.reference)).toEqual(['RP-88120', 'RP-80977'])
  })

  test('changing the vehicle costs the admin fee and the dearer band for the days left; never the same vehicle', async () => {
    signInAs('renter')
    const change = (registration: string) =>
      clientFor().call('changePermitVehicle', {
        params: { reference: 'RP-88120' },
        body: { registration, vehicleProof: 'hire', vehicleDocumentIds: uploaded('renter', 1) },
        idempotencyKey: crypto.randomUUID(),
      })
    expect(failureOf(await change('LK19XRT'))).toMatchObject({ fieldErrors: { registration: expect.anything() } })
    const cheaper = dataOf(await change('LR21 KVM'))
    expect(cheaper.toPay).toMatchObject({ for: 'vehicle-change', amount: 1200, newVehicle: { registration: 'LR21 KVM' } })
    expect(cheaper.vehicleRegistration).toBe('LK19 XRT')
  })
})
