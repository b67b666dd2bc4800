import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useGateway } from '#src/gateway/gateway-context'
import { forgetThisPerson } from './forget-this-person'

export function SignOutButton({ className }: { className?: string }) {
  const { t } = useTranslation()
  const gateway = useGateway()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const signOut = useMutation({
    mutationFn: () => gateway.call('signOut'),
    onSettled: async (result) => {
      await forgetThisPerson(queryClient, gateway)
      await navigate(result?.ok ? '/signed-out' : '/signed-out?incomplete=1', { replace: true })
    },
  })
  return (
    <button type="button" className={className ?? 'app-button-as-link'} onClick={() => signOut.mutate()} disabled={signOut.isPending}>
      {t('header.signOut')}
    </button>
  )
}
