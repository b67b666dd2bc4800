import { useEffect, useState } from 'react'
import { ErrorMessage } from './error-message'
import { Hint } from './hint'

/** How long typing must pause before the count is read out, as govuk-frontend waits, so each key is not announced. */
export const COUNT_ANNOUNCEMENT_PAUSE_MS = 1000

/**
 * The GOV.UK character count, as govuk-frontend's script leaves it: the box is described by a visually hidden
 * `description` of the limit; the count shown under it changes with each key but is hidden from screen readers, which
 * hear it from a polite live region once typing pauses. `countMessage` and `description` say it in the page's language.
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
  description,
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
  /** Read with the box whatever is in it, so it says only what the limit is: GOV.UK's "You can enter up to 200 characters". */
  description: string
  rows?: number
}) {
  const remaining = maxLength - value.length
  const over = remaining < 0
  const message = countMessage(remaining)
  const announced = useAnnouncedAfterPause(message)
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const descriptionId = `${id}-info`
  return (
    <div
      className={`govuk-form-group govuk-character-count${error ? ' govuk-form-group--error' : ''}`}
      data-module="govuk-character-count"
      data-maxlength={maxLength}
    >
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
        aria-describedby={[descriptionId, hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ')}
        onChange={(event) => onChange(event.target.value)}
      />
      <div id={descriptionId} className="govuk-hint govuk-character-count__message govuk-visually-hidden">
        {description}
      </div>
      <div
        className={`govuk-character-count__message govuk-character-count__status ${over ? 'govuk-error-message' : 'govuk-hint'}`}
        aria-hidden="true"
      >
        {message}
      </div>
      <div className="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite">
        {announced}
      </div>
    </div>
  )
}

/** The message as it was when it last stayed the same for a pause: a live region given it is not read at each key. */
function useAnnouncedAfterPause(message: string): string {
  const [announced, setAnnounced] = useState(message)
  useEffect(() => {
    if (message === announced) return
    const pause = setTimeout(() => setAnnounced(message), COUNT_ANNOUNCEMENT_PAUSE_MS)
    return () => clearTimeout(pause)
  }, [message, announced])
  return announced
}
