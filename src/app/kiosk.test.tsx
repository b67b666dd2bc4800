import { act, fireEvent, render, screen } from '@testing-library/react'
import i18next from 'i18next'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { turnKioskModeOn } from '#src/device/device-settings'
import { startI18n } from '#src/i18n/i18n'
import { signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'
import { IdleWarning } from './kiosk'

// i18next starts up on a timer, so it starts before the clock is faked, with the words these tests read.
beforeAll(async () => {
  if (!i18next.isInitialized) await startI18n('en', ['en', 'cy'])
  await i18next.loadNamespaces(['common', 'kiosk', 'account'])
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
})
afterEach(() => {
  vi.useRealTimers()
})

const shown = <T,>(find: () => T) => vi.waitFor(find, { timeout: 6000 })
const passSeconds = async (count: number) => {
  for (let second = 0; second < count; second++) await act(() => vi.advanceTimersByTimeAsync(1000))
}
const warning = () => screen.queryByRole('dialog', { name: 'Are you still there?' })

describe('the warning before a kiosk clears itself', () => {
  it('counts down every second on screen, says it aloud only at each half minute and then every ten seconds, and ends the visit at nought', async () => {
    const onEnd = vi.fn()
    render(<IdleWarning seconds={60} moreTime={() => {}} onEnd={onEnd} />)
    const dialog = await shown(() => screen.getByRole('dialog', { name: 'Are you still there?' }))
    const live = dialog.querySelector('[aria-live="polite"]')
    expect(dialog).toHaveAccessibleDescription(/Nobody has used this computer for a while/)
    expect(dialog).toHaveTextContent('Clearing in 60 seconds')
    expect(screen.getByRole('heading', { name: 'Are you still there?' })).toHaveFocus()

    await passSeconds(1)
    expect(dialog).toHaveTextContent('Clearing in 59 seconds')
    expect(live).toHaveTextContent('Clearing in 60 seconds')
    await passSeconds(30)
    expect(live).toHaveTextContent('Clearing in 30 seconds')
    await passSeconds(5)
    expect(live).toHaveTextContent('Clearing in 30 seconds')
    await passSeconds(6)
    expect(live).toHaveTextContent('Clearing in 20 seconds')
    expect(onEnd).not.toHaveBeenCalled()

    await passSeconds(18)
    expect(onEnd).toHaveBeenCalledTimes(1)
  })

  it('"I need more time", or Escape, keeps the visit going', async () => {
    const moreTime = vi.fn()
    render(<IdleWarning seconds={60} moreTime={moreTime} onEnd={() => {}} />)
    fireEvent.click(await shown(() => screen.getByRole('button', { name: 'I need more time' })))
    const dialog = screen.getByRole('dialog')
    fireEvent(dialog, new Event('cancel', { cancelable: true }))
    expect(moreTime).toHaveBeenCalledTimes(2)
  })
})

describe('a kiosk left alone', () => {
  it('warns after the council’s idle time with nobody touching it; touching it, or "I need more time", starts the wait again', async () => {
    turnKioskModeOn()
    signInAs('owner')
    await renderApp('/')
    await shown(() => screen.getByRole('button', { name: 'Finish and clear' }))
    await shown(() => screen.getByRole('heading', { level: 1 }))

    await act(() => vi.advanceTimersByTimeAsync(90_000))
    fireEvent.pointerDown(document.body)
    await act(() => vi.advanceTimersByTimeAsync(90_000))
    expect(warning()).toBeNull()

    await act(() => vi.advanceTimersByTimeAsync(31_000))
    expect(warning()).not.toBeNull()

    fireEvent.click(screen.getByRole('button', { name: 'I need more time' }))
    expect(warning()).toBeNull()
    await act(() => vi.advanceTimersByTimeAsync(119_000))
    expect(warning()).toBeNull()
    await act(() => vi.advanceTimersByTimeAsync(2_000))
    expect(warning()).not.toBeNull()
  })

  it('does not watch the start screen while nobody is using it', async () => {
    turnKioskModeOn()
    await renderApp('/')
    await shown(() => screen.getByRole('link', { name: 'Start' }))

    await act(() => vi.advanceTimersByTimeAsync(10 * 60_000))

    expect(warning()).toBeNull()
  })
})
