import { describe, expect, test } from 'vitest'
import { checkDetails, type DetailsAnswers } from './details-form'

const answers: DetailsAnswers = { email: '', phone: '', language: 'en', channels: [], topics: [] }

describe('checking an email address on the device', () => {
  test('answers at once for a hostile 100 000-character address, refusing it', () => {
    // Thousands of dots before a character no address may end with: the kind of text that makes a careless pattern try every split.
    const hostile = `a@${'.'.repeat(99_997)}@`
    const startedAt = performance.now()

    const errors = checkDetails({ ...answers, email: hostile })

    // A pattern that backtracks takes tens of seconds over this; a linear one, a few milliseconds.
    expect(performance.now() - startedAt).toBeLessThan(1000)
    expect(errors.email).toBeDefined()
  })

  test.each(['name@example.com', 'p.okafor@example.co.uk', 'first+alerts@mail.example.org', "o'brien@example.ie"])(
    'accepts %j',
    (email) => {
      expect(checkDetails({ ...answers, email }).email).toBeUndefined()
    },
  )

  test.each(['name@example', 'name@example.', 'name@.example.com', 'name@example..com', 'na me@example.com', 'name@@example.com'])(
    'refuses %j as badly formatted',
    (email) => {
      expect(checkDetails({ ...answers, email }).email).toBe('errors.email.format')
    },
  )

  test('refuses an address longer than the 254 characters an email address may have, before looking at its format', () => {
    const longest = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`
    expect(longest).toHaveLength(254)
    expect(checkDetails({ ...answers, email: `  ${longest}  ` }).email).toBeUndefined()
    expect(checkDetails({ ...answers, email: `a${longest}` }).email).toBe('errors.email.tooLong')
    expect(checkDetails({ ...answers, email: '@'.repeat(255) }).email).toBe('errors.email.tooLong')
  })
})
