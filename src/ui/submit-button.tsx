import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from './button'

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
      <Button look={secondary ? 'secondary' : 'primary'} disabled={sending || disabled}>
        {children}
      </Button>
      <div role="status">{sending ? <p className="govuk-body">{t('stillSending')}</p> : null}</div>
    </>
  )
}
