import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { forgetEverythingOnThisKiosk } from '#src/device/forget-the-person'
import { useGateway } from '#src/gateway/gateway-context'
import { forgetThisPerson } from '#src/session/forget-this-person'
import { useSession } from '#src/session/session-queries'

/**
 * Ends a visit to a kiosk, by the person's own choice or when nobody answered: signs out at the gateway, leaves
 * nothing of them in the browser, and starts afresh at the start screen. Replacing the page, rather than moving
 * within it, throws away what the page held in memory, and the language goes back to the council's default.
 */
export function useEndTheVisit() {
  const gateway = useGateway()
  const queryClient = useQueryClient()
  const signedIn = useSession().data?.signedIn === true
  return useCallback(async () => {
    try {
      if (signedIn) await gateway.call('signOut')
      await forgetThisPerson(queryClient, gateway)
      await forgetEverythingOnThisKiosk()
    } finally {
      // Whatever failed, the page and all it holds in memory go: the next person never sees this one's screen.
      location.replace('/')
    }
  }, [gateway, queryClient, signedIn])
}
