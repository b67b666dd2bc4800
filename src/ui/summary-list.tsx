import type { ReactNode } from 'react'
import { Link } from 'react-router'

/** "Change", with what it changes said to screen readers, which hear every row's link out of its row. */
export interface SummaryAction {
  to: string
  text: string
  visuallyHiddenText: ReactNode
}

export interface SummaryRow {
  key: ReactNode
  value: ReactNode
  actions?: SummaryAction[]
}

/** The space stays outside the hidden words: inside, some screen readers run the two words together. */
function ActionLink({ action }: { action: SummaryAction }) {
  return (
    <Link className="govuk-link" to={action.to}>
      {action.text} <span className="govuk-visually-hidden">{action.visuallyHiddenText}</span>
    </Link>
  )
}

/**
 * A row without an action keeps its value as wide as the others only when some rows have one, so the modifier
 * goes on such rows only then.
 */
export function SummaryList({ rows, noBorder = false, className }: { rows: SummaryRow[]; noBorder?: boolean; className?: string }) {
  const someHaveActions = rows.some((row) => row.actions?.length)
  return (
    <dl className={['govuk-summary-list', noBorder ? 'govuk-summary-list--no-border' : '', className ?? ''].filter(Boolean).join(' ')}>
      {rows.map((row, index) => (
        <div
          className={`govuk-summary-list__row${someHaveActions && !row.actions?.length ? ' govuk-summary-list__row--no-actions' : ''}`}
          key={index}
        >
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.actions?.length ? (
            <dd className="govuk-summary-list__actions">
              {row.actions.length === 1 ? (
                row.actions.map((action) => <ActionLink action={action} key={action.text} />)
              ) : (
                <ul className="govuk-summary-list__actions-list">
                  {row.actions.map((action) => (
                    <li className="govuk-summary-list__actions-list-item" key={action.text}>
                      <ActionLink action={action} />
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  )
}

export interface SummaryCardAction {
  to: string
  text: string
}

/** A card's actions are heard out of the card too, so each says which card it belongs to. */
export function SummaryCard({ title, children, actions = [] }: { title: ReactNode; children: ReactNode; actions?: SummaryCardAction[] }) {
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">{title}</h2>
        {actions.length > 0 ? (
          <ul className="govuk-summary-card__actions">
            {actions.map((action) => (
              <li className="govuk-summary-card__action" key={action.to}>
                <ActionLink action={{ ...action, visuallyHiddenText: typeof title === 'string' ? `(${title})` : <>({title})</> }} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </div>
  )
}
