import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A form's button. While the answer is awaited it cannot be pressed again, and the page says it is
 * still sending: on a slow connection that can take a while, and a still button looks broken.
 */
export function SubmitButton({
  sending,
  disabled = false,
  secondary = false,
  children,
}: {
  sending: boolean
  disabled?: boolean
  secondary?: boolean
  children: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <>
      <button type="submit" className={`govuk-button${secondary ? ' govuk-button--secondary' : ''}`} disabled={sending || disabled}>
        {children}
      </button>
      <div role="status">{sending ? <p className="govuk-body">{t('stillSending')}</p> : null}</div>
    </>
  )
}
