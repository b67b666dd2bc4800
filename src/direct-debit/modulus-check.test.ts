import { describe, expect, test } from 'vitest'
import { bankDetailsAsBanksSendThem, checkBankDetails, noBankDetails } from './bank-details'
import { sortCodeAndAccountNumberGoTogether } from './modulus-check'

// Vocalink's published test cases ("Validating account numbers", appendix), with the rule each one tries.
const valid: [string, string, string][] = [
  ['089999', '66374958', 'modulus 10 and modulus 11'],
  ['107999', '88837491', 'modulus 11 and double alternate'],
  ['202959', '63748472', 'modulus 11 and double alternate'],
  ['871427', '46238510', 'exceptions 10 and 11: first check passes'],
  ['872427', '46238510', 'exceptions 10 and 11: first check passes'],
  ['871427', '09123496', 'exception 10: ab is 09 and g is 9'],
  ['871427', '99123496', 'exception 10: ab is 99 and g is 9'],
  ['820000', '73688637', 'exception 3: c is 6 or 9, double alternate not made'],
  ['827999', '73988638', 'exception 3'],
  ['827101', '28748352', 'exception 3: double alternate made'],
  ['134020', '63849203', 'exception 4'],
  ['118765', '64371389', 'exception 1'],
  ['200915', '41011166', 'exception 6: foreign currency account'],
  ['938611', '07806039', 'exception 5'],
  ['938600', '42368003', 'exception 5: remainder 0, check digit 0'],
  ['938063', '55065200', 'exception 5: sort code substituted'],
  ['772798', '99345694', 'exception 7'],
  ['086090', '06774744', 'exception 8'],
  ['309070', '02355688', 'exceptions 2 and 9: first check passes'],
  ['309070', '12345668', 'exceptions 2 and 9: second check passes'],
  ['309070', '12345677', 'exceptions 2 and 9'],
  ['309070', '99345694', 'exceptions 2 and 9'],
  ['074456', '12345112', 'exceptions 12 and 13'],
  ['070116', '34012583', 'exceptions 12 and 13'],
  ['074456', '11104102', 'exceptions 12 and 13'],
  ['180002', '00000190', 'exception 14'],
]
const invalid: [string, string, string][] = [
  ['938063', '15764273', 'exception 5: first check fails'],
  ['938063', '15764264', 'exception 5: second check fails'],
  ['938063', '15763217', 'exception 5: remainder 1'],
  ['118765', '64371388', 'exception 1'],
  ['203099', '66831036', 'first check fails'],
  ['203099', '58716970', 'second check fails'],
  ['089999', '66374959', 'modulus 10 and modulus 11 fail'],
  ['107999', '88837493', 'modulus 11 and double alternate fail'],
]

describe("the banks' modulus check", () => {
  test.each(valid)('%s %s go together (%s)', (sortCode, accountNumber) => {
    expect(sortCodeAndAccountNumberGoTogether(sortCode, accountNumber)).toBe(true)
  })

  test.each(invalid)('%s %s do not go together (%s)', (sortCode, accountNumber) => {
    expect(sortCodeAndAccountNumberGoTogether(sortCode, accountNumber)).toBe(false)
  })

  test('a sort code the table does not cover is taken as it is', () => {
    expect(sortCodeAndAccountNumberGoTogether('000000', '12345678')).toBe(true)
  })

  test('only 6 and 8 digits are checked', () => {
    expect(sortCodeAndAccountNumberGoTogether('08999', '66374958')).toBe(false)
    expect(sortCodeAndAccountNumberGoTogether('089999', '6637495')).toBe(false)
  })
})

describe('sort codes and account numbers as people type them', () => {
  test.each([
    ['08-99-99', '66374958', '089999', '66374958'],
    ['08 99 99', '6637 4958', '089999', '66374958'],
    ['309070', '2355688', '309070', '02355688'],
    ['309070', '355688', '309070', '00355688'],
    ['090128', '123456789', '090121', '23456789'],
    ['601613', '0012345678', '601613', '12345678'],
    ['089300', '1234567800', '089300', '12345678'],
  ])('%j and %j are sent as %s %s', (typedSortCode, typedAccountNumber, sortCode, accountNumber) => {
    expect(bankDetailsAsBanksSendThem(typedSortCode, typedAccountNumber)).toEqual({ sortCode, accountNumber })
  })

  test.each([
    ['3094', '12345678'],
    ['309457', '12345'],
    ['309457', '12345678901'],
    ['30a457', '12345678'],
  ])('%j and %j cannot be sent', (typedSortCode, typedAccountNumber) => {
    expect(bankDetailsAsBanksSendThem(typedSortCode, typedAccountNumber)).toBeNull()
  })
})

describe('checking the bank details form', () => {
  const filled = {
    accountHolder: 'P Okafor',
    sortCode: '08-99-99',
    accountNumber: '66374958',
    collectionDay: '8',
    onlyPersonToAuthorise: true,
  }

  test('says what is missing, in the words each field has', async () => {
    const checked = await checkBankDetails(noBankDetails)
    expect(checked).toEqual({
      errors: {
        accountHolder: { key: 'direct-debit:errors.accountHolder.missing' },
        sortCode: { key: 'direct-debit:errors.sortCode.missing' },
        accountNumber: { key: 'direct-debit:errors.accountNumber.missing' },
        collectionDay: { key: 'direct-debit:errors.collectionDay.missing' },
        onlyPersonToAuthorise: { key: 'direct-debit:errors.onlyPersonToAuthorise.missing' },
      },
    })
  })

  test('a sort code that is not 6 digits, an account number of the wrong length, a name too long for Bacs', async () => {
    const checked = await checkBankDetails({ ...filled, accountHolder: 'Precious Adaeze Okafor', sortCode: '30-94', accountNumber: '1234' })
    expect(checked).toEqual({
      errors: {
        accountHolder: { key: 'direct-debit:errors.accountHolder.tooLong', values: { most: 18 } },
        sortCode: { key: 'direct-debit:errors.sortCode.format' },
        accountNumber: { key: 'direct-debit:errors.accountNumber.length' },
      },
    })
  })

  test('a sort code and account number that fail the modulus check are said on the account number', async () => {
    expect(await checkBankDetails({ ...filled, accountNumber: '66374959' })).toEqual({
      errors: { accountNumber: { key: 'direct-debit:errors.accountNumber.modulus' } },
    })
  })

  test('details that pass become the instruction to send', async () => {
    expect(await checkBankDetails({ ...filled, accountHolder: '  P Okafor ' })).toEqual({
      instruction: {
        accountHolder: 'P Okafor',
        sortCode: '089999',
        accountNumber: '66374958',
        collectionDay: 8,
        onlyPersonToAuthorise: true,
      },
    })
  })
})
