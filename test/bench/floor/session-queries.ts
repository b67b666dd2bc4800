import { useQuery } from '@tanstack/react-query'

export const sessionKey = ['session'] as const

export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async () => (await fetch('/api/session')).json() as Promise<{ signedIn: boolean }>,
  })
}
