import { isKioskDevice } from './device-settings'

const SHARED_COMPUTER_KEY = 'my-account.shared-computer'

/**
 * The person signed in said this is a shared or public computer. Kept in this tab's session storage, which
 * goes at sign-out and with the tab: a new tab knows only once the gateway says so again, and until then
 * there is nothing of the person on the device for it to show.
 */
export function markSharedComputer(shared: boolean) {
  if (typeof sessionStorage === 'undefined') return
  if (shared) sessionStorage.setItem(SHARED_COMPUTER_KEY, 'yes')
  else sessionStorage.removeItem(SHARED_COMPUTER_KEY)
}

/** A kiosk, or a shared computer: nothing of the person is kept on the device, only in the page's memory. */
export function keepsNothingOnDevice(): boolean {
  return isKioskDevice() || (typeof sessionStorage !== 'undefined' && sessionStorage.getItem(SHARED_COMPUTER_KEY) === 'yes')
}
