import type { ReactNode } from 'react'

export function NotificationBanner({ title, children, success }: { title: ReactNode; children: ReactNode; success?: boolean }) {
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby="notification-banner-title"
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="notification-banner-title">
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  )
}
