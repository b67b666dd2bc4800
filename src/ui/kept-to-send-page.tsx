import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { InsetText } from './inset-text'
import { Page } from './page'

interface KeptToSendPageProps {
  title: string
  /** That it will go by itself once there is a signal. */
  body: string
  /** That the person need do nothing more, where the page says so. */
  noNeed?: ReactNode
  /** "Waiting to send" first, then where to go next. */
  links: { to: string; text: string }[]
}

/** What a form says when what was sent is kept on the device, to go when the signal is back. */
export function KeptToSendPage({ title, body, noNeed, links }: KeptToSendPageProps) {
  return (
    <Page title={title}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{title}</h1>
          <InsetText role="status">
            <p className="govuk-body">{body}</p>
          </InsetText>
          {noNeed ? <p className="govuk-body">{noNeed}</p> : null}
          <ul className="govuk-list">
            {links.map((link) => (
              <li key={link.to}>
                <Link className="govuk-link" to={link.to}>
                  {link.text}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </Page>
  )
}
