import { describe, expect, test } from 'vitest'
import { alreadyStartedProblemType, startPassedProblemType, type NewVisitorPermit } from '#src/gateway/contract/visitor-permits'
import { council, signInAs } from '#test/gateway-server'
import { addDays, londonDate, londonTime, workingDay } from '../london-time'
import { clientFor, dataOf, failureOf, send } from './gateway-calls'

const today = () => londonDate(council.now())
/** A weekday three working days on, when Zone C and Zone A are both controlled. */
const visitDay = () => workingDay(today(), 3)
const permit = (fields: Partial<NewVisitorPermit> = {}): NewVisitorPermit => ({
  vehicleRegistration: 'ky68bne',
  date: visitDay(),
  startTime: '10:00',
  hours: 3,
  ...fields,
})
const book = (body: NewVisitorPermit, idempotencyKey?: string) => clientFor().call('bookVisitorPermit', { body, idempotencyKey })
const cancel = (reference: string) => clientFor().call('cancelVisitorPermit', { params: { reference }, body: {} })
const left = () => council.state.people.renter.visitorParking?.allowance.left
const codesOf = (failure: unknown) => (failure as { details: { errors: { code: string }[] } }).details.errors.map((error) => error.code)

describe('visitor permits at the gateway', () => {
  test('the allowance says its unit, what is left and when it renews, and each permit says whether it is to come or done', async () => {
    signInAs('renter')
    const visitors = dataOf(await clientFor().call('getVisitorPermits'))
    expect(visitors.allowance).toMatchObject({ zone: 'Zone C (Elmwood)', unit: 'hours', perYear: 120, left: 71 })
    expect(visitors.allowance?.renewsOn).toMatch(/-04-01$/)
    expect(visitors.permits.map((each) => each.status)).toEqual(['ended', 'ended', 'cancelled', 'ended', 'upcoming', 'upcoming'])

    signInAs('tenant')
    expect(dataOf(await clientFor().call('getVisitorPermits')).allowance).toMatchObject({ unit: 'days', perYear: 24, left: 17 })
  })

  test('someone whose home is in no parking zone has no allowance or permits, and cannot book one (404)', async () => {
    signInAs('owner')
    expect(dataOf(await clientFor().call('getVisitorPermits'))).toEqual({ allowance: null, permits: [] })
    expect(failureOf(await book(permit()))).toEqual({ kind: 'not-found' })
  })

  test("another person's permit answers 404, and stays as it was", async () => {
    signInAs('renter')
    expect(failureOf(await cancel('VP-38901'))).toEqual({ kind: 'not-found' })
    expect(council.state.people.tenant.visitorParking?.permits.find((each) => each.reference === 'VP-38901')?.cancelled).toBe(false)
  })

  test('books from the start time for so many hours, writes the registration as on the plate, and takes the hours', async () => {
    signInAs('renter')
    const booked = dataOf(await book(permit(), 'book-once'))
    expect(booked.permit).toMatchObject({
      vehicleRegistration: 'KY68 BNE',
      startsAt: londonTime(visitDay(), 10),
      endsAt: londonTime(visitDay(), 13),
      uses: 3,
      status: 'upcoming',
    })
    expect(booked.left).toBe(68)
    // The same key again is the same booking, taken once.
    expect(dataOf(await book(permit(), 'book-once')).permit.reference).toBe(booked.permit.reference)
    expect(left()).toBe(68)
  })

  test('the rest of the day runs to the end of the controlled hours; a day allowance takes one day', async () => {
    signInAs('renter')
    expect(dataOf(await book(permit({ startTime: '14:00', hours: null }))).permit).toMatchObject({
      endsAt: londonTime(visitDay(), 18, 30),
      uses: 5,
    })
    signInAs('tenant')
    const day = dataOf(await book(permit({ vehicleRegistration: 'EF15 MXA', hours: null })))
    expect(day).toMatchObject({ permit: { endsAt: londonTime(visitDay(), 16), uses: 1 }, left: 16 })
    expect(codesOf(failureOf(await book(permit({ hours: 2 }))))).toEqual(['hours.wholeDaysOnly'])
  })

  test.each([
    ['a registration of no UK shape', { vehicleRegistration: 'NOT A PLATE' }, 'vehicleRegistration'],
    ['a registration too long', { vehicleRegistration: 'AB12 CDE AB12 CDE' }, 'vehicleRegistration'],
    ['a time that is no time', { startTime: '25:00' }, 'startTime'],
    ['a day over 24 hours', { hours: 25 }, 'hours'],
    ['no hours at all', { hours: 0 }, 'hours'],
  ])('%s is refused with 422 naming the field', async (_, fields, field) => {
    signInAs('renter')
    const failure = failureOf(await book(permit(fields)))
    expect(failure).toMatchObject({ kind: 'invalid' })
    expect(Object.keys((failure as { fieldErrors: object }).fieldErrors)).toEqual([field])
    expect(left()).toBe(71)
  })

  test.each([
    ['before the controlled hours', { startTime: '07:00' }, 'startTime.outsideControlledHours'],
    ['at their end', { startTime: '18:30' }, 'startTime.outsideControlledHours'],
    ['running past their end', { startTime: '17:00', hours: 3 }, 'hours.pastControlledHours'],
    [
      'on a Sunday, when parking is free',
      { date: addDays(visitDay(), 7 - (new Date(`${visitDay()}T12:00:00Z`).getUTCDay() || 7)) },
      'date.notControlled',
    ],
    ['too far ahead', { date: workingDay(today(), 120) }, 'date.tooFarAhead'],
  ])('a permit %s is refused with 422 and its reason', async (_, fields, code) => {
    signInAs('renter')
    expect(codesOf(failureOf(await book(permit(fields))))).toEqual([code])
    expect(left()).toBe(71)
  })

  test('a booking whose start has passed when it arrives is refused plainly, and nothing is booked or taken', async () => {
    signInAs('renter')
    const before = council.state.people.renter.visitorParking?.permits.length
    const failure = failureOf(await book(permit({ date: workingDay(today(), -1) })))
    expect(failure).toMatchObject({ kind: 'invalid', details: { type: startPassedProblemType, status: 422 } })
    expect(codesOf(failure)).toEqual(['startTime.passed'])
    expect(council.state.people.renter.visitorParking?.permits.length).toBe(before)
    expect(left()).toBe(71)
  })

  test('the balance can never go below zero', async () => {
    signInAs('renter')
    const parking = council.state.people.renter.visitorParking
    if (!parking) throw new Error('The renter has no visitor allowance')
    parking.allowance.left = 2
    expect(codesOf(failureOf(await book(permit({ hours: 3 }))))).toEqual(['hours.notEnoughLeft'])
    expect(dataOf(await book(permit({ hours: 2 }))).left).toBe(0)
    expect(codesOf(failureOf(await book(permit({ startTime: '15:00', hours: 1 }))))).toEqual(['hours.notEnoughLeft'])
    expect(left()).toBe(0)
  })

  test('cancelling one not yet started gives its hours back, once', async () => {
    signInAs('renter')
    const booked = dataOf(await book(permit()))
    expect(left()).toBe(68)
    const cancelled = dataOf(await cancel(booked.permit.reference))
    expect(cancelled).toMatchObject({ permit: { status: 'cancelled' }, left: 71 })
    expect(dataOf(await cancel(booked.permit.reference)).left).toBe(71)
    expect(left()).toBe(71)
  })

  test('one that has started or ended cannot be cancelled, and keeps what it used', async () => {
    signInAs('renter')
    const booked = dataOf(await book(permit()))
    council.moveClockOn(Date.parse(booked.permit.startsAt) - council.now() + 60_000)
    // Days on, the first session has long ended.
    signInAs('renter')
    expect(failureOf(await cancel(booked.permit.reference))).toMatchObject({
      kind: 'conflict',
      details: { type: alreadyStartedProblemType },
    })
    expect(failureOf(await cancel('VP-40251'))).toMatchObject({ kind: 'conflict' })
    expect(left()).toBe(68)
  })

  test('staff are refused every visitor permit call', async () => {
    signInAs('staff')
    expect(failureOf(await clientFor().call('getVisitorPermits'))).toEqual({ kind: 'forbidden' })
    expect(failureOf(await book(permit()))).toEqual({ kind: 'forbidden' })
    expect((await send('POST', '/me/parking/visitor-permits/VP-40266/cancel', { body: {} })).status).toBe(403)
  })
})
