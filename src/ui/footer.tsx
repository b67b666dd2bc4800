import type { ReactNode } from 'react'
import { Link } from 'react-router'

export interface FooterSection {
  title: string
  width: 'full' | 'two-thirds' | 'one-third'
  /** Links to our own pages; a section may instead hold its own words, such as how to contact the council. */
  links?: { to: string; text: string }[]
  columns?: 2 | 3
  children?: ReactNode
}

/**
 * The GOV.UK footer without what belongs to GOV.UK alone: the crown, the Open Government Licence and Crown
 * copyright. The council's words are its own.
 */
export function Footer({ sections, meta }: { sections: FooterSection[]; meta?: ReactNode }) {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        {sections.length > 0 ? (
          <>
            <div className="govuk-footer__navigation">
              {sections.map((section) => (
                <div className={`govuk-footer__section govuk-grid-column-${section.width}`} key={section.title}>
                  <h2 className="govuk-footer__heading govuk-heading-m">{section.title}</h2>
                  {section.children}
                  {section.links ? (
                    <ul className={`govuk-footer__list${section.columns ? ` govuk-footer__list--columns-${section.columns}` : ''}`}>
                      {section.links.map((link) => (
                        <li className="govuk-footer__list-item" key={link.to}>
                          <Link className="govuk-footer__link" to={link.to}>
                            {link.text}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </div>
              ))}
            </div>
            <hr className="govuk-footer__section-break" />
          </>
        ) : null}
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            {meta ? <div className="govuk-footer__meta-custom">{meta}</div> : null}
          </div>
        </div>
      </div>
    </footer>
  )
}
