import { Suspense, useLayoutEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Outlet, ScrollRestoration, useLocation, useMatches } from 'react-router'
import { Loading } from '#src/ui/page'
import { PhaseBanner } from '#src/ui/phase-banner'
import { SkipLink } from '#src/ui/skip-link'
import { OnlyFor, type PageHandle, type WhoMayUse } from '#src/session/who-may-use'
import { useSignedInPersonId } from '#src/session/session-queries'
import { useProfileLanguage } from '#src/session/profile-queries'
import { useOutboxSending } from '#src/outbox/use-outbox'
import { AssistingBanner } from '#src/features/contact-centre/assisting-banner'
import { Announcements } from './announcements'
import { Footer } from './footer'
import { UpdatePrompt } from './update-prompt'
import { Header } from './header'
import { SessionTimeout } from './session-timeout'

/** Who may use the page shown: the nearest route that says. A route that says nothing is for signed-in people only. */
function useWhoMayUseThisPage(): WhoMayUse {
  const matches = useMatches()
  for (const match of [...matches].reverse()) {
    const who = (match.handle as Partial<PageHandle> | undefined)?.who
    if (who) return who
  }
  return 'signed-in'
}

/**
 * Focuses the page's heading. A page still loading has none yet: focus waits on the main content and goes to the
 * heading when it arrives, unless something else has taken it by then (an error summary, the person's own Tab).
 */
function focusTheHeading(container: HTMLElement): (() => void) | undefined {
  const focus = (heading: HTMLElement) => {
    heading.setAttribute('tabindex', '-1')
    heading.focus()
  }
  const heading = container.querySelector('h1')
  if (heading) {
    focus(heading)
    return undefined
  }
  container.focus()
  const observer = new MutationObserver(() => {
    const arrived = container.querySelector('h1')
    if (!arrived) return
    observer.disconnect()
    if (document.activeElement === container || document.activeElement === document.body) focus(arrived)
  })
  observer.observe(container, { childList: true, subtree: true })
  return () => observer.disconnect()
}

export function Layout() {
  const { t } = useTranslation()
  const location = useLocation()
  const main = useRef<HTMLElement>(null)
  const focusedFor = useRef(location.pathname)
  const who = useWhoMayUseThisPage()
  useProfileLanguage()
  useOutboxSending(useSignedInPersonId())

  // After moving to another page, start screen readers and keyboards at its heading, which names the page.
  // It happens as the new page is put on screen, never after it: until then focus would be left on the page that went.
  useLayoutEffect(() => {
    if (focusedFor.current === location.pathname) return
    focusedFor.current = location.pathname
    return main.current ? focusTheHeading(main.current) : undefined
  }, [location.pathname])

  return (
    <>
      <SkipLink to="main-content">{t('app.skipLink')}</SkipLink>
      <Header />
      <Announcements />
      <div className="govuk-width-container">
        <PhaseBanner phase={t('phaseBanner.tag')}>
          {t('phaseBanner.before')}{' '}
          <Link className="govuk-link" to="/feedback" state={{ from: location.pathname }}>
            {t('phaseBanner.link')}
          </Link>{' '}
          {t('phaseBanner.after')}
        </PhaseBanner>
        <AssistingBanner />
        <main className="govuk-main-wrapper" id="main-content" ref={main} tabIndex={-1}>
          <UpdatePrompt />
          <SessionTimeout />
          <Suspense fallback={<Loading />}>
            <OnlyFor who={who}>
              <Outlet />
            </OnlyFor>
          </Suspense>
        </main>
      </div>
      <Footer />
      <ScrollRestoration />
    </>
  )
}
