import { useTranslation } from 'react-i18next'
import {
  CancelDirectDebitPage,
  DirectDebitPage,
  SetUpDirectDebitJourney,
  type DirectDebitService,
} from '#src/direct-debit/direct-debit-journey'
import { useCancelCouncilTaxDirectDebit, useCouncilTaxDirectDebit, useSetUpCouncilTaxDirectDebit } from './council-tax-queries'

export { BankDetailsPage, CheckDirectDebitPage } from '#src/direct-debit/direct-debit-journey'

const paths = {
  current: '/council-tax/direct-debit',
  setUp: '/council-tax/direct-debit/set-up',
  check: '/council-tax/direct-debit/set-up/check',
  cancel: '/council-tax/direct-debit/cancel',
}

/** Council tax's Direct Debit, through the same journey as the rent's. */
function useCouncilTaxDirectDebitService(): DirectDebitService {
  const { t } = useTranslation('council-tax')
  return {
    paths,
    from: { path: '/council-tax', name: t('directDebitJourney.back') },
    words: {
      title: t('directDebitJourney.title'),
      none: t('directDebitJourney.none'),
      noneBody: t('directDebitJourney.noneBody'),
      cancelWarning: t('directDebitJourney.cancelWarning'),
      cancelled: (reference) => t('directDebitJourney.cancelled', { reference }),
      backToDirectDebit: t('directDebitJourney.backToDirectDebit'),
    },
    useMandate: useCouncilTaxDirectDebit,
    useSetUp: useSetUpCouncilTaxDirectDebit,
    useCancel: useCancelCouncilTaxDirectDebit,
  }
}

export function CouncilTaxDirectDebitPage() {
  return <DirectDebitPage service={useCouncilTaxDirectDebitService()} />
}

export function SetUpCouncilTaxDirectDebitJourney() {
  return <SetUpDirectDebitJourney service={useCouncilTaxDirectDebitService()} />
}

export function CancelCouncilTaxDirectDebitPage() {
  return <CancelDirectDebitPage service={useCouncilTaxDirectDebitService()} />
}
