import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** A field's error, said first by a screen reader as "Error:" so it is not mistaken for a hint. */
export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">{t('errors.prefix')}</span> {children}
    </p>
  )
}
