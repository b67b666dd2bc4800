import { useTranslation } from 'react-i18next'
import type { Language } from '#src/gateway/contract/common'
import { council } from './councils'

export function useCouncilName(): string {
  const { i18n } = useTranslation()
  return council.name[i18n.language as Language] ?? council.name.en
}
