import { useEffect, useRef, type ReactNode } from 'react'

/**
 * What appears in answer to a button on the same page (the addresses found, the caller found): focus moves to
 * it, so a screen reader reads it out and the next Tab goes on from there, instead of focus dropping to the page.
 */
export function TakesFocus({ children }: { children: ReactNode }) {
  const shown = useRef<HTMLDivElement>(null)
  useEffect(() => {
    shown.current?.focus()
  }, [])
  return (
    <div ref={shown} tabIndex={-1} className="app-takes-focus">
      {children}
    </div>
  )
}
