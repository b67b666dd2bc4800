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
          {
            path: 'report',
            lazy: async () => ({ Component: (await import('#src/features/report-a-problem/report-journey')).ReportJourneyLayout }),
            children: [
              { index: true, lazy: async () => ({ Component: (await import('#src/features/report-a-problem/choose-service-page')).ChooseServicePage }) },
              { path: 'emergency', lazy: async () => ({ Component: (await import('#src/features/report-a-problem/emergency-page')).EmergencyPage }) },
              { path: 'questions', lazy: async () => ({ Component: (await import('#src/features/report-a-problem/questions-page')).QuestionsPage }) },
              { path: 'location', lazy: async () => ({ Component: (await import('#src/features/report-a-problem/location-page')).LocationPage }) },
              { path: 'photos', lazy: async () => ({ Component: (await import('#src/features/report-a-problem/photos-page')).PhotosPage }) },
              { path: 'nearby', lazy: async () => ({ Component: (await import('#src/features/report-a-problem/nearby-page')).NearbyPage }) },
              { path: 'check', lazy: async () => ({ Component: (await import('#src/features/report-a-problem/check-answers-page')).CheckAnswersPage }) },
            ],
          },
          { path: 'report/sent', lazy: async () => ({ Component: (await import('#src/features/report-a-problem/report-sent-page')).ReportSentPage }) },
          { path: 'report/waiting', lazy: async () => ({ Component: (await import('#src/features/report-a-problem/report-sent-page')).ReportWaitingPage }) },
          { path: 'payments', lazy: async () => ({ Component: (await import('#src/features/payments/payments-page')).PaymentsPage }) },
          { path: 'payments/pay/:owedId', lazy: async () => ({ Component: (await import('#src/features/payments/pay-page')).PayPage }) },
          { path: 'payments/return', lazy: async () => ({ Component: (await import('#src/features/payments/payment-outcome-page')).PaymentOutcomePage }) },
          { path: 'payments/receipt/:paymentId', lazy: async () => ({ Component: (await import('#src/features/payments/payment-outcome-page')).ReceiptPage }) },
          { path: 'payments/history', lazy: async () => ({ Component: (await import('#src/features/payments/payment-history-page')).PaymentHistoryPage }) },
          { path: 'pay/:token', lazy: async () => ({ Component: (await import('#src/features/payments/payment-link-pages')).PayByLinkPage }) },
          { path: 'pay/:token/done', lazy: async () => ({ Component: (await import('#src/features/payments/payment-link-pages')).PayByLinkDonePage }) },
          { path: 'staff/payment-link', lazy: async () => ({ Component: (await import('#src/features/contact-centre/send-payment-link-page')).SendPaymentLinkPage }) },
          { path: 'sign-out', lazy: async () => ({ Component: (await import('#src/features/session/sign-out-button')).SignOutPage }) },
          { path: 'waiting', lazy: async () => ({ Component: (await import('#src/features/waiting-to-send/waiting-page')).WaitingPage }) },
          { path: 'report/following', lazy: async () => ({ Component: (await import('#src/features/report-a-problem/report-sent-page')).FollowingPage }) },
          { path: 'report/book-repair', lazy: async () => ({ Component: (await import('#src/features/report-a-problem/book-repair-page')).BookRepairPage }) },
          { path: 'requests', lazy: async () => ({ Component: (await import('#src/features/my-requests/my-requests-page')).MyRequestsPage }) },
          { path: 'requests/:reference', lazy: async () => ({ Component: (await import('#src/features/my-requests/request-page')).RequestPage }) },
          { path: '*', lazy: async () => ({ Component: (await import('#src/features/help/problem-pages')).NotFoundPage }) },
        ],
      },
    ],
  },
]
