import { useEffect } from 'react'

/**
 * What must survive the page reloading, for this tab only: a reload into a new version of the app, or the
 * trip to the gateway's sign-in page and back. Kept in session storage, which goes with the tab and at sign-out.
 */

const savers = new Set<() => void>()

/** Forms in progress register here, to keep what was typed through the reload the app is about to do. */
export function beforeReload(save: () => void): () => void {
  savers.add(save)
  return () => {
    savers.delete(save)
  }
}

export function saveEverythingBeforeReload() {
  for (const save of savers) save()
}

const keptKey = (name: string) => `my-account.kept-through-reload.${name}`

export function keepThroughReload(name: string, value: string) {
  sessionStorage.setItem(keptKey(name), value)
}

/** Read without removing it, since a render can be started again; forget it once it is back on screen. */
export function keptThroughReload(name: string): string | null {
  return typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(keptKey(name))
}

export function forgetKeptThroughReload(name: string) {
  sessionStorage.removeItem(keptKey(name))
}

/** Keeps a text box's words through a reload into a new version; forgotten once back on screen. */
export function useKeepThroughReload(name: string, value: string) {
  useEffect(() => forgetKeptThroughReload(name), [name])
  useEffect(
    () =>
      beforeReload(() => {
        if (value) keepThroughReload(name, value)
      }),
    [name, value],
  )
}
