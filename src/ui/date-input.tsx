import { ErrorMessage } from './error-message'
import { Fieldset } from './fields'
import { Hint } from './hint'

export interface DateParts {
  day: string
  month: string
  year: string
}

export type DatePart = keyof DateParts

/**
 * The GOV.UK date input: three boxes in one group. `id` is also the day box's id, so the error summary can link to it;
 * `wrongParts` marks only the boxes the error is about, as the pattern asks.
 */
export function DateInput({
  id,
  legend,
  hint,
  error,
  wrongParts = ['day', 'month', 'year'],
  legendSize = 'm',
  labels,
  value,
  onChange,
}: {
  id: string
  legend: string
  legendSize?: 's' | 'm'
  hint?: string
  error?: string
  wrongParts?: DatePart[]
  labels: Record<DatePart, string>
  value: DateParts
  onChange: (value: DateParts) => void
}) {
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined
  const parts: DatePart[] = ['day', 'month', 'year']
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <Fieldset legend={legend} legendSize={legendSize} describedBy={describedBy} group>
        {hint ? <Hint id={hintId}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div className="govuk-date-input" id={`${id}-group`}>
          {parts.map((part) => {
            const inputId = part === 'day' ? id : `${id}-${part}`
            const wrong = Boolean(error) && wrongParts.includes(part)
            return (
              <div className="govuk-date-input__item" key={part}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={inputId}>
                    {labels[part]}
                  </label>
                  <input
                    className={`govuk-input govuk-date-input__input govuk-input--width-${part === 'year' ? 4 : 2}${wrong ? ' govuk-input--error' : ''}`}
                    id={inputId}
                    name={`${id}-${part}`}
                    type="text"
                    inputMode="numeric"
                    value={value[part]}
                    onChange={(event) => onChange({ ...value, [part]: event.target.value })}
                  />
                </div>
              </div>
            )
          })}
        </div>
      </Fieldset>
    </div>
  )
}
