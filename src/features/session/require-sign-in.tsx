import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { failureOf } from '#src/gateway/errors'
import { signInUrl } from '#src/gateway/gateway-context'
import { GatewayProblem } from '#src/ui/gateway-problem'
import { Loading, Page } from '#src/ui/page'
import type { Session } from '#src/gateway/contract/session'
import { useSession } from './session-queries'

type SignedIn = Extract<Session, { signedIn: true }>

/** Shows the page only to a signed-in person; anyone else is asked to sign in and comes back here. */
export function RequireSignIn({ children, onlyFor }: { children: (session: SignedIn) => ReactNode; onlyFor?: SignedIn['person']['role'] }) {
  const { t } = useTranslation()
  const location = useLocation()
  const session = useSession()
  if (session.isPending) return <Loading />
  // What the session last said still holds when asking again failed, such as with no signal.
  if (session.data === undefined) {
    return (
      <Page title={t('failures.pageTitle')}>
        <h1 className="govuk-heading-l">{t('failures.pageTitle')}</h1>
        <GatewayProblem failure={failureOf(session.error)} onTryAgain={() => void session.refetch()} />
      </Page>
    )
  }
  if (!session.data.signedIn) {
    return (
      <Page title={t('signIn.title')}>
        <h1 className="govuk-heading-l">{t('signIn.title')}</h1>
        <p className="govuk-body">{t('signIn.body')}</p>
        <a className="govuk-button" href={signInUrl(location.pathname)}>
          {t('signIn.button')}
        </a>
      </Page>
    )
  }
  if (onlyFor && session.data.person.role !== onlyFor) {
    return (
      <Page title={t('forbidden.title')}>
        <h1 className="govuk-heading-l">{t('forbidden.title')}</h1>
        <p className="govuk-body">{t('forbidden.body')}</p>
      </Page>
    )
  }
  return <>{children(session.data)}</>
}
