import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export function WarningText({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{t('warning')}</span>
        {children}
      </strong>
    </div>
  )
}
