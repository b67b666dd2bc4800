import { describe, expect, it } from 'vitest'
import { createSessionClock } from './session-clock'

const minutes = (count: number) => count * 60_000
const deviceNow = Date.parse('2026-12-02T10:28:00Z')

function answer(status: number, gatewayDate?: string) {
  return new Response(null, { status, headers: gatewayDate ? { Date: gatewayDate } : {} })
}

const signedIn = (expiresAt: string) =>
  ({
    signedIn: true,
    person: { id: 'owner', name: 'Margaret Ellis', role: 'resident', tenant: false },
    csrfToken: 'token',
    expiresAt,
    sharedDevice: false,
  }) as const

describe("when the session ends, by this device's clock", () => {
  it("takes the time left from the gateway's own clock, when the device's clock is wrong", () => {
    const clock = createSessionClock()
    // The device is 28 minutes ahead of the gateway.
    clock.toldSession(signedIn('2026-12-02T10:30:00Z'), answer(200, 'Wed, 02 Dec 2026 10:00:00 GMT'), deviceNow)
    expect(clock.endsAt()).toBe(deviceNow + minutes(30) - 1000)
  })

  it('takes the time left from when the answer arrived, when the gateway gives no Date', () => {
    const clock = createSessionClock()
    clock.toldSession(signedIn('2026-12-02T10:58:00Z'), answer(200), deviceNow)
    expect(clock.endsAt()).toBe(deviceNow + minutes(30))
  })

  it('slides with every later answer from the gateway, but not with one that may not have reached the session', () => {
    const clock = createSessionClock()
    clock.toldSession(signedIn('2026-12-02T10:58:00Z'), answer(200), deviceNow)
    clock.heard('getProfile', answer(200), deviceNow + minutes(5))
    expect(clock.endsAt()).toBe(deviceNow + minutes(35))
    clock.heard('changeProfile', answer(422), deviceNow + minutes(6))
    expect(clock.endsAt()).toBe(deviceNow + minutes(36))
    clock.heard('getProfile', answer(503), deviceNow + minutes(7))
    clock.heard('getProfile', answer(429), deviceNow + minutes(8))
    expect(clock.endsAt()).toBe(deviceNow + minutes(36))
  })

  it('has no end once the gateway says nobody is signed in, or the person signs out', () => {
    const clock = createSessionClock()
    clock.toldSession(signedIn('2026-12-02T10:58:00Z'), answer(200), deviceNow)
    clock.heard('getProfile', answer(401), deviceNow + 1000)
    expect(clock.endsAt()).toBeNull()
    clock.heard('getProfile', answer(200), deviceNow + 2000)
    expect(clock.endsAt()).toBeNull()

    clock.toldSession(signedIn('2026-12-02T10:58:00Z'), answer(200), deviceNow)
    clock.heard('signOut', answer(200), deviceNow + 1000)
    expect(clock.endsAt()).toBeNull()
    clock.toldSession(signedIn('2026-12-02T10:58:00Z'), answer(200), deviceNow)
    clock.toldSession({ signedIn: false }, answer(200), deviceNow + 1000)
    expect(clock.endsAt()).toBeNull()
  })
})
