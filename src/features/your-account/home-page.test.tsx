import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { summarise } from '#mocks/personas'
import { formatDate } from '#src/format/format'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

async function cardNamed(title: string) {
  const heading = await screen.findByRole('heading', { level: 2, name: title })
  const card = heading.closest<HTMLElement>('.govuk-summary-card')
  if (!card) throw new Error(`No card for ${title}`)
  return within(card)
}

describe('Your account', () => {
  it('invites someone signed out to sign in, listing what the council offers', async () => {
    await renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'My Account' })).toBeInTheDocument()
    expect(screen.getByText(/report a problem, such as a missed bin/)).toBeInTheDocument()
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/api/auth/sign-in?returnTo=%2F',
    )
  })

  it('says the person is offline, in its heading, when the app opens with no signal', async () => {
    gatewayServer.use(http.get('*/api/session', () => HttpResponse.error()))
    await renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: "You're offline" })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('Check your signal or Wi-Fi, then try again.')
    expect(screen.queryByText('Sorry, something went wrong')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })

  it('shows a tenant the rent they owe and their open repair', async () => {
    signInAs('tenant')
    await renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Your account' })).toBeInTheDocument()
    const rent = await cardNamed('Rent')
    expect(rent.getByText('You owe £186.42.')).toBeInTheDocument()
    expect(rent.getByText('Your rent is £148.62 a week.')).toBeInTheDocument()
    expect(rent.getByRole('link', { name: 'Pay rent' })).toHaveAttribute('href', '/payments/pay/rent')
    expect(rent.getByRole('link', { name: 'Your home and rent account' })).toHaveAttribute('href', '/housing')
    expect((await cardNamed('Reported problems')).getByText('You have 1 open report.')).toBeInTheDocument()
    const benefits = await cardNamed('Benefits')
    expect(benefits.getByText('Housing Benefit: £93.50 a week')).toBeInTheDocument()
    expect(benefits.getByText('Council Tax Reduction: £22.14 a week')).toBeInTheDocument()
    expect(benefits.getByRole('link', { name: 'See your benefits' })).toHaveAttribute('href', '/benefits')
    expect(benefits.getByRole('link', { name: 'Letters about your benefits' })).toHaveAttribute('href', '/letters?service=benefits')
    expect((await cardNamed('Bookings')).getByText(/Next: Repair: kitchen tap leaking/)).toBeInTheDocument()
  })

  it('says on the benefits card that a claim is being looked at, with no award yet', async () => {
    signInAs('tenant')
    const [housingBenefit, reduction] = council.state.people.tenant.benefitClaims
    if (!housingBenefit || !reduction) throw new Error('The tenant has no claims')
    council.state.people.tenant.benefitClaims = [housingBenefit, { ...reduction, status: 'assessing', award: null, payments: [] }]
    await renderApp('/')
    const benefits = await cardNamed('Benefits')
    expect(benefits.getByText('Housing Benefit: £93.50 a week')).toBeInTheDocument()
    expect(benefits.queryByText(/^Council Tax Reduction:/)).not.toBeInTheDocument()
    expect(benefits.getByText('Being assessed')).toHaveClass('govuk-tag')
    expect(benefits.getByText(/We are looking at your claim\. We will write to you when we have decided\./)).toBeInTheDocument()
  })

  it('links the next booking and all of them from the bookings card', async () => {
    signInAs('tenant')
    const next = summarise(council.state.people.tenant).nextBooking
    if (!next) throw new Error('The tenant has no booking coming up')
    await renderApp('/')
    const bookings = await cardNamed('Bookings')
    expect(bookings.getByRole('link', { name: `See booking ${next.reference}` })).toHaveAttribute('href', `/bookings/${next.reference}`)
    expect(bookings.getByRole('link', { name: 'See your bookings' })).toHaveAttribute('href', '/bookings')
  })

  it('links all the bookings even when none is coming up', async () => {
    signInAs('owner')
    council.state.people.owner.bookings = []
    await renderApp('/')
    const bookings = await cardNamed('Bookings')
    expect(bookings.getByText('You have no bookings coming up.')).toBeInTheDocument()
    expect(bookings.getByRole('link', { name: 'See your bookings' })).toHaveAttribute('href', '/bookings')
    expect(bookings.queryByRole('link', { name: /^See booking/ })).not.toBeInTheDocument()
  })

  it('shows a private renter the penalty charge to pay, with the discount date', async () => {
    signInAs('renter')
    await renderApp('/')
    const parking = await cardNamed('Parking')
    expect(parking.getByText('You have 1 active permit.')).toBeInTheDocument()
    expect(parking.getByText('To pay')).toBeInTheDocument()
    expect(parking.getByText(/Penalty charge SM40219876: pay £80.00 by/)).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Rent' })).not.toBeInTheDocument()
  })

  it('asks for the full amount of a penalty charge whose discount has ended, by the day before a charge certificate', async () => {
    signInAs('owner')
    const charge = council.state.people.owner.penaltyCharges.find((each) => each.reference === 'SM40164220')
    if (!charge) throw new Error('Margaret has no penalty charge SM40164220')
    const dayBeforeCertificate = new Date(Date.parse(charge.issuedAt) + 28 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
    await renderApp('/')
    const parking = await cardNamed('Parking')
    expect(parking.getByText(`Penalty charge SM40164220: pay £110.00 by ${formatDate(dayBeforeCertificate, 'en')}.`)).toBeInTheDocument()
  })

  it('asks a private renter to renew the permit that ended, and links to parking', async () => {
    signInAs('renter')
    await renderApp('/')
    const parking = await cardNamed('Parking')
    expect(parking.getByText('Renew', { selector: '.govuk-tag' })).toBeInTheDocument()
    expect(parking.getByText(/Resident permit RP-80977 ended on/)).toBeInTheDocument()
    expect(parking.getByRole('link', { name: /^Renew/ })).toHaveAttribute('href', '/parking/resident-permits/RP-80977/renew')
    expect(parking.getByRole('link', { name: 'Parking: permits and penalty charges' })).toHaveAttribute('href', '/parking')
  })

  it('asks for payment of a permit application, and says when a permit ends within 28 days', async () => {
    signInAs('renter')
    const [active, ended] = council.state.people.renter.residentPermits
    if (!active || !ended) throw new Error('The renter has two permits')
    active.validTo = new Date(Date.now() + 20 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
    active.renewableFrom = new Date().toISOString().slice(0, 10)
    ended.toPay = { owedId: 'permit-RP-80977-renewal-R-1', for: 'renewal', amount: 18500, newVehicle: null }
    await renderApp('/')
    const parking = await cardNamed('Parking')
    expect(parking.getByText(/Resident permit RP-88120 ends on/)).toBeInTheDocument()
    expect(parking.getByText('Resident permit RP-80977: pay £185.00 to renew it.')).toBeInTheDocument()
    const payLinks = parking.getAllByRole('link', { name: /^Pay now/ }).map((link) => link.getAttribute('href'))
    expect(payLinks).toContain('/payments/pay/permit-RP-80977-renewal-R-1')
  })

  it('tells someone whose address is in no parking zone, with no penalty charges, where parking is, without a card', async () => {
    signInAs('owner')
    council.state.people.owner.penaltyCharges = []
    await renderApp('/')
    expect(await screen.findByRole('link', { name: 'Parking: permits and penalty charges' })).toHaveAttribute('href', '/parking')
    expect(screen.queryByRole('heading', { name: 'Parking' })).not.toBeInTheDocument()
  })

  it('shows a home owner their council tax instalment and next bulky waste collection', async () => {
    signInAs('owner')
    await renderApp('/')
    const councilTax = await cardNamed('Council tax')
    expect(councilTax.getByText(/Your next instalment of £245.78 is due on/)).toBeInTheDocument()
    expect(councilTax.getByText('Left to pay this year: £1,228.90.')).toBeInTheDocument()
    expect((await cardNamed('Bookings')).getByText(/Next: Bulky waste collection: sofa, fridge freezer/)).toBeInTheDocument()
  })

  it('shows contact-centre staff their own home, not a resident account', async () => {
    signInAs('staff')
    await renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Contact centre' })).toBeInTheDocument()
    expect(screen.getByText('Everything you do is recorded under your own name.')).toBeInTheDocument()
  })

  it('says so plainly, with the phone number, when the gateway is down', async () => {
    signInAs('tenant')
    gatewayServer.use(http.get('*/api/me/summary', () => HttpResponse.json({ title: 'Down', status: 503 }, { status: 503 })))
    await renderApp('/')
    expect(await screen.findByText('Sorry, our system is not working right now')).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('If you need help now, call us on 020 7946 0000.')
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })

  it('explains an answer that breaks the contract instead of showing a blank page', async () => {
    signInAs('tenant')
    gatewayServer.use(http.get('*/api/me/summary', () => HttpResponse.json({ rent: 'lots' })))
    await renderApp('/')
    expect(await screen.findByText('Sorry, we got an answer we did not understand')).toBeInTheDocument()
  })

  it('shows the account in Welsh, with Welsh plurals', async () => {
    signInAs('renter')
    await renderApp('/', { language: 'cy' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Eich cyfrif' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('cy')
    expect(await screen.findByText('Mae gennych 1 drwydded weithredol.')).toBeInTheDocument()
  })

  it("marks the council's English description of the next booking as English in a Welsh sentence", async () => {
    signInAs('owner')
    await renderApp('/', { language: 'cy' })
    const booking = (await cardNamed('Archebion')).getByText('Bulky waste collection: sofa, fridge freezer')
    expect(booking).toHaveAttribute('lang', 'en-GB')
    expect(booking.parentElement).toHaveTextContent(/^Nesaf: Bulky waste collection: sofa, fridge freezer, .+\.$/)
  })

  it("switches to a signed-in person's preferred language when they have not chosen one on this device", async () => {
    council.state.people.owner.profile.language = 'cy'
    signInAs('owner')
    await renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Eich cyfrif' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('cy')
  })
})
