import type { ReactNode } from 'react'

/** Buttons and links side by side on a wide screen, stacked on a narrow one. */
export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="govuk-button-group">{children}</div>
}
