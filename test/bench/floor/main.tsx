import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import i18next from 'i18next'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { initReactI18next, useTranslation } from 'react-i18next'
import { createBrowserRouter, Link, Outlet, RouterProvider } from 'react-router'
import { useSession } from './session-queries'

/**
 * The least an app on this stack can ship: a router with a lazy page, a query, translated words and a
 * service worker registered as the app does it. `npm run bench` builds it beside the app; the app's first
 * load is compared with this one's. No schema library, no design system.
 */
await i18next.use(initReactI18next).init({
  lng: 'en',
  resources: { en: { floor: { title: 'Floor', session: 'Signed in: {{signedIn}}', next: 'Next page' } } },
  defaultNS: 'floor',
  interpolation: { escapeValue: false },
})

function Layout() {
  const { t } = useTranslation()
  const session = useSession()
  return (
    <main>
      <h1>{t('title')}</h1>
      <p>{t('session', { signedIn: String(session.data?.signedIn ?? false) })}</p>
      <Link to="/next">{t('next')}</Link>
      <Outlet />
    </main>
  )
}

const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    children: [{ path: 'next', lazy: async () => ({ Component: (await import('./next-page')).NextPage }) }],
  },
])

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)

// As the app does: workbox-window is fetched after the first screen.
window.addEventListener('load', () => {
  void import('workbox-window').then(({ Workbox }) => new Workbox('/sw.js').register())
})
