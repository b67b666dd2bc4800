import '@testing-library/jest-dom/vitest'
import 'fake-indexeddb/auto'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { forgetKeptCatalogue } from '#src/device/catalogue-store'
import { forgetEverythingStored } from '#src/device/forget-the-person'
import { gatewayServer, resetGateway } from './gateway-server'

// Screens load lazily, as in the browser; the first load of a chunk in a test can take a moment,
// and longer on a busy two-core CI machine. Waiting longer for a state never slows a passing test.
configure({ asyncUtilTimeout: 6000 })

// jsdom does no layout, so it has no scrolling to do.
if (typeof Element !== 'undefined') Element.prototype.scrollIntoView = () => {}

// A console.error in a test is a bug that would otherwise scroll past unseen.
let consoleErrors: unknown[][] = []
beforeEach(() => {
  consoleErrors = []
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args)
  })
})

afterEach(() => {
  const seen = consoleErrors
  consoleErrors = []
  if (seen.length > 0) throw new Error(`console.error was called:\n${seen.map((args) => args.map(String).join(' ')).join('\n')}`)
})

beforeAll(() => gatewayServer.listen({ onUnhandledRequest: 'error' }))
afterEach(async () => {
  cleanup()
  await forgetEverythingStored()
  // The catalogue is nobody's, so it outlives a sign-out; each test still starts without it.
  await forgetKeptCatalogue()
  resetGateway()
  sessionStorage.clear()
  localStorage.clear()
  document.cookie.split(';').forEach((cookie) => {
    document.cookie = `${cookie.split('=')[0]?.trim()}=; Max-Age=0; Path=/`
  })
})
afterAll(() => gatewayServer.close())
