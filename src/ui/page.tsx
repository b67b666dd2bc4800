import { useEffect, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useCouncilName } from '#src/councils/council-context'

/** Every screen: sets the window title, so the title names the page in the person's language. */
export function Page({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation()
  const councilName = useCouncilName()
  const fullTitle = t('app.pageTitle', { page: title, council: councilName })
  useEffect(() => {
    document.title = fullTitle
  }, [fullTitle])
  return <>{children}</>
}

export function Loading() {
  const { t } = useTranslation()
  return (
    <p className="govuk-body" role="status">
      {t('loading')}
    </p>
  )
}
