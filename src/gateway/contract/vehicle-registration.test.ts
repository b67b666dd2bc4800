import { describe, expect, it } from 'vitest'
import { plateOf, vehicleRegistration } from './vehicle-registration'

describe('a UK vehicle registration', () => {
  it.each([
    ['LK19 XRT', 'LK19 XRT'],
    ['lk19xrt', 'LK19 XRT'],
    [' LK19-XRT ', 'LK19 XRT'],
    ['A123BCD', 'A123 BCD'],
    ['abc123d', 'ABC 123D'],
    ['1 ABC', '1 ABC'],
    ['ABZ 1234', 'ABZ 1234'],
  ])('reads %j as the plate %j', (typed, plate) => {
    expect(plateOf(typed)).toBe(plate)
  })

  it.each(['', 'LK19 XRTT', 'L', '12345 AB', 'LK19 X?T', 'ABCD 123', 'AB12 CD3'])('knows no plate is shaped like %j', (typed) => {
    expect(plateOf(typed)).toBeNull()
  })

  it('reaches the gateway as the plate, and refuses a shape no plate has', () => {
    expect(vehicleRegistration.parse('lk19 xrt')).toBe('LK19 XRT')
    expect(vehicleRegistration.safeParse('PCN 12345').success).toBe(false)
    expect(vehicleRegistration.safeParse('A'.repeat(13)).success).toBe(false)
  })
})
