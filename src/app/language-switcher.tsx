import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { useCouncil } from '#src/councils/council-context'
import { chooseLanguageOnThisDevice } from '#src/device/device-settings'
import type { Language } from '#src/gateway/contract/common'

/** Each language's name in that language, as the GOV.UK language navigation shows it. */
const ownNames: Record<Language, string> = { en: 'English', cy: 'Cymraeg' }

export function LanguageSwitcher() {
  const council = useCouncil()
  const { t, i18n } = useTranslation()
  const location = useLocation()
  if (council.languages.length < 2) return null
  return (
    <nav className="govuk-language-navigation" aria-label={t('header.languages')}>
      <ul className="govuk-language-navigation__list">
        {council.languages.map((language) =>
          language === i18n.language ? (
            <li className="govuk-language-navigation__list-item" key={language}>
              <span className="govuk-language-navigation__text" aria-current="true" lang={language}>
                {ownNames[language]}
              </span>
            </li>
          ) : (
            <li className="govuk-language-navigation__list-item" key={language}>
              <a
                className="govuk-language-navigation__link"
                href={`${location.pathname}?lang=${language}`}
                rel="alternate"
                lang={language}
                hrefLang={language}
                onClick={(event) => {
                  event.preventDefault()
                  chooseLanguageOnThisDevice(language)
                  void i18n.changeLanguage(language)
                }}
              >
                {ownNames[language]}
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  )
}
