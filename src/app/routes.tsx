import type { RouteObject } from 'react-router'
import { Loading } from '#src/ui/page'
import { Layout } from './layout'
import { RouteProblem } from './route-problem'

/** Every screen is its own chunk, loaded when first visited. The table is the one list of the app's URLs. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteProblem />,
    HydrateFallback: Loading,
    children: [
      {
        errorElement: <RouteProblem />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('#src/features/your-account/home-page')).HomePage }) },
          { path: 'your-details', lazy: async () => ({ Component: (await import('#src/features/your-details/your-details-page')).YourDetailsPage }) },
          { path: 'your-details/updated', lazy: async () => ({ Component: (await import('#src/features/your-details/details-updated-page')).DetailsUpdatedPage }) },
          { path: 'feedback', lazy: async () => ({ Component: (await import('#src/features/feedback/feedback-page')).FeedbackPage }) },
          { path: 'feedback/sent', lazy: async () => ({ Component: (await import('#src/features/feedback/feedback-page')).FeedbackSentPage }) },
          { path: 'signed-out', lazy: async () => ({ Component: (await import('#src/features/session/signed-out-page')).SignedOutPage }) },
          { path: 'help', lazy: async () => ({ Component: (await import('#src/features/help/help-pages')).HelpPage }) },
          { path: 'accessibility', lazy: async () => ({ Component: (await import('#src/features/help/help-pages')).AccessibilityPage }) },
          { path: 'privacy', lazy: async () => ({ Component: (await import('#src/features/help/help-pages')).PrivacyPage }) },
          { path: 'cookies', lazy: async () => ({ Component: (await import('#src/features/help/help-pages')).CookiesPage }) },
          { path: '*', lazy: async () => ({ Component: (await import('#src/features/help/problem-pages')).NotFoundPage }) },
        ],
      },
    ],
  },
]
