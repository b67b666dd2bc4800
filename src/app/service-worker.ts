import type { Workbox } from 'workbox-window'
import { saveEverythingBeforeReload } from '#src/device/before-reload'

type Listener = () => void
const listeners = new Set<Listener>()
let waitingWorker: Workbox | null = null

export function updateIsWaiting() {
  return waitingWorker !== null
}

export function onUpdateWaiting(listener: Listener) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Saves every form in progress, then lets the new version take over and reloads once it has. */
export function reloadIntoNewVersion() {
  saveEverythingBeforeReload()
  if (!waitingWorker) return
  waitingWorker.addEventListener('controlling', () => window.location.reload())
  waitingWorker.messageSkipWaiting()
}

/** The service worker is registered after the first screen, so it never slows the first load. */
export async function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return
  const { Workbox } = await import('workbox-window')
  const workbox = new Workbox('/sw.js', { scope: '/' })
  workbox.addEventListener('waiting', () => {
    waitingWorker = workbox
    for (const listener of listeners) listener()
  })
  await workbox.register()
}
