import { describe, expect, test } from 'vitest'
import type { ProfileChange } from '#src/gateway/contract/session'
import { council, signInAs } from '#test/gateway-server'
import { clientFor, failureOf } from './gateway-calls'

const change: ProfileChange = {
  email: 'precious.okafor@example.com',
  phone: null,
  language: 'en',
  alerts: { channels: ['email'], topics: ['requests'] },
}

async function changeEmail(email: string) {
  signInAs('tenant')
  return clientFor().call('changeProfile', { body: { ...change, email } })
}

describe('PATCH /me/profile email address', () => {
  test('answers a hostile 100 000-character address at once, refusing it', async () => {
    // Thousands of dots before a character no address may end with: the kind of text that makes a careless pattern try every split.
    const hostile = `a@${'.'.repeat(99_997)}@`
    const before = structuredClone(council.state.people.tenant.profile)
    const startedAt = performance.now()

    const failure = failureOf(await changeEmail(hostile))

    // A pattern that backtracks takes tens of seconds over this; a linear one, a few milliseconds.
    expect(performance.now() - startedAt).toBeLessThan(2000)
    expect(failure).toMatchObject({ kind: 'invalid', details: { status: 422, errors: [expect.objectContaining({ field: 'email' })] } })
    expect(council.state.people.tenant.profile).toEqual(before)
  })

  test('refuses an address of more than 254 characters, saying so', async () => {
    const failure = failureOf(await changeEmail(`${'a'.repeat(64)}@${'b'.repeat(186)}.com`))

    expect(failure).toMatchObject({ kind: 'invalid', fieldErrors: { email: expect.stringMatching(/254 characters or fewer/) } })
  })

  test('accepts an address of exactly 254 characters', async () => {
    const longest = `${'a'.repeat(64)}@${'b'.repeat(185)}.com`
    expect(longest).toHaveLength(254)

    expect(await changeEmail(longest)).toMatchObject({ ok: true, data: { email: longest } })
  })

  test.each(['name@example.com', 'p.okafor@example.co.uk', 'first+alerts@mail.example.org', "o'brien@example.ie", 'A@B.CD'])(
    'accepts %j',
    async (email) => {
      expect(await changeEmail(email)).toMatchObject({ ok: true, data: { email } })
    },
  )

  test.each([
    'name@example',
    'name@example.',
    'name@.example.com',
    'name@example..com',
    'na me@example.com',
    'name@@example.com',
    '@example.com',
  ])('refuses %j as badly formatted', async (email) => {
    expect(failureOf(await changeEmail(email))).toMatchObject({
      kind: 'invalid',
      details: { errors: [{ field: 'email', code: 'email.format' }] },
    })
  })
})

describe('PATCH /me/profile limits', () => {
  test('refuses alert choices repeated over and over, keeping nothing of them', async () => {
    signInAs('tenant')
    const before = structuredClone(council.state.people.tenant.profile)
    const repeated = { ...change, alerts: { channels: Array<'email'>(10_000).fill('email'), topics: ['requests' as const] } }

    const failure = failureOf(await clientFor().call('changeProfile', { body: repeated }))

    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [expect.objectContaining({ field: 'alerts.channels' })] } })
    expect(council.state.people.tenant.profile).toEqual(before)
  })

  test('refuses a phone number longer than any phone number', async () => {
    signInAs('tenant')
    const failure = failureOf(await clientFor().call('changeProfile', { body: { ...change, phone: '0'.repeat(5000) } }))

    expect(failure).toMatchObject({ kind: 'invalid', details: { errors: [expect.objectContaining({ field: 'phone' })] } })
  })
})
