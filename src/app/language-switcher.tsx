import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { useCouncil } from '#src/councils/council-context'
import { chooseLanguageOnThisDevice } from '#src/device/device-settings'
import type { Language } from '#src/gateway/contract/common'
import { languageFacts } from '#src/i18n/languages'
import { useSaveLanguageChoice } from '#src/session/profile-queries'

/** More than this many, and a row of names no longer fits a phone's header: they fold behind one button. */
const MOST_SHOWN_IN_A_ROW = 3

/** GOV.UK's language navigation, each language named in itself, on every page. */
export function LanguageSwitcher() {
  const council = useCouncil()
  const { t, i18n } = useTranslation()
  const location = useLocation()
  const menu = useRef<HTMLDetailsElement>(null)
  const saveToProfile = useSaveLanguageChoice()
  if (council.languages.length < 2) return null

  const choose = (language: Language) => {
    chooseLanguageOnThisDevice(language)
    void i18n.changeLanguage(language)
    saveToProfile(language)
    // The chosen link is about to be hidden: focus goes to what opened the list, not to the page's start.
    if (menu.current) {
      menu.current.open = false
      menu.current.querySelector('summary')?.focus()
    }
  }

  const list = (
    <ul className="govuk-language-navigation__list">
      {council.languages.map((language) => {
        const { ownName, htmlLang } = languageFacts[language]
        return (
          <li className="govuk-language-navigation__list-item" key={language}>
            {language === i18n.language ? (
              <span className="govuk-language-navigation__text" aria-current="true" lang={htmlLang}>
                {ownName}
              </span>
            ) : (
              <a
                className="govuk-language-navigation__link"
                href={`${location.pathname}?lang=${language}`}
                rel="alternate"
                lang={htmlLang}
                hrefLang={htmlLang}
                onClick={(event) => {
                  event.preventDefault()
                  choose(language)
                }}
              >
                {ownName}
              </a>
            )}
          </li>
        )
      })}
    </ul>
  )

  if (council.languages.length <= MOST_SHOWN_IN_A_ROW) {
    return (
      <nav className="govuk-language-navigation" aria-label={t('header.languages')}>
        {list}
      </nav>
    )
  }
  const current = languageFacts[i18n.language as Language] ?? languageFacts.en
  return (
    <nav className="govuk-language-navigation app-language-menu" aria-label={t('header.languages')}>
      <details ref={menu} className="app-language-menu__details">
        <summary className="app-language-menu__summary">
          <svg className="app-language-menu__globe" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
            <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M2 12h20M12 2c3 3 4 6.5 4 10s-1 7-4 10c-3-3-4-6.5-4-10s1-7 4-10z" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
          <span className="govuk-visually-hidden">{t('header.changeLanguage')}: </span>
          <span lang={current.htmlLang}>{current.ownName}</span>
        </summary>
        {list}
      </details>
    </nav>
  )
}
