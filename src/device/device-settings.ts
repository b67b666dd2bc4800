/**
 * Settings of this device, not of the person using it, kept in localStorage. Kiosk mode is set once by the
 * council and outlives everyone; a language chosen here lasts until someone signs out, so the next person
 * starts from the council's default.
 */
const KIOSK_MODE = 'my-account.device-mode'
const LANGUAGE_CHOICE = 'my-account.language'

/** The service worker has no localStorage, so there it is never a kiosk. */
export function isKioskDevice(): boolean {
  return typeof localStorage !== 'undefined' && localStorage.getItem(KIOSK_MODE) === 'kiosk'
}

/** Set by a member of staff on the kiosk set-up page: from then on the device keeps nothing of anyone who uses it. */
export function turnKioskModeOn() {
  localStorage.setItem(KIOSK_MODE, 'kiosk')
}

export function turnKioskModeOff() {
  localStorage.removeItem(KIOSK_MODE)
}

/** A language chosen on this device wins over the council's default and the person's profile. */
export function languageChosenOnThisDevice(): string | null {
  return localStorage.getItem(LANGUAGE_CHOICE)
}

export function chooseLanguageOnThisDevice(language: string) {
  localStorage.setItem(LANGUAGE_CHOICE, language)
}

/** At sign-out: everything in localStorage goes, the language chosen with it, except kiosk mode. */
export function forgetAllButKioskMode() {
  const kioskMode = localStorage.getItem(KIOSK_MODE)
  localStorage.clear()
  if (kioskMode !== null) localStorage.setItem(KIOSK_MODE, kioskMode)
}
