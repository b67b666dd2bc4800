import { screen, within } from '@testing-library/react'
import type { RouteObject } from 'react-router'
import { describe, expect, it } from 'vitest'
import type { PersonaId } from '#mocks/personas'
import type { WhoMayUse } from '#src/session/who-may-use'
import { signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'
import { routes } from './routes'

/** Every page, who may use it, and an address that opens it. */
const pages: { route: string; visit: string; who: WhoMayUse }[] = [
  { route: '/', visit: '/', who: 'anyone' },
  { route: '/your-details', visit: '/your-details', who: 'signed-in' },
  { route: '/your-details/updated', visit: '/your-details/updated', who: 'signed-in' },
  { route: '/feedback', visit: '/feedback', who: 'anyone' },
  { route: '/feedback/sent', visit: '/feedback/sent', who: 'anyone' },
  { route: '/signed-out', visit: '/signed-out', who: 'anyone' },
  { route: '/help', visit: '/help', who: 'anyone' },
  { route: '/accessibility', visit: '/accessibility', who: 'anyone' },
  { route: '/privacy', visit: '/privacy', who: 'anyone' },
  { route: '/cookies', visit: '/cookies', who: 'anyone' },
  { route: '/report', visit: '/report', who: 'resident' },
  { route: '/report/emergency', visit: '/report/emergency', who: 'resident' },
  { route: '/report/questions', visit: '/report/questions', who: 'resident' },
  { route: '/report/location', visit: '/report/location', who: 'resident' },
  { route: '/report/photos', visit: '/report/photos', who: 'resident' },
  { route: '/report/nearby', visit: '/report/nearby', who: 'resident' },
  { route: '/report/check', visit: '/report/check', who: 'resident' },
  { route: '/report/sent', visit: '/report/sent', who: 'resident' },
  { route: '/report/waiting', visit: '/report/waiting', who: 'resident' },
  { route: '/evidence', visit: '/evidence', who: 'resident' },
  { route: '/evidence/send', visit: '/evidence/send', who: 'resident' },
  { route: '/report/following', visit: '/report/following', who: 'resident' },
  { route: '/report/book-repair', visit: '/report/book-repair', who: 'tenant' },
  { route: '/payments', visit: '/payments', who: 'resident' },
  { route: '/payments/pay/:owedId', visit: '/payments/pay/rent', who: 'resident' },
  { route: '/payments/return', visit: '/payments/return?payment=not-a-payment', who: 'resident' },
  { route: '/payments/receipt/:paymentId', visit: '/payments/receipt/not-a-payment', who: 'resident' },
  { route: '/payments/history', visit: '/payments/history', who: 'resident' },
  { route: '/pay/:token', visit: '/pay/not-a-link', who: 'anyone' },
  { route: '/pay/:token/done', visit: '/pay/not-a-link/done?payment=not-a-payment', who: 'anyone' },
  { route: '/staff/payment-link', visit: '/staff/payment-link', who: 'staff' },
  { route: '/staff/kiosk', visit: '/staff/kiosk', who: 'staff' },
  { route: '/staff/callers', visit: '/staff/callers', who: 'staff' },
  { route: '/staff/callers/:matchId/verify', visit: '/staff/callers/not-a-match/verify', who: 'staff' },
  { route: '/staff/finish-link', visit: '/staff/finish-link', who: 'staff' },
  { route: '/your-account/activity', visit: '/your-account/activity', who: 'resident' },
  { route: '/sign-out', visit: '/sign-out', who: 'signed-in' },
  { route: '/waiting', visit: '/waiting', who: 'signed-in' },
  { route: '/messages', visit: '/messages', who: 'resident' },
  { route: '/benefits', visit: '/benefits', who: 'resident' },
  { route: '/benefits/:reference', visit: '/benefits/HB-220981', who: 'resident' },
  { route: '/letters', visit: '/letters', who: 'resident' },
  { route: '/find-a-penalty-charge', visit: '/find-a-penalty-charge', who: 'anyone' },
  { route: '/parking/penalty-charges', visit: '/parking/penalty-charges', who: 'resident' },
  { route: '/parking/penalty-charges/:reference', visit: '/parking/penalty-charges/SM40219876', who: 'resident' },
  { route: '/parking/penalty-charges/:reference/challenge', visit: '/parking/penalty-charges/SM40219876/challenge', who: 'resident' },
  {
    route: '/parking/penalty-charges/:reference/challenge/check',
    visit: '/parking/penalty-charges/SM40219876/challenge/check',
    who: 'resident',
  },
  {
    route: '/parking/penalty-charges/:reference/challenge/sent',
    visit: '/parking/penalty-charges/SM40219876/challenge/sent',
    who: 'resident',
  },
  { route: '/letters/:id', visit: '/letters/LT-481205', who: 'resident' },
  { route: '/bookings', visit: '/bookings', who: 'resident' },
  { route: '/bookings/:reference', visit: '/bookings/BK-70311', who: 'resident' },
  { route: '/bookings/:reference/cancel', visit: '/bookings/BK-70311/cancel', who: 'resident' },
  { route: '/bookings/:reference/move', visit: '/bookings/BK-70311/move', who: 'resident' },
  { route: '/bookings/:reference/move/check', visit: '/bookings/BK-70311/move/check', who: 'resident' },
  { route: '/bookings/bulky-waste', visit: '/bookings/bulky-waste', who: 'resident' },
  { route: '/housing', visit: '/housing', who: 'resident' },
  { route: '/housing/rent', visit: '/housing/rent', who: 'tenant' },
  { route: '/housing/rent/statement', visit: '/housing/rent/statement', who: 'tenant' },
  { route: '/housing/household', visit: '/housing/household', who: 'tenant' },
  { route: '/housing/household/change/*', visit: '/housing/household/change/check', who: 'resident' },
  { route: '/report-a-change', visit: '/report-a-change', who: 'resident' },
  { route: '/report-a-change/when', visit: '/report-a-change/when', who: 'resident' },
  { route: '/report-a-change/details', visit: '/report-a-change/details', who: 'resident' },
  { route: '/report-a-change/documents', visit: '/report-a-change/documents', who: 'resident' },
  { route: '/report-a-change/check', visit: '/report-a-change/check', who: 'resident' },
  { route: '/report-a-change/told', visit: '/report-a-change/told', who: 'resident' },
  { route: '/housing/repairs', visit: '/housing/repairs', who: 'tenant' },
  { route: '/housing/direct-debit', visit: '/housing/direct-debit', who: 'tenant' },
  { route: '/housing/direct-debit/set-up', visit: '/housing/direct-debit/set-up', who: 'tenant' },
  { route: '/housing/direct-debit/set-up/check', visit: '/housing/direct-debit/set-up/check', who: 'tenant' },
  { route: '/housing/direct-debit/cancel', visit: '/housing/direct-debit/cancel', who: 'tenant' },
  { route: '/council-tax', visit: '/council-tax', who: 'resident' },
  { route: '/council-tax/direct-debit', visit: '/council-tax/direct-debit', who: 'resident' },
  { route: '/council-tax/direct-debit/set-up', visit: '/council-tax/direct-debit/set-up', who: 'resident' },
  { route: '/council-tax/direct-debit/set-up/check', visit: '/council-tax/direct-debit/set-up/check', who: 'resident' },
  { route: '/council-tax/direct-debit/cancel', visit: '/council-tax/direct-debit/cancel', who: 'resident' },
  { route: '/council-tax/single-person-discount', visit: '/council-tax/single-person-discount', who: 'resident' },
  { route: '/council-tax/single-person-discount/someone-else', visit: '/council-tax/single-person-discount/someone-else', who: 'resident' },
  { route: '/council-tax/single-person-discount/date', visit: '/council-tax/single-person-discount/date', who: 'resident' },
  { route: '/council-tax/single-person-discount/check', visit: '/council-tax/single-person-discount/check', who: 'resident' },
  { route: '/parking', visit: '/parking', who: 'resident' },
  { route: '/parking/resident-permits/apply', visit: '/parking/resident-permits/apply', who: 'resident' },
  { route: '/parking/resident-permits/apply/vehicle', visit: '/parking/resident-permits/apply/vehicle', who: 'resident' },
  { route: '/parking/resident-permits/apply/proofs', visit: '/parking/resident-permits/apply/proofs', who: 'resident' },
  { route: '/parking/resident-permits/apply/check', visit: '/parking/resident-permits/apply/check', who: 'resident' },
  { route: '/parking/resident-permits/apply/sent', visit: '/parking/resident-permits/apply/sent', who: 'resident' },
  { route: '/parking/resident-permits/:reference', visit: '/parking/resident-permits/RP-86514', who: 'resident' },
  { route: '/parking/resident-permits/:reference/renew', visit: '/parking/resident-permits/RP-86514/renew', who: 'resident' },
  {
    route: '/parking/resident-permits/:reference/change-vehicle',
    visit: '/parking/resident-permits/RP-86514/change-vehicle',
    who: 'resident',
  },
  { route: '/bookings/bulky-waste/time', visit: '/bookings/bulky-waste/time', who: 'resident' },
  { route: '/bookings/bulky-waste/check', visit: '/bookings/bulky-waste/check', who: 'resident' },
  { route: '/bookings/face-to-face', visit: '/bookings/face-to-face', who: 'resident' },
  { route: '/bookings/face-to-face/purpose', visit: '/bookings/face-to-face/purpose', who: 'resident' },
  { route: '/bookings/face-to-face/interpreter', visit: '/bookings/face-to-face/interpreter', who: 'resident' },
  { route: '/bookings/face-to-face/time', visit: '/bookings/face-to-face/time', who: 'resident' },
  { route: '/bookings/face-to-face/check', visit: '/bookings/face-to-face/check', who: 'resident' },
  { route: '/parking/visitors', visit: '/parking/visitors', who: 'resident' },
  { route: '/parking/visitors/book', visit: '/parking/visitors/book', who: 'resident' },
  { route: '/parking/visitors/book/check', visit: '/parking/visitors/book/check', who: 'resident' },
  { route: '/parking/visitors/:reference/cancel', visit: '/parking/visitors/VP-40266/cancel', who: 'resident' },
  { route: '/requests', visit: '/requests', who: 'resident' },
  { route: '/requests/:reference', visit: '/requests/SR-1047760', who: 'resident' },
  { route: '/*', visit: '/no-such-page', who: 'anyone' },
]

const people: PersonaId[] = ['tenant', 'renter', 'owner', 'staff']
const names: Record<PersonaId, string> = {
  tenant: 'Precious Okafor',
  renter: 'Tomasz Nowak',
  owner: 'Margaret Ellis',
  staff: 'Amira Haddad',
}

/** Who each demo person is, as far as pages care. */
const mayUse: Record<Exclude<WhoMayUse, 'anyone'>, PersonaId[]> = {
  'signed-in': ['tenant', 'renter', 'owner', 'staff'],
  resident: ['tenant', 'renter', 'owner'],
  tenant: ['tenant'],
  staff: ['staff'],
}

const refusals: Record<Exclude<WhoMayUse, 'anyone' | 'signed-in'>, string> = {
  resident: 'Contact centre staff cannot use this page',
  tenant: 'Only council tenants can use this page',
  staff: 'Only contact centre staff can use this page',
}
const signInTitle = 'Sign in to continue'
const guardTitles = [signInTitle, ...Object.values(refusals)]

function routePatterns(table: RouteObject[], parent = ''): string[] {
  return table.flatMap((route) => {
    const here = route.index ? parent || '/' : route.path ? `${parent}/${route.path}` : parent
    return [...(route.index || route.path ? [here] : []), ...routePatterns(route.children ?? [], here)]
  })
}

function guardHeading() {
  return screen.queryByRole('heading', { level: 1, name: (name) => guardTitles.includes(name) })
}

const guarded = pages.filter((page): page is typeof page & { who: Exclude<WhoMayUse, 'anyone'> } => page.who !== 'anyone')
const cases = guarded.flatMap((page) => people.map((person) => ({ ...page, person, allowed: mayUse[page.who].includes(person) })))

describe('who may use each page', () => {
  it('knows every page in the route table', () => {
    expect([...new Set(routePatterns(routes))].sort()).toEqual(pages.map((page) => page.route).sort())
  })

  it.each(pages.filter((page) => page.who === 'anyone'))('$route is for anyone, signed in or not', async ({ visit }) => {
    await renderApp(visit)
    const heading = await screen.findByRole('heading', { level: 1 })
    expect(guardTitles).not.toContain(heading.textContent)
  })

  it.each(guarded)('$route asks someone signed out to sign in and come back', async ({ visit }) => {
    await renderApp(visit)
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(signInTitle)
    const returnTo = encodeURIComponent(new URL(visit, 'http://localhost').pathname)
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      `/api/auth/sign-in?returnTo=${returnTo}`,
    )
  })

  it.each(cases)('$route for $person: allowed $allowed', async ({ visit, who, person, allowed }) => {
    signInAs(person)
    await renderApp(visit)
    // The header and the page's guard read the same answer from the gateway, so once the header names the person the guard has decided.
    await screen.findByText(`Signed in as ${names[person]}`)
    if (allowed) {
      expect(guardHeading()).not.toBeInTheDocument()
    } else {
      expect(who).not.toBe('signed-in')
      expect(guardHeading()).toHaveTextContent(refusals[who as keyof typeof refusals])
      // Somewhere to go instead, and a way home.
      expect(within(screen.getByRole('main')).getByRole('link', { name: 'Go to your account' })).toHaveAttribute('href', '/')
    }
  })
})

describe('booking a repair visit', () => {
  it('is offered to a council tenant', async () => {
    signInAs('tenant')
    await renderApp('/report/book-repair')
    expect(await screen.findByRole('group', { name: /When can we visit/i })).toBeInTheDocument()
  })

  it.each(['owner', 'renter'] as const)(
    'is not offered to a %s, who is told plainly to ask their landlord or managing agent',
    async (person) => {
      signInAs(person)
      await renderApp('/report/book-repair')
      expect(await screen.findByRole('heading', { level: 1, name: 'Only council tenants can use this page' })).toBeInTheDocument()
      const main = screen.getByRole('main')
      expect(main).toHaveTextContent('contact your landlord or letting agent about repairs')
      expect(main).toHaveTextContent('contact your managing agent about repairs to the building')
      expect(within(main).getByRole('link', { name: 'report a problem' })).toHaveAttribute('href', '/report')
      expect(within(main).queryByRole('radio')).not.toBeInTheDocument()
      expect(within(main).queryByRole('button')).not.toBeInTheDocument()
    },
  )
})
