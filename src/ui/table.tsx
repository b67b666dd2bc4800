import type { ReactNode } from 'react'

export interface TableCell {
  content: ReactNode
  /** Amounts line up on the right, so their digits can be compared down the column. */
  numeric?: boolean
  className?: string
}

export interface TableRow {
  key: string
  cells: TableCell[]
}

function cellClass(base: string, cell: TableCell) {
  return [base, cell.numeric ? `${base}--numeric` : '', cell.className ?? ''].filter(Boolean).join(' ')
}

/** A GOV.UK table. `firstCellIsHeader` makes each row's first cell name its row to a screen reader. */
export function Table({
  caption,
  captionSize,
  captionHidden = false,
  head,
  rows,
  firstCellIsHeader = false,
}: {
  caption?: ReactNode
  captionSize?: 's' | 'm' | 'l' | 'xl'
  /** For a table whose heading already says what it is: the caption is then for screen readers only. */
  captionHidden?: boolean
  head: TableCell[]
  rows: TableRow[]
  firstCellIsHeader?: boolean
}) {
  const captionClass = [
    'govuk-table__caption',
    captionSize ? `govuk-table__caption--${captionSize}` : '',
    captionHidden ? 'govuk-visually-hidden' : '',
  ]
  return (
    <table className="govuk-table">
      {caption ? <caption className={captionClass.filter(Boolean).join(' ')}>{caption}</caption> : null}
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {head.map((cell, index) => (
            <th scope="col" className={cellClass('govuk-table__header', cell)} key={index}>
              {cell.content}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={row.key}>
            {row.cells.map((cell, index) =>
              firstCellIsHeader && index === 0 ? (
                <th scope="row" className={cellClass('govuk-table__header', cell)} key={index}>
                  {cell.content}
                </th>
              ) : (
                <td className={cellClass('govuk-table__cell', cell)} key={index}>
                  {cell.content}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
