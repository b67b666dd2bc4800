import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import i18next from 'i18next'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { startI18n } from '#src/i18n/i18n'
import { renderApp } from '#test/render-app'

const start = new Date('2026-12-02T10:00:00Z').getTime()
const minutes = (count: number) => count * 60_000

// i18next starts up on a timer, so it starts before the clock is faked, with the words these tests read.
beforeAll(async () => {
  if (!i18next.isInitialized) await startI18n('en', ['en', 'cy'])
  await i18next.loadNamespaces(['common', 'details'])
})

// jsdom has no modal dialogs: only whether one is open matters here, and the browser tests use the real thing.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open')
  }
})
afterAll(() => {
  Reflect.deleteProperty(HTMLDialogElement.prototype, 'showModal')
  Reflect.deleteProperty(HTMLDialogElement.prototype, 'close')
})

beforeEach(() => {
  // The device's IndexedDB (fake-indexeddb here) answers through setImmediate, which must keep running.
  vi.useFakeTimers({ shouldAdvanceTime: false, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
  vi.setSystemTime(start)
})
afterEach(() => {
  vi.useRealTimers()
})

/**
 * Each check moves the fake clock on a little, as vi.waitFor does, so answers and renders settle. Testing
 * Library's own waiting (and user-event, which uses it) drains with a setTimeout that a fake clock never runs.
 */
function shown<T>(find: () => T): Promise<T> {
  return vi.waitFor(find, { timeout: 6000 })
}

/** Second by second, as the countdown does: each second's render schedules the next. */
async function passSeconds(count: number) {
  for (let second = 0; second < count; second++) await act(() => vi.advanceTimersByTimeAsync(1000))
}

function gatewayCallsSeen() {
  const seen: string[] = []
  const listener = ({ request }: { request: Request }) => {
    seen.push(`${request.method} ${new URL(request.url).pathname}`)
  }
  gatewayServer.events.on('request:start', listener)
  onTestFinished(() => gatewayServer.events.removeListener('request:start', listener))
  return seen
}

async function typeAPhoneNumberOnYourDetails() {
  signInAs('owner')
  const view = await renderApp('/your-details')
  const phone = await shown(() => screen.getByLabelText('Mobile phone number'))
  phone.focus()
  fireEvent.change(phone, { target: { value: '07700 900987' } })
  return { phone, ...view }
}

/** The moment, by this device's clock, the gateway will end the session: from the latest answers. */
function sessionEndsAt(gateway: { sessionEndsAt: () => number | null }) {
  const endsAt = gateway.sessionEndsAt()
  if (endsAt === null) throw new Error('No session is running')
  return endsAt
}

const warning = () => screen.queryByRole('dialog', { name: "You're about to be signed out" })

describe('the warning before the session ends', () => {
  it('opens two minutes before the 30-minute session ends, not before, with focus on its heading', async () => {
    const { gateway } = await typeAPhoneNumberOnYourDetails()
    const endsAt = sessionEndsAt(gateway)
    expect(endsAt).toBeGreaterThanOrEqual(start + minutes(30))
    expect(endsAt).toBeLessThanOrEqual(Date.now() + minutes(30))

    await vi.advanceTimersByTimeAsync(endsAt - minutes(2) - 1000 - Date.now())
    expect(warning()).toBeNull()
    await vi.advanceTimersByTimeAsync(1000)
    const dialog = await shown(() => screen.getByRole('dialog', { name: "You're about to be signed out" }))
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { name: "You're about to be signed out" }))
    expect(dialog.querySelector('[aria-hidden="true"]')).toHaveTextContent("You'll be signed out in 2 minutes.")
    expect(within(dialog).getByRole('button', { name: 'Stay signed in' })).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Sign out' })).toBeInTheDocument()
  })

  it('counts down in minutes, then seconds, and tells screen readers only each minute and at 30 seconds', async () => {
    const { gateway } = await typeAPhoneNumberOnYourDetails()
    await vi.advanceTimersByTimeAsync(sessionEndsAt(gateway) - minutes(2) - Date.now())
    const dialog = await shown(() => screen.getByRole('dialog'))
    const saidAloud = dialog.querySelector('[aria-live]')
    const onScreen = () => dialog.querySelector('[aria-hidden="true"]')?.textContent

    expect(saidAloud).toHaveTextContent("You'll be signed out in 2 minutes.")
    await passSeconds(59)
    expect(onScreen()).toBe("You'll be signed out in 2 minutes.")
    expect(saidAloud).toHaveTextContent("You'll be signed out in 2 minutes.")
    await passSeconds(1)
    expect(onScreen()).toBe("You'll be signed out in 1 minute.")
    expect(saidAloud).toHaveTextContent("You'll be signed out in 1 minute.")
    await passSeconds(1)
    expect(onScreen()).toBe("You'll be signed out in 59 seconds.")
    expect(saidAloud).toHaveTextContent("You'll be signed out in 1 minute.")
    await passSeconds(29)
    expect(onScreen()).toBe("You'll be signed out in 30 seconds.")
    expect(saidAloud).toHaveTextContent("You'll be signed out in 30 seconds.")
    await passSeconds(29)
    expect(onScreen()).toBe("You'll be signed out in 1 second.")
    expect(saidAloud).toHaveTextContent("You'll be signed out in 30 seconds.")
  })

  it('Stay signed in asks the gateway for the session, which slides it, then closes and gives focus back', async () => {
    const { phone, gateway } = await typeAPhoneNumberOnYourDetails()
    const calls = gatewayCallsSeen()
    await vi.advanceTimersByTimeAsync(sessionEndsAt(gateway) - minutes(2) - Date.now())
    const dialog = await shown(() => screen.getByRole('dialog'))
    expect(calls).toEqual([])

    fireEvent.click(within(dialog).getByRole('button', { name: 'Stay signed in' }))
    await shown(() => expect(warning()).toBeNull())
    expect(calls).toEqual(['GET /api/session'])
    expect(document.activeElement).toBe(phone)
    expect(phone).toHaveValue('07700 900987')
    expect(sessionEndsAt(gateway)).toBeGreaterThanOrEqual(Date.now() + minutes(30) - 1000)
    expect([...council.state.sessions.values()][0]?.expiresAt).toBeGreaterThanOrEqual(Date.now() + minutes(30) - 1000)

    // The time starts again from the answer: no warning until two minutes before the new end.
    await vi.advanceTimersByTimeAsync(minutes(27))
    expect(warning()).toBeNull()
  })

  it('Escape means stay signed in', async () => {
    const { phone, gateway } = await typeAPhoneNumberOnYourDetails()
    const calls = gatewayCallsSeen()
    await vi.advanceTimersByTimeAsync(sessionEndsAt(gateway) - minutes(2) - Date.now())
    await shown(() => screen.getByRole('dialog'))

    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' })
    await shown(() => expect(warning()).toBeNull())
    expect(calls).toEqual(['GET /api/session'])
    expect(document.activeElement).toBe(phone)
  })

  it('signs the person out when time runs out, says why, and keeps what they typed for when they sign in again', async () => {
    const { gateway } = await typeAPhoneNumberOnYourDetails()
    await vi.advanceTimersByTimeAsync(sessionEndsAt(gateway) - minutes(2) - Date.now())
    await shown(() => screen.getByRole('dialog'))

    await vi.advanceTimersByTimeAsync(minutes(2))
    const notice = await shown(() => screen.getByRole('region', { name: "You've been signed out" }))
    expect(warning()).toBeNull()
    expect(within(notice).getByText('What you typed is saved. Sign in again to carry on where you left off.')).toBeInTheDocument()
    expect(within(notice).getByRole('link', { name: 'Sign in again' })).toHaveAttribute(
      'href',
      '/api/auth/sign-in?returnTo=%2Fyour-details',
    )
    expect(notice.parentElement).toBe(document.activeElement)
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to continue' })).toBeInTheDocument()
    await shown(() => expect(council.state.sessions.size).toBe(0))
    expect(council.state.people.owner.profile.phone).not.toBe('07700 900987')

    cleanup()
    signInAs('owner')
    await renderApp('/your-details')
    expect(await shown(() => screen.getByLabelText('Mobile phone number'))).toHaveValue('07700 900987')
  })

  it('is never shown to someone signed out', async () => {
    await renderApp('/your-details')
    await shown(() => screen.getByRole('heading', { level: 1, name: 'Sign in to continue' }))
    await vi.advanceTimersByTimeAsync(minutes(31))
    expect(warning()).toBeNull()
    expect(screen.queryByRole('region', { name: "You've been signed out" })).toBeNull()
  })
})
