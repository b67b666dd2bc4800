import { useSyncExternalStore } from 'react'

/** Whether the browser thinks it has a signal, kept current as it comes and goes. */
export function useOnline() {
  return useSyncExternalStore(
    (changed) => {
      window.addEventListener('online', changed)
      window.addEventListener('offline', changed)
      return () => {
        window.removeEventListener('online', changed)
        window.removeEventListener('offline', changed)
      }
    },
    () => navigator.onLine,
    () => true,
  )
}
