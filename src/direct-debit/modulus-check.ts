import { sortCodeSubstitutes, weightTable } from './modulus-weights'

/**
 * The banks' modulus check (Vocalink's "Validating account numbers", the standard, double alternate and exception
 * rules): whether a sort code and an 8-digit account number can go together. It cannot say an account exists, only
 * catch a mistyped digit. This module carries the weight table, so the app loads it only on the bank details step.
 */

type Method = 'MOD10' | 'MOD11' | 'DBLAL'

interface Check {
  method: Method
  weights: number[]
  exception: number | null
}

let checksBySortCode: { from: number; to: number; check: Check }[] | null = null

function rows() {
  checksBySortCode ??= weightTable
    .trim()
    .split('\n')
    .map((line) => {
      const [from, to, method, ...rest] = line.split(' ')
      const numbers = rest.map(Number)
      return {
        from: Number(from),
        to: Number(to),
        check: { method: method as Method, weights: numbers.slice(0, 14), exception: numbers[14] ?? null },
      }
    })
  return checksBySortCode
}

/** The one or two checks for a sort code, in the table's order; none when the table does not cover it. */
function checksFor(sortCode: string): Check[] {
  const number = Number(sortCode)
  return rows()
    .filter((row) => number >= row.from && number <= row.to)
    .slice(0, 2)
    .map((row) => row.check)
}

// Positions in the 14 digits of sort code and account number, as the rules name them: u v w x y z a b c d e f g h.
const a = 6
const b = 7
const c = 8
const g = 12
const h = 13

/** Every position is there: the digits are always the 14 of a sort code and an 8-digit account number. */
const at = (digits: number[], position: number) => digits[position] ?? 0

const zeroUpToB = (weights: number[]) => weights.map((weight, index) => (index <= b ? 0 : weight))

function weightsFor(check: Check, digits: number[]): number[] {
  if (check.exception === 2 && at(digits, a) !== 0) {
    return at(digits, g) === 9 ? [0, 0, 0, 0, 0, 0, 0, 0, 8, 7, 10, 9, 3, 1] : [0, 0, 1, 2, 5, 3, 6, 4, 8, 7, 10, 9, 3, 1]
  }
  if (check.exception === 7 && at(digits, g) === 9) return zeroUpToB(check.weights)
  if (
    check.exception === 10 &&
    ((at(digits, a) === 0 && at(digits, b) === 9) || (at(digits, a) === 9 && at(digits, b) === 9)) &&
    at(digits, g) === 9
  ) {
    return zeroUpToB(check.weights)
  }
  return check.weights
}

function sortCodeFor(check: Check, sortCode: string): string {
  if (check.exception === 5) return sortCodeSubstitutes[sortCode] ?? sortCode
  if (check.exception === 8) return '090126'
  if (check.exception === 9) return '309634'
  return sortCode
}

function passes(check: Check, sortCode: string, accountNumber: string): boolean {
  const digits = [...sortCodeFor(check, sortCode), ...accountNumber].map(Number)
  // Exception 6: a foreign currency account, which cannot be checked, so it stands.
  if (check.exception === 6 && at(digits, a) >= 4 && at(digits, a) <= 8 && at(digits, g) === at(digits, h)) return true
  // Exception 3: the double alternate check is not made when c is 6 or 9.
  if (check.exception === 3 && (at(digits, c) === 6 || at(digits, c) === 9)) return true

  const weights = weightsFor(check, digits)
  const products = digits.map((digit, index) => digit * at(weights, index))
  let total =
    check.method === 'DBLAL'
      ? products.reduce((sum, product) => sum + Math.floor(product / 10) + (product % 10), 0)
      : products.reduce((sum, product) => sum + product, 0)
  if (check.exception === 1) total += 27
  const remainder = total % (check.method === 'MOD11' ? 11 : 10)

  if (check.exception === 4) return remainder === at(digits, g) * 10 + at(digits, h)
  if (check.exception === 5 && check.method === 'MOD11') {
    if (remainder === 0) return at(digits, g) === 0
    if (remainder === 1) return false
    return 11 - remainder === at(digits, g)
  }
  if (check.exception === 5 && check.method === 'DBLAL') {
    if (remainder === 0) return at(digits, h) === 0
    return 10 - remainder === at(digits, h)
  }
  return remainder === 0
}

/** A sort code of 6 digits and an account number of 8 (see `bankDetailsAsBanksSendThem`): true when they can go together. */
export function sortCodeAndAccountNumberGoTogether(sortCode: string, accountNumber: string): boolean {
  if (!/^\d{6}$/.test(sortCode) || !/^\d{8}$/.test(accountNumber)) return false
  const [first, second] = checksFor(sortCode)
  // A sort code the table does not cover cannot be checked, and the rules say to take it as it is.
  if (!first) return true

  const firstPasses = passes(first, sortCode, accountNumber)
  // Exceptions 2 and 9, 10 and 11, 12 and 13: passing either check is enough.
  const eitherWillDo = first.exception !== null && [2, 9, 10, 11, 12, 13].includes(first.exception)
  if (firstPasses && (!second || eitherWillDo)) return true
  if (first.exception === 14 && !firstPasses) {
    // Exception 14: a Coutts account whose last digit is 0, 1 or 9 is checked again without it.
    if (![0, 1, 9].includes(Number(accountNumber[7]))) return false
    return passes(first, sortCode, `0${accountNumber.slice(0, 7)}`)
  }
  if (!second) return false
  if (eitherWillDo) return passes(second, sortCode, accountNumber)
  return firstPasses && passes(second, sortCode, accountNumber)
}
