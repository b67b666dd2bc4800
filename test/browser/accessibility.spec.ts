import { axeViolations, expect, settledHeading, signInDirectly, test } from './support'

/** Every screen of the app, from src/app/routes.tsx, with one URL that matches none of them. */
const appRoutes = [
  '/',
  '/your-details',
  '/your-details/updated',
  '/feedback',
  '/feedback/sent',
  '/signed-out',
  '/help',
  '/accessibility',
  '/privacy',
  '/cookies',
  '/no-such-page',
  '/report',
  '/requests',
  '/waiting',
  '/evidence',
  '/evidence/send',
  '/payments',
  '/payments/history',
  '/bookings',
  '/bookings/BK-70311',
  '/bookings/BK-70311/move',
  '/bookings/BK-70311/cancel',
  '/bookings/face-to-face',
  '/bookings/face-to-face/purpose',
  '/bookings/face-to-face/interpreter',
  '/bookings/face-to-face/time',
  '/bookings/face-to-face/check',
  '/bookings/bulky-waste',
  '/bookings/bulky-waste/time',
  '/bookings/bulky-waste/check',
  '/messages',
  '/benefits',
  '/benefits/HB-220981',
  '/letters',
  '/letters/LT-481205',
  '/find-a-penalty-charge',
  '/parking/penalty-charges',
  '/parking/penalty-charges/SM40120034',
  '/parking/penalty-charges/SM40120034/challenge',
  '/housing',
  '/housing/rent',
  '/housing/rent/statement',
  '/housing/household',
  '/report-a-change',
  '/housing/repairs',
  '/housing/direct-debit',
  '/housing/direct-debit/set-up',
  '/housing/direct-debit/set-up/check',
  '/housing/direct-debit/cancel',
  '/council-tax',
  '/council-tax/direct-debit',
  '/council-tax/direct-debit/set-up',
  '/council-tax/direct-debit/set-up/check',
  '/council-tax/direct-debit/cancel',
  '/council-tax/single-person-discount',
  '/council-tax/single-person-discount/someone-else',
  '/council-tax/single-person-discount/date',
  '/council-tax/single-person-discount/check',
  '/parking',
  '/parking/resident-permits/apply',
  '/parking/resident-permits/apply/vehicle',
  '/parking/resident-permits/apply/proofs',
  '/parking/resident-permits/apply/check',
  '/parking/resident-permits/apply/sent',
  '/parking/resident-permits/RP-86514',
  '/parking/resident-permits/RP-86514/renew',
  '/parking/resident-permits/RP-86514/change-vehicle',
  '/parking/visitors',
  '/parking/visitors/book',
  '/parking/visitors/VP-38901/cancel',
  '/staff/kiosk',
  '/staff/callers',
  '/staff/finish-link',
  '/your-account/activity',
]

/** The reference gateway's demo sign-in page is outside the app: a council's own sign-in service replaces it. Its other languages are in demo-pages.spec.ts. */
const gatewaySignIn = '/api/auth/sign-in?returnTo=/'

// English, Welsh, and Arabic for the pages laid out right to left.
const languages = ['en', 'cy', 'ar'] as const
const languageNames = { en: 'English', cy: 'Welsh', ar: 'Arabic' }

const pages: { path: string; language: (typeof languages)[number] }[] = [
  ...appRoutes.flatMap((path) => languages.map((language) => ({ path, language }))),
  { path: gatewaySignIn, language: 'en' },
]

// Each check stands alone (its own browser context and sign-in), so they can share out between the workers.
test.describe.configure({ mode: 'parallel' })

for (const signedIn of [false, true]) {
  test.describe(signedIn ? 'signed in as the tenant' : 'signed out', () => {
    for (const { path, language } of pages) {
      test(`${path} in ${languageNames[language]} has no WCAG 2.2 AA violations that axe finds`, async ({ page }) => {
        if (signedIn) await signInDirectly(page, 'tenant')
        const url = language === 'en' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=${language}`
        await page.goto(url)
        await settledHeading(page, language)
        await expect(page.locator('html'), `the page stays in the language asked for with ${url}`).toHaveAttribute(
          'lang',
          language === 'en' ? 'en-GB' : language,
        )

        expect(await axeViolations(page), `axe found violations on ${url}`).toEqual([])
      })
    }
  })
}
