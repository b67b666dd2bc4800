import { describe, expect, it } from 'vitest'
import { checkAmount, penceFromPounds, poundsForInput } from './amount'

describe('amounts typed in pounds and pence', () => {
  it.each([
    ['25', 2500],
    ['25.5', 2550],
    ['25.50', 2550],
    ['£25.05', 2505],
    [' £1,250.00 ', 125000],
    ['0.10', 10],
    ['186.42', 18642],
  ])('reads %s as %i pence', (typed, pence) => {
    expect(penceFromPounds(typed)).toBe(pence)
  })

  it.each([['25.555'], ['abc'], ['£'], ['-5'], ['1.2.3'], ['25p'], ['12345678']])('does not accept %s', (typed) => {
    expect(penceFromPounds(typed)).toBe(typed.trim() === '£' ? 'missing' : 'format')
  })

  it('says when nothing was typed', () => {
    expect(penceFromPounds('  ')).toBe('missing')
  })

  it('keeps to the limits', () => {
    expect(checkAmount('0.99', 100, 5000)).toEqual({ error: 'tooSmall' })
    expect(checkAmount('50.01', 100, 5000)).toEqual({ error: 'tooBig' })
    expect(checkAmount('50', 100, 5000)).toEqual({ pence: 5000 })
  })

  it('writes pence back as pounds for the input', () => {
    expect(poundsForInput(18642)).toBe('186.42')
    expect(poundsForInput(5)).toBe('0.05')
  })
})
