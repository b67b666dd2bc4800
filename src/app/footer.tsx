import { Trans, useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useCouncil, wordsIn } from '#src/councils/council-context'
import { ContactDetails } from '#src/ui/contact-details'

export function Footer() {
  const { t, i18n } = useTranslation()
  const councilName = wordsIn(useCouncil().name, i18n.language)
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__navigation">
          <div className="govuk-footer__section govuk-grid-column-two-thirds">
            <h2 className="govuk-footer__heading govuk-heading-m">{t('footer.help')}</h2>
            <ContactDetails />
          </div>
          <div className="govuk-footer__section govuk-grid-column-one-third">
            <h2 className="govuk-footer__heading govuk-heading-m">{t('footer.about')}</h2>
            <ul className="govuk-footer__list">
              <li className="govuk-footer__list-item">
                <Link className="govuk-footer__link" to="/help">
                  {t('footer.helpUsing')}
                </Link>
              </li>
              <li className="govuk-footer__list-item">
                <Link className="govuk-footer__link" to="/accessibility">
                  {t('footer.accessibility')}
                </Link>
              </li>
              <li className="govuk-footer__list-item">
                <Link className="govuk-footer__link" to="/privacy">
                  {t('footer.privacy')}
                </Link>
              </li>
              <li className="govuk-footer__list-item">
                <Link className="govuk-footer__link" to="/cookies">
                  {t('footer.cookies')}
                </Link>
              </li>
              <li className="govuk-footer__list-item">
                <Link className="govuk-footer__link" to="/feedback">
                  {t('footer.feedback')}
                </Link>
              </li>
            </ul>
          </div>
        </div>
        <hr className="govuk-footer__section-break" />
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <p className="govuk-body-s">
              <Trans
                t={t}
                i18nKey="footer.runBy"
                values={{ council: councilName.text }}
                components={{ council: <span lang={councilName.lang} /> }}
              />
            </p>
          </div>
        </div>
      </div>
    </footer>
  )
}
