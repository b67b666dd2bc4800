import { createContext, useContext } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '#src/gateway/contract/common'
import type { Council } from './council'

/** Chosen once, where the app starts, and given to every screen from there. */
export const CouncilContext = createContext<Council | null>(null)

export function useCouncil(): Council {
  const council = useContext(CouncilContext)
  if (!council) throw new Error('useCouncil needs a CouncilContext provider')
  return council
}

export function useCouncilName(): string {
  const council = useCouncil()
  const { i18n } = useTranslation()
  return council.name[i18n.language as Language] ?? council.name.en
}
