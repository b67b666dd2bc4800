import { useTranslation } from 'react-i18next'
import { DirectDebitPage, type DirectDebitService } from '#src/direct-debit/direct-debit-journey'
import { useCancelRentDirectDebit, useSetUpRentDirectDebit } from './direct-debit-queries'
import { useRentDirectDebit } from './housing-queries'

export const directDebitPaths = {
  current: '/housing/direct-debit',
  setUp: '/housing/direct-debit/set-up',
  check: '/housing/direct-debit/set-up/check',
  cancel: '/housing/direct-debit/cancel',
}

/** The rent's Direct Debit, through the journey every account's Direct Debit shares. */
export function useRentDirectDebitService(): DirectDebitService {
  const { t } = useTranslation('direct-debit')
  return {
    paths: directDebitPaths,
    from: { path: '/housing/rent', name: t('current.back') },
    words: {
      title: t('current.title'),
      none: t('current.none'),
      noneBody: t('current.noneBody'),
      cancelWarning: t('cancel.warning'),
      cancelled: (reference) => t('cancel.doneBody', { reference }),
      backToDirectDebit: t('cancel.toDirectDebit'),
    },
    useMandate: useRentDirectDebit,
    useSetUp: useSetUpRentDirectDebit,
    useCancel: useCancelRentDirectDebit,
  }
}

export function RentDirectDebitPage() {
  return <DirectDebitPage service={useRentDirectDebitService()} />
}
