import type { Page } from '@playwright/test'
import {
  chooseOnSignInPage,
  expect,
  leftInBrowser,
  localeText,
  people,
  sessionCookie,
  test,
  type PersonId,
  chooseLanguage,
} from './support'

interface Journey {
  person: PersonId
  /** The h1 of their home page, as a key in account.json. */
  homeTitle: 'home.title' | 'staff.title'
  /** What their own data puts on their home page. */
  showsTheirData: (page: Page) => Promise<void>
}

const pounds = (pence: number) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pence / 100)

const londonDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })

const journeys: Journey[] = [
  {
    person: 'tenant',
    homeTitle: 'home.title',
    showsTheirData: async (page) => {
      // Other tests pay rent as Precious before this runs: what she owes comes from the gateway's own answer.
      const { rent: owed } = (await (await page.request.get('/api/me/summary')).json()) as { rent: { owed: number } }
      const rent = page.locator('.govuk-summary-card').filter({ has: page.getByRole('heading', { name: 'Rent', exact: true }) })
      await expect(rent.getByText(`You owe ${pounds(owed.owed)}.`, { exact: true })).toBeVisible()
      await expect(rent.getByText('Your rent is £148.62 a week.', { exact: true })).toBeVisible()
    },
  },
  {
    person: 'renter',
    homeTitle: 'home.title',
    showsTheirData: async (page) => {
      const parking = page.locator('.govuk-summary-card').filter({ has: page.getByRole('heading', { name: 'Parking', exact: true }) })
      await expect(parking.getByText('You have 1 active permit.', { exact: true })).toBeVisible()
      // Other tests pay Tomasz's penalty charge before this runs: it is shown to pay only while the gateway says so.
      const { penaltyCharges } = (await (await page.request.get('/api/me/parking/penalty-charges')).json()) as {
        penaltyCharges: { reference: string; status: string }[]
      }
      const toPay = penaltyCharges.some((penalty) => penalty.reference === 'SM40219876' && penalty.status !== 'paid')
      const charge = parking.getByText(/Penalty charge SM40219876: pay £80\.00 by \d{1,2} [A-Z][a-z]+ \d{4}\./)
      await expect(charge).toHaveCount(toPay ? 1 : 0)
      if (toPay) await expect(charge).toContainText('To pay')
    },
  },
  {
    person: 'owner',
    homeTitle: 'home.title',
    showsTheirData: async (page) => {
      // The due date moves with the calendar, so it comes from the gateway's own answer for this person.
      const summary = await page.request.get('/api/me/summary')
      expect(summary.ok()).toBe(true)
      const { councilTax } = (await summary.json()) as { councilTax: { nextInstalment: { dueOn: string; amount: number } } }
      expect(councilTax.nextInstalment.amount).toBe(24578)
      const dueOn = londonDate.format(new Date(`${councilTax.nextInstalment.dueOn}T12:00:00Z`))
      const councilTaxCard = page
        .locator('.govuk-summary-card')
        .filter({ has: page.getByRole('heading', { name: 'Council tax', exact: true }) })
      await expect(councilTaxCard.getByText(`Your next instalment of £245.78 is due on ${dueOn}.`, { exact: true })).toBeVisible()
      const bookings = page.locator('.govuk-summary-card').filter({ has: page.getByRole('heading', { name: 'Bookings', exact: true }) })
      await expect(bookings.getByText(/^Next: Bulky waste collection: sofa, fridge freezer, /)).toBeVisible()
    },
  },
  {
    person: 'staff',
    homeTitle: 'staff.title',
    showsTheirData: async (page) => {
      await expect(page.getByText('You are signed in as contact-centre staff.', { exact: true })).toBeVisible()
      // Staff get the contact-centre screen, not a resident's account summary.
      await expect(page.getByRole('heading', { name: localeText('en', 'account', 'home.title') })).toHaveCount(0)
    },
  },
]

for (const { person, homeTitle, showsTheirData } of journeys) {
  const name = people[person]

  // Choosing Welsh with the switcher saves it to their profile on the shared gateway for a moment, and every other test
  // signed in as them would see Welsh pages then: so this runs alone, after the rest.
  test(`${name} signs in, sees their account in English and Welsh, and signing out leaves nothing of them @gateway-wide`, async ({
    page,
    context,
  }) => {
    const heading = page.getByRole('heading', { level: 1 })

    await page.goto('/')
    await expect(heading).toHaveText(localeText('en', 'account', 'start.title'))
    await page.getByRole('main').getByRole('link', { name: 'Sign in', exact: true }).click()
    await chooseOnSignInPage(page, person)

    await expect(page).toHaveURL('/')
    await expect(heading).toHaveText(localeText('en', 'account', homeTitle))
    await expect(page.getByRole('banner').getByText(`Signed in as ${name}`, { exact: true })).toBeVisible()
    await expect(page.getByRole('main').getByText(name, { exact: true })).toBeVisible()
    await showsTheirData(page)
    expect(await sessionCookie(context), 'the session cookie is set while signed in').toMatchObject({ httpOnly: true, sameSite: 'Lax' })

    await chooseLanguage(page, 'Cymraeg')
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
    await expect(heading).toHaveText(localeText('cy', 'account', homeTitle))
    await expect(page.getByRole('banner').getByText(name)).toBeVisible()

    await chooseLanguage(page, 'English')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB')
    await expect(heading).toHaveText(localeText('en', 'account', homeTitle))
    // The choice is saved to their profile: their next session, and every later test, starts in English again.
    await expect.poll(async () => ((await (await page.request.get('/api/me/profile')).json()) as { language: string }).language).toBe('en')

    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveURL('/signed-out')
    await expect(heading).toHaveText('You have signed out')

    expect(await sessionCookie(context), 'the session cookie is gone').toBeUndefined()
    expect(await leftInBrowser(page)).toEqual({ documentCookie: '', localStorage: [], sessionStorage: [], cachedApiRequests: [] })
    const session = await page.request.get('/api/session')
    expect(await session.json()).toEqual({ signedIn: false })

    await page.goto('/')
    await expect(heading).toHaveText(localeText('en', 'account', 'start.title'))
    await expect(page.getByRole('main').getByRole('link', { name: 'Sign in', exact: true })).toBeVisible()
    await expect(page.getByText(name)).toHaveCount(0)
  })
}
