import type { RentTransaction } from '#src/gateway/contract/housing'

/** The column names, in the page's language. */
export interface StatementColumns {
  date: string
  description: string
  charged: string
  paid: string
  balance: string
}

/** A field quoted when it holds a comma, a quote or a line break, with quotes doubled (RFC 4180, 2.6 and 2.7). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** Pence as a plain number a spreadsheet reads: 14862 is 148.62, -9350 is -93.50. */
export function plainMoney(pence: number): string {
  const sign = pence < 0 ? '-' : ''
  const whole = Math.abs(pence)
  return `${sign}${Math.floor(whole / 100)}.${String(whole % 100).padStart(2, '0')}`
}

/**
 * A statement as CSV (RFC 4180: CRLF after every record), one row for each transaction shown: money in the
 * "paid" column, charges in "charged", and the balance after it, positive when owed.
 */
export function statementCsv(transactions: RentTransaction[], columns: StatementColumns): string {
  const header = [columns.date, columns.description, columns.charged, columns.paid, columns.balance]
  const rows = transactions.map((entry) => [
    entry.date,
    entry.description,
    entry.amount > 0 ? plainMoney(entry.amount) : '',
    entry.amount < 0 ? plainMoney(-entry.amount) : '',
    plainMoney(entry.balanceAfter),
  ])
  return [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('')
}

/** Saves the statement through the browser's own download, from memory, so nothing of it goes in a URL. */
export function downloadStatementCsv(csv: string, fileName: string) {
  const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' })
  const address = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = address
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // The click has handed the file to the browser; the address is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(address), 0)
}
