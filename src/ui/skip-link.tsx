import type { ReactNode } from 'react'

/** The first thing a keyboard reaches: straight past the header to the page's own content. */
export function SkipLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <a href={`#${to}`} className="govuk-skip-link" data-module="govuk-skip-link">
      {children}
    </a>
  )
}
