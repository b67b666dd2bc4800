import { z } from 'zod'
import { isoDate, isoDateTime, pence } from './common'

/** Bacs allows 18 characters for the account name on a Direct Debit instruction. */
export const LONGEST_ACCOUNT_HOLDER = 18
/** Days of the month a council collects on: early enough in the month for every month to have them. */
export const collectionDays = [1, 8, 15, 22] as const

/** Six digits, as a sort code is written without its dashes or spaces. */
export const sortCode = z.string().regex(/^\d{6}$/)
/** Eight digits: a shorter number is padded with leading zeros on the device before it is sent, as banks do. */
export const accountNumber = z.string().regex(/^\d{8}$/)

/**
 * A Direct Debit instruction as the council's gateway keeps it: the account number is never sent back whole.
 * GOV.UK Pay does not take Direct Debits, so the council's own Bacs service user number collects them.
 */
export const directDebitMandate = z
  .object({
    reference: z.string(),
    status: z.enum(['active', 'cancelled']),
    accountHolder: z.string(),
    sortCode,
    accountNumberEnding: z.string().regex(/^\d{4}$/),
    collectionDay: z.int().min(1).max(28),
    /** What each monthly collection takes, as the account stands. */
    monthlyAmount: pence,
    firstCollection: isoDate,
    createdAt: isoDateTime,
    cancelledAt: isoDateTime.nullable(),
  })
  .meta({ id: 'DirectDebitMandate' })
export type DirectDebitMandate = z.infer<typeof directDebitMandate>

/** The person's current instruction, or null when they have none. */
export const directDebitStatus = z.object({ mandate: directDebitMandate.nullable() }).meta({ id: 'DirectDebitStatus' })

export const newDirectDebit = z
  .object({
    accountHolder: z.string().min(1).max(LONGEST_ACCOUNT_HOLDER),
    sortCode,
    accountNumber,
    collectionDay: z.union(collectionDays.map((day) => z.literal(day))),
    /** The Direct Debit Guarantee asks that only the account holder, alone, can set one up. */
    onlyPersonToAuthorise: z.literal(true),
  })
  .meta({ id: 'NewDirectDebit' })
export type NewDirectDebit = z.infer<typeof newDirectDebit>

/** The problem type of a 422 when the sort code and account number do not go together by the banks' modulus rules. */
export const accountNotValidCode = 'accountNumber.modulus'
