import { useTranslation } from 'react-i18next'
import { CouncilText, useCouncil } from '#src/councils/council-context'
import { chooseLanguageOnThisDevice } from '#src/device/device-settings'
import { signInUrl } from '#src/gateway/gateway-context'
import { languageFacts } from '#src/i18n/languages'
import { ButtonLink } from '#src/ui/button'
import { Page } from '#src/ui/page'

/**
 * What a kiosk shows when nobody is using it: whose it is, that it is shared and clears itself, each of the
 * council's languages named in itself, and one way in.
 */
export function KioskStartPage() {
  const council = useCouncil()
  const { t, i18n } = useTranslation('kiosk')
  return (
    <Page title={t('start.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-xl">
            <CouncilText words={council.name} />
          </span>
          <h1 className="govuk-heading-xl">{t('start.title')}</h1>
          <div className="govuk-inset-text">
            <h2 className="govuk-heading-s govuk-!-margin-bottom-2">{t('start.sharedTitle')}</h2>
            <p className="govuk-body">{t('start.cleared')}</p>
            <p className="govuk-body govuk-!-margin-bottom-0">{t('start.leftAlone')}</p>
          </div>
          {council.languages.length > 1 ? (
            <section aria-labelledby="kiosk-languages">
              <h2 className="govuk-heading-m" id="kiosk-languages">
                {t('start.chooseLanguage')}
              </h2>
              <ul className="govuk-list app-kiosk-languages">
                {council.languages.map((language) => {
                  const { ownName, htmlLang } = languageFacts[language]
                  const chosen = language === i18n.language
                  return (
                    <li key={language}>
                      <button
                        type="button"
                        className={`govuk-button ${chosen ? '' : 'govuk-button--secondary'} govuk-!-margin-bottom-0`}
                        lang={htmlLang}
                        aria-pressed={chosen}
                        onClick={() => {
                          chooseLanguageOnThisDevice(language)
                          void i18n.changeLanguage(language)
                        }}
                      >
                        {ownName}
                      </button>
                    </li>
                  )
                })}
              </ul>
            </section>
          ) : null}
          <ButtonLink start href={signInUrl('/', i18n.language)}>
            {t('start.start')}
          </ButtonLink>
        </div>
      </div>
    </Page>
  )
}
