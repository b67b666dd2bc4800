import { useCancelDirectDebit, useSetUpDirectDebit, type DirectDebitAccount } from '#src/direct-debit/direct-debit-queries'
import { rentAccountKey, rentDirectDebitKey } from './housing-queries'

const rent: DirectDebitAccount = {
  setUpKind: 'rent-direct-debit',
  cancelKind: 'cancel-rent-direct-debit',
  mandateKey: rentDirectDebitKey,
  accountKey: rentAccountKey,
}

export const useSetUpRentDirectDebit = () => useSetUpDirectDebit(rent)
export const useCancelRentDirectDebit = () => useCancelDirectDebit(rent)
