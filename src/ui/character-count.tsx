import { ErrorMessage } from './error-message'
import { Hint } from './hint'

/**
 * The GOV.UK character count: a textarea that says how many characters are left, or how many too many, in a polite
 * live region. `countMessage` says it in the page's language.
 */
export function CharacterCount({
  id,
  name,
  label,
  hint,
  error,
  value,
  onChange,
  maxLength,
  countMessage,
  rows = 5,
}: {
  id: string
  name: string
  label: string
  hint?: string
  error?: string
  value: string
  onChange: (value: string) => void
  maxLength: number
  countMessage: (remaining: number) => string
  rows?: number
}) {
  const remaining = maxLength - value.length
  const over = remaining < 0
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const countId = `${id}-info`
  return (
    <div className={`govuk-form-group govuk-character-count${error ? ' govuk-form-group--error' : ''}`} data-module="govuk-character-count">
      <label className="govuk-label govuk-label--m" htmlFor={id}>
        {label}
      </label>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <textarea
        className={`govuk-textarea govuk-js-character-count${error || over ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={name}
        rows={rows}
        value={value}
        autoComplete="off"
        aria-describedby={[hint ? hintId : '', error ? errorId : '', countId].filter(Boolean).join(' ')}
        onChange={(event) => onChange(event.target.value)}
      />
      <div id={countId} className={`govuk-character-count__message ${over ? 'govuk-error-message' : 'govuk-hint'}`} aria-live="polite">
        {countMessage(remaining)}
      </div>
    </div>
  )
}
