import { useId, type ReactNode } from 'react'

/** Each banner's title has an id of its own: an update waiting and a comment added can be on one page together. */
export function NotificationBanner({ title, children, success }: { title: ReactNode; children: ReactNode; success?: boolean }) {
  const titleId = useId()
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  )
}
