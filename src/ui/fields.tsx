import { Fragment, type ChangeEvent, type ReactNode, type Ref } from 'react'
import { ErrorMessage } from './error-message'
import { Hint } from './hint'

function describedBy(...ids: (string | false | undefined)[]) {
  const joined = ids.filter(Boolean).join(' ')
  return joined || undefined
}

interface TextFieldProps {
  id: string
  name: string
  label: ReactNode
  hint?: ReactNode
  error?: string
  value: string
  onChange: (value: string) => void
  labelSize?: 's' | 'm'
}

export function Label({ htmlFor, size, children }: { htmlFor: string; size?: 's' | 'm' | 'l'; children: ReactNode }) {
  return (
    <label className={`govuk-label${size ? ` govuk-label--${size}` : ''}`} htmlFor={htmlFor}>
      {children}
    </label>
  )
}

/** Questions answered together, named by the legend; `describedBy` ties its hint and error to the group. */
export function Fieldset({
  legend,
  legendSize,
  describedBy,
  group = false,
  children,
}: {
  legend: ReactNode
  legendSize?: 's' | 'm' | 'l'
  describedBy?: string
  /** Fields that make one answer together, as a date's three boxes do, are a group to assistive technology. */
  group?: boolean
  children?: ReactNode
}) {
  return (
    <fieldset className="govuk-fieldset" role={group ? 'group' : undefined} aria-describedby={describedBy}>
      <legend className={`govuk-fieldset__legend${legendSize ? ` govuk-fieldset__legend--${legendSize}` : ''}`}>{legend}</legend>
      {children}
    </fieldset>
  )
}

/** The GOV.UK form group around one text field: label, hint and error message, tied to the field. */
function TextFieldFrame({
  id,
  label,
  labelSize = 's',
  hint,
  error,
  children,
}: Pick<TextFieldProps, 'id' | 'label' | 'labelSize' | 'hint' | 'error'> & {
  children: (describedById: string | undefined, hasError: boolean) => ReactNode
}) {
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <Label htmlFor={id} size={labelSize}>
        {label}
      </Label>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      {children(describedBy(hint ? hintId : undefined, error ? errorId : undefined), Boolean(error))}
    </div>
  )
}

interface TextInputProps extends TextFieldProps {
  type?: 'text' | 'email' | 'tel'
  autoComplete?: string
  inputMode?: 'text' | 'email' | 'tel' | 'numeric' | 'decimal'
  spellCheck?: boolean
  widthClass?: string
  /** A unit before the box, such as £: shown, but not read out, as the label already says it. */
  prefix?: string
  /** What Enter in this box does, where that is not sending the whole form: the button beside it, such as "Find address". */
  onEnter?: () => void
}

export function TextInput({
  id,
  name,
  label,
  labelSize,
  hint,
  error,
  value,
  onChange,
  type = 'text',
  autoComplete,
  inputMode,
  spellCheck,
  widthClass,
  prefix,
  onEnter,
}: TextInputProps) {
  return (
    <TextFieldFrame id={id} label={label} labelSize={labelSize} hint={hint} error={error}>
      {(describedById, hasError) => {
        const input = (
          <input
            className={`govuk-input${widthClass ? ` ${widthClass}` : ''}${hasError ? ' govuk-input--error' : ''}`}
            id={id}
            name={name}
            type={type}
            value={value}
            autoComplete={autoComplete}
            inputMode={inputMode}
            spellCheck={spellCheck}
            aria-describedby={describedById}
            onChange={(event) => onChange(event.target.value)}
            onKeyDown={
              onEnter
                ? (event) => {
                    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
                    event.preventDefault()
                    onEnter()
                  }
                : undefined
            }
          />
        )
        return prefix ? (
          <div className="govuk-input__wrapper">
            <div className="govuk-input__prefix" aria-hidden="true">
              {prefix}
            </div>
            {input}
          </div>
        ) : (
          input
        )
      }}
    </TextFieldFrame>
  )
}

export function Textarea({
  id,
  name,
  label,
  hint,
  error,
  value,
  onChange,
  rows = 5,
  autoComplete,
}: TextFieldProps & { rows?: number; autoComplete?: string }) {
  return (
    <TextFieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedById, hasError) => (
        <textarea
          className={`govuk-textarea${hasError ? ' govuk-textarea--error' : ''}`}
          id={id}
          name={name}
          rows={rows}
          value={value}
          autoComplete={autoComplete}
          aria-describedby={describedById}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </TextFieldFrame>
  )
}

/**
 * `children` come after the box, inside its form group: what was chosen, and the words said while it is read.
 * `ref` lets the page put focus back on the box after a file is removed.
 */
export function FileUpload({
  id,
  name,
  label,
  hint,
  error,
  accept,
  multiple,
  hidden,
  disabled,
  onChange,
  ref,
  children,
}: Pick<TextFieldProps, 'id' | 'name' | 'label' | 'hint' | 'error'> & {
  accept?: string
  multiple?: boolean
  hidden?: boolean
  disabled?: boolean
  onChange: (event: ChangeEvent<HTMLInputElement>) => void
  ref?: Ref<HTMLInputElement>
  children?: ReactNode
}) {
  return (
    <TextFieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedById, hasError) => (
        <>
          <input
            ref={ref}
            className={`govuk-file-upload${hasError ? ' govuk-file-upload--error' : ''}`}
            id={id}
            name={name}
            type="file"
            accept={accept}
            multiple={multiple}
            hidden={hidden}
            disabled={disabled}
            aria-describedby={describedById}
            onChange={onChange}
          />
          {children}
        </>
      )}
    </TextFieldFrame>
  )
}

interface Choice {
  value: string
  label: ReactNode
  hint?: ReactNode
  /** A question shown under this radio only while it is chosen: GOV.UK's conditional reveal. */
  conditional?: ReactNode
}

interface ChoicesProps {
  /** Also the id of the first input, so the error summary can link to it. */
  id: string
  name: string
  legend: ReactNode
  legendSize?: 's' | 'm' | 'l'
  hint?: ReactNode
  error?: string
  choices: Choice[]
}

interface RadiosProps extends ChoicesProps {
  value: string | null
  onChange: (value: string) => void
  inline?: boolean
}

interface CheckboxesProps extends ChoicesProps {
  values: string[]
  onChange: (values: string[]) => void
}

function ChoiceFieldset({
  id,
  legend,
  legendSize = 'm',
  hint,
  error,
  children,
}: Omit<ChoicesProps, 'choices' | 'name'> & { children: ReactNode }) {
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <Fieldset legend={legend} legendSize={legendSize} describedBy={describedBy(hint ? hintId : undefined, error ? errorId : undefined)}>
        {hint ? <Hint id={hintId}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        {children}
      </Fieldset>
    </div>
  )
}

export function Radios({ id, name, value, onChange, choices, inline, ...fieldset }: RadiosProps) {
  return (
    <ChoiceFieldset id={id} {...fieldset}>
      <div className={`govuk-radios${inline ? ' govuk-radios--inline' : ''}`} data-module="govuk-radios">
        {choices.map((choice, index) => {
          const inputId = index === 0 ? id : `${id}-${index + 1}`
          const conditionalId = `${inputId}-conditional`
          return (
            <Fragment key={choice.value}>
              <div className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={inputId}
                  name={name}
                  type="radio"
                  value={choice.value}
                  checked={value === choice.value}
                  aria-describedby={choice.hint ? `${inputId}-item-hint` : undefined}
                  aria-controls={choice.conditional ? conditionalId : undefined}
                  onChange={() => onChange(choice.value)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={inputId}>
                  {choice.label}
                </label>
                {choice.hint ? (
                  <Hint id={`${inputId}-item-hint`} className="govuk-radios__hint">
                    {choice.hint}
                  </Hint>
                ) : null}
              </div>
              {choice.conditional ? (
                <div
                  className={`govuk-radios__conditional${value === choice.value ? '' : ' govuk-radios__conditional--hidden'}`}
                  id={conditionalId}
                >
                  {value === choice.value ? choice.conditional : null}
                </div>
              ) : null}
            </Fragment>
          )
        })}
      </div>
    </ChoiceFieldset>
  )
}

export function Checkboxes({ id, name, values, onChange, choices, ...fieldset }: CheckboxesProps) {
  return (
    <ChoiceFieldset id={id} {...fieldset}>
      <div className="govuk-checkboxes" data-module="govuk-checkboxes">
        {choices.map((choice, index) => {
          const inputId = index === 0 ? id : `${id}-${index + 1}`
          const checked = values.includes(choice.value)
          return (
            <div className="govuk-checkboxes__item" key={choice.value}>
              <input
                className="govuk-checkboxes__input"
                id={inputId}
                name={name}
                type="checkbox"
                value={choice.value}
                checked={checked}
                onChange={() => onChange(checked ? values.filter((item) => item !== choice.value) : [...values, choice.value])}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={inputId}>
                {choice.label}
              </label>
            </div>
          )
        })}
      </div>
    </ChoiceFieldset>
  )
}

/** GOV.UK select: only for a long list of choices a person knows by name, such as a language. */
export function Select({
  id,
  name,
  label,
  hint,
  error,
  value,
  onChange,
  options,
}: TextFieldProps & { options: { value: string; label: string; lang?: string; dir?: 'ltr' | 'rtl' }[] }) {
  return (
    <TextFieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedById, hasError) => (
        <select
          className={`govuk-select${hasError ? ' govuk-select--error' : ''}`}
          id={id}
          name={name}
          value={value}
          aria-describedby={describedById}
          onChange={(event) => onChange(event.target.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang} dir={option.dir}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </TextFieldFrame>
  )
}
