import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { useGateway } from '#src/gateway/gateway-context'
import { forgetThisPerson } from './forget-this-person'

/** Signs out at the gateway, then forgets the person on this device whatever the gateway answered. */
export function useSignOut() {
  const gateway = useGateway()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return useMutation({
    mutationFn: () => gateway.call('signOut'),
    onSettled: async (result) => {
      await forgetThisPerson(queryClient, gateway)
      await navigate(result?.ok ? '/signed-out' : '/signed-out?incomplete=1', { replace: true })
    },
  })
}
