import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { council } from '#src/councils/councils'
import type { Language } from '#src/gateway/contract/common'
import { LANGUAGE_STORAGE_KEY } from '#src/i18n/i18n'

/** Each language's name in that language, as the GOV.UK language navigation shows it. */
const ownNames: Record<Language, string> = { en: 'English', cy: 'Cymraeg' }

export function LanguageSwitcher() {
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
                  localStorage.setItem(LANGUAGE_STORAGE_KEY, language)
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
