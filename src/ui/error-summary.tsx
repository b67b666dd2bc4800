import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useTellPageErrorsAreShown } from './page'

export interface FieldError {
  /** The id of the input to jump to; none for a problem that belongs to no one field. */
  href?: string
  text: string
}

/** GOV.UK error summary: takes focus when shown, and each error links to its field. */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const { t } = useTranslation()
  const summary = useRef<HTMLDivElement>(null)
  const shown = errors.map((error) => `${error.href ?? ''}:${error.text}`).join('|')

  useEffect(() => {
    if (shown) summary.current?.focus()
  }, [shown])
  useTellPageErrorsAreShown(errors.length > 0)

  if (errors.length === 0) return null
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={summary} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{t('errors.summaryTitle')}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.href ?? ''}:${error.text}`}>{error.href ? <FieldLink id={error.href} text={error.text} /> : error.text}</li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  )
}

function FieldLink({ id, text }: { id: string; text: string }) {
  return (
    <a
      href={`#${id}`}
      onClick={(event) => {
        event.preventDefault()
        const field = document.getElementById(id)
        field?.focus()
        field?.scrollIntoView({ block: 'center' })
      }}
    >
      {text}
    </a>
  )
}
