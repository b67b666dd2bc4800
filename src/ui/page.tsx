import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useCouncilName } from '#src/councils/council-context'

/** Lets the error summary tell its page that errors are shown, so the title starts with "Error: ". */
const ErrorsShown = createContext<((shown: boolean) => void) | null>(null)

export function useTellPageErrorsAreShown(shown: boolean) {
  const tell = useContext(ErrorsShown)
  useEffect(() => {
    tell?.(shown)
    return () => tell?.(false)
  }, [tell, shown])
}

/**
 * Every screen: sets the window title, so the title names the page in the person's language, starts with
 * "Error: " while the page shows errors, and does not repeat the service's name on its own start page.
 */
export function Page({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation()
  const council = useCouncilName()
  const [errorsShown, setErrorsShown] = useState(false)
  const named = title === t('app.serviceName') ? t('app.homeTitle', { council }) : t('app.pageTitle', { page: title, council })
  const fullTitle = errorsShown ? t('app.errorTitle', { title: named }) : named
  useEffect(() => {
    document.title = fullTitle
  }, [fullTitle])
  return <ErrorsShown.Provider value={setErrorsShown}>{children}</ErrorsShown.Provider>
}

export function Loading() {
  const { t } = useTranslation()
  return (
    <p className="govuk-body app-loading" role="status">
      {t('loading')}
    </p>
  )
}
