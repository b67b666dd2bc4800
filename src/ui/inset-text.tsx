import type { ReactNode } from 'react'

/** `role` makes a screen reader say it as it appears: `alert` for a problem, `status` for news that can wait. */
export function InsetText({ role, children }: { role?: 'alert' | 'status'; children: ReactNode }) {
  return (
    <div className="govuk-inset-text" role={role}>
      {children}
    </div>
  )
}
