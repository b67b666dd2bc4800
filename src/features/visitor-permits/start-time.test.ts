import { describe, expect, it } from 'vitest'
import { clockTimeOf } from './start-time'

describe('a start time as people type it', () => {
  it.each([
    ['9', '09:00'],
    ['9:30', '09:30'],
    ['9.30am', '09:30'],
    ['2 pm', '14:00'],
    ['2:15 p.m.', '14:15'],
    ['12pm', '12:00'],
    ['12am', '00:00'],
    ['14:00', '14:00'],
    [' 08:30 ', '08:30'],
  ])('reads %j as %s', (typed, time) => {
    expect(clockTimeOf(typed)).toBe(time)
  })

  it.each(['', 'soon', '25:00', '9:75', '13pm', '0am', '9:3'])('cannot read %j', (typed) => {
    expect(clockTimeOf(typed)).toBeNull()
  })
})
