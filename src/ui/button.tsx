import type { ReactNode } from 'react'
import { Link } from 'react-router'

/** How much a button stands out: the main thing to do, something else, or something that cannot be undone. */
export type ButtonLook = 'primary' | 'secondary' | 'warning'

function buttonClass(look: ButtonLook, start: boolean, className: string | undefined) {
  return ['govuk-button', look === 'primary' ? '' : `govuk-button--${look}`, start ? 'govuk-button--start' : '', className ?? '']
    .filter(Boolean)
    .join(' ')
}

export function Button({
  id,
  type = 'submit',
  look = 'primary',
  disabled,
  onClick,
  className,
  children,
}: {
  id?: string
  type?: 'submit' | 'button'
  look?: ButtonLook
  disabled?: boolean
  onClick?: () => void
  className?: string
  children: ReactNode
}) {
  return (
    <button
      id={id}
      type={type}
      className={buttonClass(look, false, className)}
      disabled={disabled}
      aria-disabled={disabled || undefined}
      onClick={onClick}
      data-module="govuk-button"
    >
      {children}
    </button>
  )
}

/**
 * A link that looks like a button: `to` for a page of ours, `href` for anywhere else (signing in, the card page).
 * It stays a link to assistive technology, as it goes somewhere and Enter follows it.
 */
export function ButtonLink({
  to,
  state,
  href,
  look = 'primary',
  start = false,
  className,
  children,
}: ({ to: string; state?: unknown; href?: never } | { href: string; to?: never; state?: never }) & {
  look?: ButtonLook
  /** The one button that starts a service, with its arrow. */
  start?: boolean
  className?: string
  children: ReactNode
}) {
  const content = (
    <>
      {children}
      {start ? (
        <svg
          className="govuk-button__start-icon"
          xmlns="http://www.w3.org/2000/svg"
          width="17.5"
          height="19"
          viewBox="0 0 33 40"
          aria-hidden="true"
          focusable="false"
        >
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      ) : null}
    </>
  )
  const shared = { className: buttonClass(look, start, className), draggable: false, 'data-module': 'govuk-button' }
  return to === undefined ? (
    <a href={href} {...shared}>
      {content}
    </a>
  ) : (
    <Link to={to} state={state} {...shared}>
      {content}
    </Link>
  )
}
