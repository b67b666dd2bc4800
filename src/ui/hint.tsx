import type { ReactNode } from 'react'

export function Hint({ id, className, children }: { id?: string; className?: string; children: ReactNode }) {
  return (
    <div id={id} className={`govuk-hint${className ? ` ${className}` : ''}`}>
      {children}
    </div>
  )
}
