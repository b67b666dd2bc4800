import { useTranslation } from 'react-i18next'
import { formatDate, formatMoney } from '#src/format/format'
import type { DirectDebitMandate } from '#src/gateway/contract/direct-debit'
import { SummaryList } from '#src/ui/summary-list'
import { sortCodeAsPrinted } from './bank-details'

/** A Direct Debit as the person would check it against their bank statement; the account number only by its last digits. */
export function MandateSummary({ mandate }: { mandate: DirectDebitMandate }) {
  const { t, i18n } = useTranslation('direct-debit')
  return (
    <SummaryList
      rows={[
        { key: t('mandate.reference'), value: mandate.reference },
        { key: t('mandate.accountHolder'), value: mandate.accountHolder },
        { key: t('mandate.sortCode'), value: sortCodeAsPrinted(mandate.sortCode) },
        { key: t('mandate.accountNumber'), value: t('mandate.accountEnding', { ending: mandate.accountNumberEnding }) },
        { key: t('mandate.collectionDay'), value: t(`days.${mandate.collectionDay}`) },
        { key: t('mandate.monthlyAmount'), value: formatMoney(mandate.monthlyAmount, i18n.language) },
        { key: t('mandate.firstCollection'), value: formatDate(mandate.firstCollection, i18n.language) },
      ]}
    />
  )
}
