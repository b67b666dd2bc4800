import { useEffect } from 'react'

const savers = new Set<() => void>()

/** Forms in progress register here, to put what was typed somewhere safe before the app reloads itself. */
export function keepBeforeReload(save: () => void): () => void {
  savers.add(save)
  return () => {
    savers.delete(save)
  }
}

export function saveEverythingBeforeReload() {
  for (const save of savers) save()
}

const keptKey = (name: string) => `my-account.kept-through-reload.${name}`

/** What a text box held when the app reloaded itself into a new version, read without removing it. */
export function keptThroughReload(name: string): string | null {
  return typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(keptKey(name))
}

/** Keeps a text box's words through a reload into a new version, for this tab only; forgotten once back on screen. */
export function useKeepThroughReload(name: string, value: string) {
  useEffect(() => sessionStorage.removeItem(keptKey(name)), [name])
  useEffect(
    () =>
      keepBeforeReload(() => {
        if (value) sessionStorage.setItem(keptKey(name), value)
      }),
    [name, value],
  )
}
