import type { ReactNode } from 'react'
import { Link } from 'react-router'

export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link className="govuk-back-link" to={to}>
      {children}
    </Link>
  )
}
