import { describe, expect, it } from 'vitest'
import { csvField, plainMoney, statementCsv } from './statement-csv'

const columns = { date: 'Date', description: 'Description', charged: 'Charged', paid: 'Paid', balance: 'Balance' }

describe('A rent statement as CSV', () => {
  it('writes money as plain numbers, dates as ISO, and a CRLF after every record', () => {
    const csv = statementCsv(
      [
        { date: '2026-03-02', kind: 'charge', description: 'Rent and charges', amount: 14862, balanceAfter: 18642 },
        { date: '2026-03-05', kind: 'housing_benefit', description: 'Housing Benefit', amount: -9350, balanceAfter: 9292 },
        { date: '2026-03-06', kind: 'adjustment', description: 'Refund', amount: -10000, balanceAfter: -708 },
      ],
      columns,
    )
    expect(csv).toBe(
      'Date,Description,Charged,Paid,Balance\r\n' +
        '2026-03-02,Rent and charges,148.62,,186.42\r\n' +
        '2026-03-05,Housing Benefit,,93.50,92.92\r\n' +
        '2026-03-06,Refund,,100.00,-7.08\r\n',
    )
  })

  it('quotes fields with commas, quotes or line breaks, doubling the quotes (RFC 4180)', () => {
    expect(csvField('Rent, and "extras"')).toBe('"Rent, and ""extras"""')
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"')
    expect(csvField('plain')).toBe('plain')
    expect(statementCsv([], { ...columns, description: 'What, exactly' })).toBe('Date,"What, exactly",Charged,Paid,Balance\r\n')
  })

  it('keeps pence exact', () => {
    expect(plainMoney(5)).toBe('0.05')
    expect(plainMoney(-1)).toBe('-0.01')
    expect(plainMoney(100000)).toBe('1000.00')
  })
})
