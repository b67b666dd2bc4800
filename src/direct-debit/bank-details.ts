import { collectionDays, LONGEST_ACCOUNT_HOLDER, type NewDirectDebit } from '#src/gateway/contract/direct-debit'
import { meaningfulText } from '#src/ui/typed-text'
import { said, type Said } from '#src/ui/said'

/** What the person typed, exactly as typed: kept in the page's memory only, never on the device. */
export interface TypedBankDetails {
  accountHolder: string
  sortCode: string
  accountNumber: string
  collectionDay: string
  onlyPersonToAuthorise: boolean
}

export const noBankDetails: TypedBankDetails = {
  accountHolder: '',
  sortCode: '',
  accountNumber: '',
  collectionDay: '',
  onlyPersonToAuthorise: false,
}

/** The fields in the order the form shows them; each is also its input's id. */
export const bankDetailsFields = ['accountHolder', 'sortCode', 'accountNumber', 'collectionDay', 'onlyPersonToAuthorise'] as const
export type BankDetailsField = (typeof bankDetailsFields)[number]
export type BankDetailsErrors = Partial<Record<BankDetailsField, Said>>

const digitsOnly = (typed: string) => typed.replace(/[\s\-–.]/g, '')

/**
 * A sort code and account number as Bacs takes them: 6 and 8 digits. Banks give account numbers of 6 to 10 digits;
 * Vocalink's rules say how each becomes 8: shorter ones take leading zeros, a Santander 9-digit number gives its first
 * digit to the end of the sort code, a Co-operative Bank 10-digit number (sort codes 08) keeps its first 8 digits and
 * any other 10-digit number (NatWest, Nationwide) its last 8.
 */
export function bankDetailsAsBanksSendThem(
  typedSortCode: string,
  typedAccountNumber: string,
): { sortCode: string; accountNumber: string } | null {
  const sortCode = digitsOnly(typedSortCode)
  const accountNumber = digitsOnly(typedAccountNumber)
  if (!/^\d{6}$/.test(sortCode) || !/^\d{6,10}$/.test(accountNumber)) return null
  if (accountNumber.length <= 8) return { sortCode, accountNumber: accountNumber.padStart(8, '0') }
  if (accountNumber.length === 9) return { sortCode: `${sortCode.slice(0, 5)}${accountNumber[0]}`, accountNumber: accountNumber.slice(1) }
  return { sortCode, accountNumber: sortCode.startsWith('08') ? accountNumber.slice(0, 8) : accountNumber.slice(2) }
}

/** 30-94-57, as a sort code is printed on a card or a statement. */
export const sortCodeAsPrinted = (sortCode: string) => sortCode.replace(/^(\d{2})(\d{2})(\d{2})$/, '$1-$2-$3')

/**
 * Everything that can be checked without the weight table. The form checks the modulus rules next, with
 * `checkBankDetails`, once this finds nothing.
 */
export function problemsWithBankDetails(typed: TypedBankDetails): BankDetailsErrors {
  const errors: BankDetailsErrors = {}
  const name = meaningfulText(typed.accountHolder)
  if (!name) errors.accountHolder = said('direct-debit:errors.accountHolder.missing')
  else if (name.length > LONGEST_ACCOUNT_HOLDER)
    errors.accountHolder = said('direct-debit:errors.accountHolder.tooLong', { most: LONGEST_ACCOUNT_HOLDER })

  const sortCode = digitsOnly(typed.sortCode)
  if (!sortCode) errors.sortCode = said('direct-debit:errors.sortCode.missing')
  else if (!/^\d{6}$/.test(sortCode)) errors.sortCode = said('direct-debit:errors.sortCode.format')

  const accountNumber = digitsOnly(typed.accountNumber)
  if (!accountNumber) errors.accountNumber = said('direct-debit:errors.accountNumber.missing')
  else if (!/^\d+$/.test(accountNumber)) errors.accountNumber = said('direct-debit:errors.accountNumber.format')
  else if (accountNumber.length < 6 || accountNumber.length > 10) errors.accountNumber = said('direct-debit:errors.accountNumber.length')

  if (!collectionDays.some((day) => String(day) === typed.collectionDay))
    errors.collectionDay = said('direct-debit:errors.collectionDay.missing')
  if (!typed.onlyPersonToAuthorise) errors.onlyPersonToAuthorise = said('direct-debit:errors.onlyPersonToAuthorise.missing')
  return errors
}

/**
 * Checks the details in full, the modulus rules last: the weight table is fetched only now, so it never weighs on the
 * app's first load. Gives the instruction to send, or the errors to show.
 */
export async function checkBankDetails(typed: TypedBankDetails): Promise<{ instruction: NewDirectDebit } | { errors: BankDetailsErrors }> {
  const errors = problemsWithBankDetails(typed)
  const details = bankDetailsAsBanksSendThem(typed.sortCode, typed.accountNumber)
  if (Object.keys(errors).length === 0 && details) {
    const { sortCodeAndAccountNumberGoTogether } = await import('./modulus-check')
    if (!sortCodeAndAccountNumberGoTogether(details.sortCode, details.accountNumber)) {
      errors.accountNumber = said('direct-debit:errors.accountNumber.modulus')
    }
  }
  if (Object.keys(errors).length > 0 || !details) return { errors }
  return {
    instruction: {
      accountHolder: meaningfulText(typed.accountHolder),
      sortCode: details.sortCode,
      accountNumber: details.accountNumber,
      collectionDay: Number(typed.collectionDay) as NewDirectDebit['collectionDay'],
      onlyPersonToAuthorise: true,
    },
  }
}
