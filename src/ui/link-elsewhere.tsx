import type { ReactNode } from 'react'
import { isKioskDevice } from '#src/device/device-settings'

/**
 * A link that leaves the app: another website, an email address or a phone number. On a kiosk it is plain text,
 * as nothing there may take a person out of the app, and a website's address is written out so they can note it.
 */
export function LinkElsewhere({
  href,
  className = 'govuk-link',
  dir,
  children,
}: {
  href: string
  className?: string
  dir?: 'ltr'
  children?: ReactNode
}) {
  if (isKioskDevice()) {
    const website = /^https?:/.test(href) ? new URL(href).hostname.replace(/^www\./, '') : null
    // Only what shapes the words stays, such as keeping a number whole or breaking a long address.
    const kept = className.split(' ').filter((name) => name === 'app-phone-number' || name === 'govuk-!-text-break-word')
    return (
      <span className={kept.length > 0 ? kept.join(' ') : undefined} dir={dir}>
        {children}
        {website ? <span dir="ltr"> ({website})</span> : null}
      </span>
    )
  }
  return (
    <a className={className} href={href} dir={dir}>
      {children}
    </a>
  )
}
