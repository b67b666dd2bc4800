import { useRef } from 'react'
import { ErrorMessage } from './error-message'
import { Fieldset } from './fields'
import { Hint } from './hint'

export interface DateParts {
  day: string
  month: string
  year: string
}

export type DatePart = keyof DateParts

const parts: DatePart[] = ['day', 'month', 'year']

/**
 * The GOV.UK date input: three boxes in one group, with GOV.UK's ids: `id` is the boxes' container and each box is
 * `${id}-day`, `${id}-month` or `${id}-year`. An error summary links to the first box the error is about, or to `id`:
 * the container passes focus on to that box. `wrongParts` marks only the boxes the error is about, as the pattern asks.
 * Each box's name starts with `id`, as GOV.UK's `namePrefix` makes it, so two dates on one page do not share names.
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
  const boxes = useRef<Partial<Record<DatePart, HTMLInputElement | null>>>({})
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined
  const isWrong = (part: DatePart) => Boolean(error) && wrongParts.includes(part)
  const firstToFix = parts.find(isWrong) ?? 'day'
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <Fieldset legend={legend} legendSize={legendSize} describedBy={describedBy} group>
        {hint ? <Hint id={hintId}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- not a control: focus sent to the date as a whole, by a link to `#${id}`, goes on to the box to fix */}
        <div
          className="govuk-date-input"
          id={id}
          tabIndex={-1}
          onFocus={(event) => {
            if (event.target === event.currentTarget) boxes.current[firstToFix]?.focus()
          }}
        >
          {parts.map((part) => {
            const inputId = `${id}-${part}`
            return (
              <div className="govuk-date-input__item" key={part}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={inputId}>
                    {labels[part]}
                  </label>
                  <input
                    ref={(input) => {
                      boxes.current[part] = input
                    }}
                    className={`govuk-input govuk-date-input__input govuk-input--width-${part === 'year' ? 4 : 2}${isWrong(part) ? ' govuk-input--error' : ''}`}
                    id={inputId}
                    name={inputId}
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
