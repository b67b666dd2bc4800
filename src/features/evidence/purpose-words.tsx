import { useTranslation } from 'react-i18next'
import type { EvidencePurpose } from '#src/gateway/contract/evidence'

/** Says what documents were for, in the person's words, with the council's reference where there is one. */
export function usePurposeWords() {
  const { t } = useTranslation('evidence')
  return (purpose: EvidencePurpose | null) => {
    if (!purpose) return t('purposes.notYet')
    const what = t(`purposes.${purpose.for}`)
    return purpose.reference ? t('purposes.withReference', { what, reference: purpose.reference }) : what
  }
}
