import { useTranslation } from 'react-i18next'
import type { LetterCell, LetterPart } from '#src/gateway/contract/letters'
import { formatDate, formatMoney } from '#src/format/format'
import { GatewayWords } from '#src/ui/gateway-words'
import { Table } from '#src/ui/table'
import { TableContainer } from '#src/ui/table-container'

/**
 * A letter as proper HTML: its headings, paragraphs and tables of amounts. The words are the council's English,
 * marked so on a page in another language; money and dates are said in the page's language.
 */
export function LetterBody({ parts }: { parts: LetterPart[] }) {
  return (
    <div className="app-letter-body">
      {parts.map((part, index) => (
        <LetterPartView key={index} part={part} />
      ))}
    </div>
  )
}

function LetterPartView({ part }: { part: LetterPart }) {
  if (part.type === 'heading') {
    return (
      <h2 className="govuk-heading-m">
        <GatewayWords>{part.text}</GatewayWords>
      </h2>
    )
  }
  if (part.type === 'paragraph') {
    return (
      <GatewayWords as="p" className="govuk-body">
        {part.text}
      </GatewayWords>
    )
  }
  const rowHeaders = part.rows.every((row) => row[0] && !('money' in row[0]))
  return (
    <TableContainer label={part.caption}>
      <Table
        caption={<GatewayWords>{part.caption}</GatewayWords>}
        captionSize="s"
        firstCellIsHeader={rowHeaders}
        head={part.head.map((words, column) => ({
          content: <GatewayWords>{words}</GatewayWords>,
          numeric: part.rows.some((row) => row[column] && 'money' in row[column]),
        }))}
        rows={part.rows.map((row, index) => {
          const total = part.lastRowIsTotal && index === part.rows.length - 1 ? 'govuk-!-font-weight-bold' : undefined
          return {
            key: `${index}`,
            cells: row.map((cell) => ({ content: <CellView cell={cell} />, numeric: 'money' in cell, className: total })),
          }
        })}
      />
    </TableContainer>
  )
}

function CellView({ cell }: { cell: LetterCell }) {
  const { i18n } = useTranslation()
  if ('money' in cell) return formatMoney(cell.money, i18n.language)
  if ('date' in cell) return formatDate(cell.date, i18n.language)
  return <GatewayWords>{cell.text}</GatewayWords>
}
