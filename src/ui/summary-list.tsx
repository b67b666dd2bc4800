import type { ReactNode } from 'react'

export interface SummaryRow {
  key: ReactNode
  value: ReactNode
  action?: ReactNode
}

export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="govuk-summary-list">
      {rows.map((row, index) => (
        <div className={`govuk-summary-list__row${row.action ? '' : ' govuk-summary-list__row--no-actions'}`} key={index}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.action ? <dd className="govuk-summary-list__actions">{row.action}</dd> : null}
        </div>
      ))}
    </dl>
  )
}

export function SummaryCard({ title, children, actions }: { title: ReactNode; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">{title}</h2>
        {actions ? <div className="govuk-summary-card__actions">{actions}</div> : null}
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </section>
  )
}
