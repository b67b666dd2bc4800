import { Navigate, type RouteObject } from 'react-router'
import type { PageHandle, WhoMayUse } from '#src/session/who-may-use'
import { Loading } from '#src/ui/page'
import { RouteError } from './route-error'

const whoMayUse = (who: WhoMayUse): PageHandle => ({ who })

/**
 * Every screen is its own chunk, loaded when first visited. The table is the one list of the app's URLs, and says
 * who may use each: the layout checks it before the page is shown. The layout is a chunk of its own too: the router
 * fetches it alongside the first page's, so neither waits for the other.
 */
export const routes: RouteObject[] = [
  {
    lazy: async () => ({ Component: (await import('./layout')).Layout }),
    errorElement: <RouteError />,
    HydrateFallback: Loading,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          {
            index: true,
            handle: whoMayUse('anyone'),
            lazy: async () => ({ Component: (await import('#src/features/your-account/home-page')).HomePage }),
          },
          {
            path: 'your-details',
            handle: whoMayUse('signed-in'),
            lazy: async () => ({ Component: (await import('#src/features/your-details/your-details-page')).YourDetailsPage }),
          },
          {
            path: 'your-details/updated',
            handle: whoMayUse('signed-in'),
            lazy: async () => ({ Component: (await import('#src/features/your-details/details-updated-page')).DetailsUpdatedPage }),
          },
          {
            path: 'feedback',
            handle: whoMayUse('anyone'),
            lazy: async () => ({ Component: (await import('#src/features/feedback/feedback-page')).FeedbackPage }),
          },
          {
            path: 'feedback/sent',
            handle: whoMayUse('anyone'),
            lazy: async () => ({ Component: (await import('#src/features/feedback/feedback-page')).FeedbackSentPage }),
          },
          {
            path: 'signed-out',
            handle: whoMayUse('anyone'),
            lazy: async () => ({ Component: (await import('#src/features/sign-out/signed-out-page')).SignedOutPage }),
          },
          {
            path: 'help',
            handle: whoMayUse('anyone'),
            lazy: async () => ({ Component: (await import('#src/features/help/help-pages')).HelpPage }),
          },
          {
            path: 'accessibility',
            handle: whoMayUse('anyone'),
            lazy: async () => ({
              Component: (await import('#src/features/accessibility-statement/accessibility-statement-page')).AccessibilityStatementPage,
            }),
          },
          {
            path: 'privacy',
            handle: whoMayUse('anyone'),
            lazy: async () => ({ Component: (await import('#src/features/help/help-pages')).PrivacyPage }),
          },
          {
            path: 'cookies',
            handle: whoMayUse('anyone'),
            lazy: async () => ({ Component: (await import('#src/features/help/help-pages')).CookiesPage }),
          },
          {
            path: 'report',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/report-a-problem/report-journey')).ReportJourneyLayout }),
            children: [
              {
                index: true,
                lazy: async () => ({ Component: (await import('#src/features/report-a-problem/choose-service-page')).ChooseServicePage }),
              },
              {
                path: 'emergency',
                lazy: async () => ({ Component: (await import('#src/features/report-a-problem/emergency-page')).EmergencyPage }),
              },
              {
                path: 'questions',
                lazy: async () => ({ Component: (await import('#src/features/report-a-problem/questions-page')).QuestionsPage }),
              },
              {
                path: 'location',
                lazy: async () => ({ Component: (await import('#src/features/report-a-problem/location-page')).LocationPage }),
              },
              {
                path: 'photos',
                lazy: async () => ({ Component: (await import('#src/features/report-a-problem/photos-page')).PhotosPage }),
              },
              {
                path: 'nearby',
                lazy: async () => ({ Component: (await import('#src/features/report-a-problem/nearby-page')).NearbyPage }),
              },
              {
                path: 'check',
                lazy: async () => ({ Component: (await import('#src/features/report-a-problem/check-answers-page')).CheckAnswersPage }),
              },
            ],
          },
          {
            path: 'report/sent',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/report-a-problem/report-sent-page')).ReportSentPage }),
          },
          {
            path: 'report/waiting',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/report-a-problem/report-sent-page')).ReportWaitingPage }),
          },
          {
            path: 'evidence',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/evidence/your-documents-page')).YourDocumentsPage }),
          },
          {
            path: 'evidence/send',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/evidence/send-documents-page')).SendDocumentsPage }),
          },
          {
            path: 'payments',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/payments/payments-page')).PaymentsPage }),
          },
          {
            path: 'payments/pay/:owedId',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/payments/pay-page')).PayPage }),
          },
          {
            path: 'payments/return',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/payments/payment-outcome-page')).PaymentOutcomePage }),
          },
          {
            path: 'payments/receipt/:paymentId',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/payments/payment-outcome-page')).ReceiptPage }),
          },
          {
            path: 'payments/history',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/payments/payment-history-page')).PaymentHistoryPage }),
          },
          {
            path: 'pay/:token',
            handle: whoMayUse('anyone'),
            lazy: async () => ({ Component: (await import('#src/features/payments/payment-link-pages')).PayByLinkPage }),
          },
          {
            path: 'pay/:token/done',
            handle: whoMayUse('anyone'),
            lazy: async () => ({ Component: (await import('#src/features/payments/payment-link-pages')).PayByLinkDonePage }),
          },
          {
            path: 'staff/payment-link',
            handle: whoMayUse('staff'),
            lazy: async () => ({ Component: (await import('#src/features/contact-centre/send-payment-link-page')).SendPaymentLinkPage }),
          },
          {
            path: 'staff/kiosk',
            handle: whoMayUse('staff'),
            lazy: async () => ({ Component: (await import('#src/features/kiosk/set-up-kiosk-page')).SetUpKioskPage }),
          },
          {
            path: 'staff/callers',
            handle: whoMayUse('staff'),
            lazy: async () => ({ Component: (await import('#src/features/contact-centre/find-caller-page')).FindCallerPage }),
          },
          {
            path: 'staff/callers/:matchId/verify',
            handle: whoMayUse('staff'),
            lazy: async () => ({ Component: (await import('#src/features/contact-centre/verify-caller-page')).VerifyCallerPage }),
          },
          {
            path: 'staff/finish-link',
            handle: whoMayUse('staff'),
            lazy: async () => ({ Component: (await import('#src/features/contact-centre/send-finish-link-page')).SendFinishLinkPage }),
          },
          {
            path: 'your-account/activity',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/your-account/account-activity-page')).AccountActivityPage }),
          },
          {
            path: 'sign-out',
            handle: whoMayUse('signed-in'),
            lazy: async () => ({ Component: (await import('#src/features/sign-out/sign-out-page')).SignOutPage }),
          },
          {
            path: 'waiting',
            handle: whoMayUse('signed-in'),
            lazy: async () => ({ Component: (await import('#src/features/waiting-to-send/waiting-page')).WaitingPage }),
          },
          {
            path: 'report/following',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/report-a-problem/report-sent-page')).FollowingPage }),
          },
          {
            path: 'report/book-repair',
            handle: whoMayUse('tenant'),
            lazy: async () => ({ Component: (await import('#src/features/report-a-problem/book-repair-page')).BookRepairPage }),
          },
          {
            path: 'bookings/face-to-face',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/bookings/book-face-to-face')).FaceToFaceJourney }),
            children: [
              {
                index: true,
                lazy: async () => ({ Component: (await import('#src/features/bookings/book-face-to-face')).ChoosePlacePage }),
              },
              {
                path: 'purpose',
                lazy: async () => ({ Component: (await import('#src/features/bookings/book-face-to-face')).ChoosePurposePage }),
              },
              {
                path: 'interpreter',
                lazy: async () => ({ Component: (await import('#src/features/bookings/book-face-to-face')).InterpreterPage }),
              },
              {
                path: 'time',
                lazy: async () => ({ Component: (await import('#src/features/bookings/book-face-to-face')).FaceToFaceTimePage }),
              },
              {
                path: 'check',
                lazy: async () => ({ Component: (await import('#src/features/bookings/book-face-to-face-check')).FaceToFaceCheckPage }),
              },
            ],
          },
          {
            path: 'bookings/bulky-waste',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/bookings/book-bulky-waste')).BulkyWasteJourney }),
            children: [
              {
                index: true,
                lazy: async () => ({ Component: (await import('#src/features/bookings/book-bulky-waste')).ChooseItemsPage }),
              },
              {
                path: 'time',
                lazy: async () => ({ Component: (await import('#src/features/bookings/book-bulky-waste')).BulkyWasteTimePage }),
              },
              {
                path: 'check',
                lazy: async () => ({ Component: (await import('#src/features/bookings/book-bulky-waste-check')).BulkyWasteCheckPage }),
              },
            ],
          },
          {
            path: 'housing',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/housing/housing-page')).HousingPage }),
          },
          {
            path: 'housing/rent',
            handle: whoMayUse('tenant'),
            lazy: async () => ({ Component: (await import('#src/features/housing/rent-account-page')).RentAccountPage }),
          },
          {
            path: 'housing/rent/statement',
            handle: whoMayUse('tenant'),
            lazy: async () => ({ Component: (await import('#src/features/housing/rent-statement-page')).RentStatementPage }),
          },
          {
            path: 'housing/household',
            handle: whoMayUse('tenant'),
            lazy: async () => ({ Component: (await import('#src/features/housing/household-page')).HouseholdPage }),
          },
          {
            // Told once, in one journey: the early household-only journey's addresses lead to it.
            path: 'housing/household/change/*',
            handle: whoMayUse('resident'),
            element: <Navigate to="/report-a-change" replace />,
          },
          {
            path: 'report-a-change',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/report-a-change/change-journey')).ReportAChangeJourney }),
            children: [
              {
                index: true,
                lazy: async () => ({ Component: (await import('#src/features/report-a-change/change-steps')).WhatChangedPage }),
              },
              { path: 'when', lazy: async () => ({ Component: (await import('#src/features/report-a-change/change-steps')).WhenPage }) },
              {
                path: 'details',
                lazy: async () => ({ Component: (await import('#src/features/report-a-change/change-steps')).DetailsPage }),
              },
              {
                path: 'documents',
                lazy: async () => ({ Component: (await import('#src/features/report-a-change/change-steps')).DocumentsPage }),
              },
              {
                path: 'check',
                lazy: async () => ({ Component: (await import('#src/features/report-a-change/check-and-told')).CheckAnswersPage }),
              },
              { path: 'told', lazy: async () => ({ Component: (await import('#src/features/report-a-change/check-and-told')).ToldPage }) },
            ],
          },
          {
            path: 'housing/repairs',
            handle: whoMayUse('tenant'),
            lazy: async () => ({ Component: (await import('#src/features/housing/housing-repairs-page')).HousingRepairsPage }),
          },
          {
            path: 'housing/direct-debit',
            handle: whoMayUse('tenant'),
            lazy: async () => ({ Component: (await import('#src/features/housing/direct-debit-page')).RentDirectDebitPage }),
          },
          {
            path: 'housing/direct-debit/set-up',
            handle: whoMayUse('tenant'),
            lazy: async () => ({ Component: (await import('#src/features/housing/set-up-direct-debit-page')).SetUpDirectDebitJourney }),
            children: [
              {
                index: true,
                lazy: async () => ({ Component: (await import('#src/features/housing/set-up-direct-debit-page')).BankDetailsPage }),
              },
              {
                path: 'check',
                lazy: async () => ({ Component: (await import('#src/features/housing/set-up-direct-debit-page')).CheckDirectDebitPage }),
              },
            ],
          },
          {
            path: 'housing/direct-debit/cancel',
            handle: whoMayUse('tenant'),
            lazy: async () => ({ Component: (await import('#src/features/housing/cancel-direct-debit-page')).CancelDirectDebitPage }),
          },
          {
            path: 'parking',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/parking/parking-hub-page')).ParkingHubPage }),
          },
          {
            path: 'parking/resident-permits/apply',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/parking-permits/apply-pages')).ApplyForPermitJourney }),
            children: [
              {
                index: true,
                lazy: async () => ({ Component: (await import('#src/features/parking-permits/apply-pages')).ApplyStartPage }),
              },
              {
                path: 'vehicle',
                lazy: async () => ({ Component: (await import('#src/features/parking-permits/apply-pages')).VehiclePage }),
              },
              {
                path: 'proofs',
                lazy: async () => ({ Component: (await import('#src/features/parking-permits/apply-pages')).ProofsPage }),
              },
              {
                path: 'check',
                lazy: async () => ({ Component: (await import('#src/features/parking-permits/apply-pages')).CheckApplicationPage }),
              },
              {
                path: 'sent',
                lazy: async () => ({ Component: (await import('#src/features/parking-permits/apply-pages')).ApplicationSentPage }),
              },
            ],
          },
          {
            path: 'parking/resident-permits/:reference',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/parking-permits/permit-pages')).PermitPage }),
          },
          {
            path: 'parking/resident-permits/:reference/renew',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/parking-permits/permit-pages')).RenewPermitPage }),
          },
          {
            path: 'parking/resident-permits/:reference/change-vehicle',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/parking-permits/permit-pages')).ChangeVehiclePage }),
          },
          {
            path: 'council-tax',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/council-tax/council-tax-page')).CouncilTaxPage }),
          },
          {
            path: 'council-tax/direct-debit',
            handle: whoMayUse('resident'),
            lazy: async () => ({
              Component: (await import('#src/features/council-tax/council-tax-direct-debit-pages')).CouncilTaxDirectDebitPage,
            }),
          },
          {
            path: 'council-tax/direct-debit/set-up',
            handle: whoMayUse('resident'),
            lazy: async () => ({
              Component: (await import('#src/features/council-tax/council-tax-direct-debit-pages')).SetUpCouncilTaxDirectDebitJourney,
            }),
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('#src/features/council-tax/council-tax-direct-debit-pages')).BankDetailsPage,
                }),
              },
              {
                path: 'check',
                lazy: async () => ({
                  Component: (await import('#src/features/council-tax/council-tax-direct-debit-pages')).CheckDirectDebitPage,
                }),
              },
            ],
          },
          {
            path: 'council-tax/direct-debit/cancel',
            handle: whoMayUse('resident'),
            lazy: async () => ({
              Component: (await import('#src/features/council-tax/council-tax-direct-debit-pages')).CancelCouncilTaxDirectDebitPage,
            }),
          },
          {
            path: 'council-tax/single-person-discount',
            handle: whoMayUse('resident'),
            lazy: async () => ({
              Component: (await import('#src/features/council-tax/single-person-discount-pages')).SinglePersonDiscountJourney,
            }),
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('#src/features/council-tax/single-person-discount-pages')).OthersAged18Page,
                }),
              },
              {
                path: 'someone-else',
                lazy: async () => ({
                  Component: (await import('#src/features/council-tax/single-person-discount-pages')).SomeoneElseLivesHerePage,
                }),
              },
              {
                path: 'date',
                lazy: async () => ({
                  Component: (await import('#src/features/council-tax/single-person-discount-pages')).LivingAloneSincePage,
                }),
              },
              {
                path: 'check',
                lazy: async () => ({
                  Component: (await import('#src/features/council-tax/single-person-discount-pages')).CheckSinglePersonDiscountPage,
                }),
              },
            ],
          },
          {
            path: 'parking/visitors',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/visitor-permits/visitor-permits-page')).VisitorPermitsPage }),
          },
          {
            path: 'parking/visitors/book',
            handle: whoMayUse('resident'),
            lazy: async () => ({
              Component: (await import('#src/features/visitor-permits/book-visitor-permit-pages')).BookVisitorPermitJourney,
            }),
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('#src/features/visitor-permits/book-visitor-permit-pages')).BookVisitorPermitPage,
                }),
              },
              {
                path: 'check',
                lazy: async () => ({
                  Component: (await import('#src/features/visitor-permits/book-visitor-permit-pages')).CheckVisitorPermitPage,
                }),
              },
            ],
          },
          {
            path: 'parking/visitors/:reference/cancel',
            handle: whoMayUse('resident'),
            lazy: async () => ({
              Component: (await import('#src/features/visitor-permits/cancel-visitor-permit-page')).CancelVisitorPermitPage,
            }),
          },
          {
            path: 'messages',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/messages/messages-page')).MessagesPage }),
          },
          {
            path: 'benefits',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/benefits/benefits-page')).BenefitsPage }),
          },
          {
            path: 'benefits/:reference',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/benefits/claim-page')).ClaimPage }),
          },
          {
            path: 'find-a-penalty-charge',
            handle: whoMayUse('anyone'),
            lazy: async () => ({
              Component: (await import('#src/features/penalty-charges/find-penalty-charge-page')).FindPenaltyChargePage,
            }),
          },
          {
            path: 'parking/penalty-charges',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/penalty-charges/penalty-charges-pages')).PenaltyChargesPage }),
          },
          {
            path: 'parking/penalty-charges/:reference',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/penalty-charges/penalty-charges-pages')).PenaltyChargePage }),
          },
          {
            path: 'parking/penalty-charges/:reference/challenge',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/penalty-charges/challenge-pages')).ChallengeJourney }),
            children: [
              {
                index: true,
                lazy: async () => ({ Component: (await import('#src/features/penalty-charges/challenge-pages')).ChallengePage }),
              },
              {
                path: 'check',
                lazy: async () => ({ Component: (await import('#src/features/penalty-charges/challenge-pages')).ChallengeCheckPage }),
              },
              {
                path: 'sent',
                lazy: async () => ({ Component: (await import('#src/features/penalty-charges/challenge-pages')).ChallengeSentPage }),
              },
            ],
          },
          {
            path: 'letters',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/letters/letters-page')).LettersPage }),
          },
          {
            path: 'letters/:id',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/letters/letter-page')).LetterPage }),
          },
          {
            path: 'requests',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/my-requests/my-requests-page')).MyRequestsPage }),
          },
          {
            path: 'requests/:reference',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/my-requests/request-page')).RequestPage }),
          },
          {
            path: 'bookings',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/bookings/your-bookings-page')).YourBookingsPage }),
          },
          {
            path: 'bookings/:reference',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/bookings/booking-page')).BookingPage }),
          },
          {
            path: 'bookings/:reference/move',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/bookings/move-booking-page')).MoveBookingJourney }),
            children: [
              {
                index: true,
                lazy: async () => ({ Component: (await import('#src/features/bookings/move-booking-page')).MoveChooseTimePage }),
              },
              {
                path: 'check',
                lazy: async () => ({ Component: (await import('#src/features/bookings/move-booking-page')).MoveCheckPage }),
              },
            ],
          },
          {
            path: 'bookings/:reference/cancel',
            handle: whoMayUse('resident'),
            lazy: async () => ({ Component: (await import('#src/features/bookings/cancel-booking-page')).CancelBookingPage }),
          },
          {
            path: '*',
            handle: whoMayUse('anyone'),
            lazy: async () => ({ Component: (await import('#src/app/error-pages')).NotFoundPage }),
          },
        ],
      },
    ],
  },
]
