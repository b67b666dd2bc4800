import type { ReactNode } from 'react'

/**
 * A table wider than a small screen scrolls inside its own box, never the page (WCAG 1.4.10 allows it for data
 * tables). The box is a named region that takes focus, so keyboard users can scroll it with the arrow keys.
 */
export function TableContainer({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be reachable by keyboard
    <div className="app-table-container" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
