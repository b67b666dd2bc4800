import type { ReactNode } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { failureOf } from '#src/gateway/errors'
import { signInUrl } from '#src/gateway/gateway-context'
import { Loading, Page } from '#src/ui/page'
import type { Session } from '#src/gateway/contract/session'
import { useSession } from './session-queries'
import { CouldNotLoadPage } from '#src/ui/could-not-load-page'

type SignedIn = Extract<Session, { signedIn: true }>

/**
 * Who may use a page: every route in the route table says which. A resident is anyone but
 * contact-centre staff, whose own accounts do not report, pay or book; a tenant is a resident
 * with a council tenancy.
 */
export type WhoMayUse = 'anyone' | 'signed-in' | 'resident' | 'tenant' | 'staff'

export interface PageHandle {
  who: WhoMayUse
}

type NotFor = Exclude<WhoMayUse, 'anyone' | 'signed-in'>

/** Staff helping a verified caller use the resident's pages for the caller, as the gateway acts for the caller. */
function mayUse({ person, assisting }: SignedIn, who: NotFor): boolean {
  if (who === 'staff') return person.role === 'staff'
  const helped = person.role === 'staff' ? (assisting ?? null) : null
  if (who === 'resident') return person.role === 'resident' || helped !== null
  return (person.role === 'resident' && person.tenant) || helped?.tenant === true
}

/** Shows the page only to a signed-in person it is for; anyone else is asked to sign in and comes back here, or told where to go instead. */
export function RequireSignIn({
  children,
  who = 'signed-in',
}: {
  children: (session: SignedIn) => ReactNode
  who?: Exclude<WhoMayUse, 'anyone'>
}) {
  const { t, i18n } = useTranslation()
  const location = useLocation()
  const session = useSession()
  if (session.isPending) return <Loading />
  // What the session last said still holds when asking again failed, such as with no signal.
  if (session.data === undefined) {
    return <CouldNotLoadPage failure={failureOf(session.error)} onTryAgain={() => void session.refetch()} />
  }
  if (!session.data.signedIn) {
    return (
      <Page title={t('signIn.title')}>
        <h1 className="govuk-heading-l">{t('signIn.title')}</h1>
        <p className="govuk-body">{t('signIn.body')}</p>
        <a className="govuk-button" href={signInUrl(location.pathname, i18n.language)}>
          {t('signIn.button')}
        </a>
      </Page>
    )
  }
  if (who !== 'signed-in' && !mayUse(session.data, who)) return <NotForYou who={who} />
  return <>{children(session.data)}</>
}

/** Guards a whole page by who may use it. */
export function OnlyFor({ who, children }: { who: WhoMayUse; children: ReactNode }) {
  if (who === 'anyone') return <>{children}</>
  return <RequireSignIn who={who}>{() => children}</RequireSignIn>
}

const whereToGoInstead: Record<NotFor, string> = { resident: '/staff/payment-link', tenant: '/report', staff: '/payments' }

/** Says plainly why this page is not for this person, and where to go instead. */
function NotForYou({ who }: { who: NotFor }) {
  const { t } = useTranslation()
  const title = t(`notForYou.${who}.title`)
  const elsewhere = whereToGoInstead[who]
  return (
    <Page title={title}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{title}</h1>
          <p className="govuk-body">{t(`notForYou.${who}.body`)}</p>
          {who === 'tenant' ? (
            <>
              <p className="govuk-body">{t('notForYou.tenant.renters')}</p>
              <p className="govuk-body">{t('notForYou.tenant.owners')}</p>
            </>
          ) : null}
          <p className="govuk-body">
            <Trans t={t} i18nKey={`notForYou.${who}.elsewhere`} components={{ page: <Link className="govuk-link" to={elsewhere} /> }} />
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" to="/">
              {t('notForYou.home')}
            </Link>
          </p>
        </div>
      </div>
    </Page>
  )
}
