import { File as NodeFile } from 'node:buffer'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { council, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'
import { SESSION_COOKIE } from '#mocks/reference-council'
import { lookupCardPage } from './find-penalty-charge-page'

// Node's File, as a browser's, can be kept in IndexedDB with the outbox item and read back as bytes; jsdom's cannot.
const pdf = (name: string, size = 3000) => {
  const bytes = new Uint8Array(size).fill(0x20)
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'))
  return new NodeFile([bytes], name, { type: 'application/pdf' }) as unknown as File
}

const summary = () => within(screen.getByRole('alert'))
const row = (key: string) => screen.getByText(key, { selector: 'dt' }).nextElementSibling as HTMLElement

async function openFinder() {
  document.cookie = `${SESSION_COOKIE}=; Max-Age=0; Path=/`
  const user = userEvent.setup()
  await renderApp('/find-a-penalty-charge')
  expect(await screen.findByRole('heading', { level: 1, name: 'Find a penalty charge' })).toBeInTheDocument()
  return user
}

async function find(user: ReturnType<typeof userEvent.setup>, pcnNumber: string, registration: string) {
  if (pcnNumber) await user.type(screen.getByLabelText('PCN number'), pcnNumber)
  if (registration) await user.type(screen.getByLabelText('Vehicle registration'), registration)
  await user.click(screen.getByRole('button', { name: 'Find the penalty charge' }))
}

describe('Finding a penalty charge without signing in', () => {
  it('shows the contravention, place, photos and the amount with its discount deadline, and pays at the discounted rate', async () => {
    const user = await openFinder()
    const open = vi.spyOn(lookupCardPage, 'open').mockImplementation(() => undefined)
    await find(user, 'sm40219876', 'lk19 xrt')

    expect(await screen.findByRole('heading', { level: 1, name: 'Penalty charge SM40219876' })).toBeInTheDocument()
    expect(row('What it is for')).toHaveTextContent('21 – Parked wholly or partly in a suspended bay or space')
    expect(row('Where')).toHaveTextContent('Elmwood Road, outside number 60')
    expect(row('Amount')).toHaveTextContent(/^Pay £80\.00 by .+; after that it is £160\.00\.$/)
    const photos = within(screen.getByRole('region', { name: 'Photos taken by the civil enforcement officer' })).getAllByRole('img')
    expect(photos).toHaveLength(3)
    expect(photos[0]).toHaveAccessibleName('The vehicle LK19 XRT parked at the kerb, Elmwood Road, outside number 60')
    expect(screen.getByRole('link', { name: 'Sign in to challenge' }).getAttribute('href')).toContain(
      encodeURIComponent('/parking/penalty-charges'),
    )

    await user.click(screen.getByRole('button', { name: 'Pay £80.00 now' }))
    await waitFor(() => expect(open).toHaveBeenCalledWith(expect.stringMatching(/\/pay\/card\//)))
    const [payment] = council.state.people.renter.payments
    expect(payment).toMatchObject({ owedId: 'pcn-SM40219876', amount: 8000 })
  })

  it('gives the same plain answer for a wrong number or registration, and keeps what was typed', async () => {
    const user = await openFinder()
    await find(user, 'SM40219877', 'LK19 XRT')
    expect(
      await summary().findByRole('link', {
        name: 'We could not find a penalty charge with that number and registration. Check both and try again.',
      }),
    ).toHaveAttribute('href', '#pcnNumber')
    expect(screen.getByLabelText('PCN number')).toHaveValue('SM40219877')
    expect(screen.getByLabelText('Vehicle registration')).toHaveValue('LK19 XRT')
  })

  it('says plainly when the PCN number or registration is the wrong shape, and when either is missing', async () => {
    const user = await openFinder()
    await find(user, '4021987', 'LK19 XRTT')
    expect(
      await summary().findByRole('link', {
        name: 'Enter the PCN number as it is on the notice: 2 letters and 8 numbers, for example SM40219876',
      }),
    ).toHaveAttribute('href', '#pcnNumber')
    expect(summary().getByRole('link', { name: 'Enter a UK vehicle registration, for example LK19 XRT' })).toHaveAttribute(
      'href',
      '#vehicleRegistration',
    )
    await user.clear(screen.getByLabelText('PCN number'))
    await user.clear(screen.getByLabelText('Vehicle registration'))
    await user.click(screen.getByRole('button', { name: 'Find the penalty charge' }))
    expect(await summary().findByRole('link', { name: 'Enter the PCN number' })).toBeInTheDocument()
    expect(summary().getByRole('link', { name: 'Enter the vehicle registration' })).toBeInTheDocument()
  })

  it('says a paid one is paid, and a challenged one is on hold with the discount kept, offering no payment', async () => {
    const user = await openFinder()
    await find(user, 'SM40187342', 'LK19 XRT')
    expect(await screen.findByText('This penalty charge has been paid. There is nothing more to do.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Pay / })).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Find another penalty charge' }))
    await user.clear(screen.getByLabelText('PCN number'))
    await find(user, 'SM40233415', '')
    expect(await screen.findByText(/Payment is on hold while we consider the challenge, and the discount is kept/)).toBeInTheDocument()
    expect(screen.getByText('Being considered')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Pay / })).not.toBeInTheDocument()
  })

  it('asks for the full amount once the discount window has passed', async () => {
    const user = await openFinder()
    await find(user, 'SM40164220', 'WR68 KTF')
    expect(await screen.findByRole('button', { name: 'Pay £110.00 now' })).toBeInTheDocument()
    expect(row('Amount')).toHaveTextContent(/^The discount ended on .+\. Pay £110\.00\.$/)
  })
})

describe("A signed-in person's penalty charges", () => {
  it('lists their own, and a charge page links to the payments journey', async () => {
    signInAs('renter')
    const user = userEvent.setup()
    await renderApp('/parking/penalty-charges')
    const table = await screen.findByRole('table', { name: 'Penalty charge notices for your vehicles' })
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['SM40219876', 'SM40187342', 'SM40233415'])
    await user.click(within(table).getByRole('link', { name: 'SM40219876' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Penalty charge SM40219876' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Pay this penalty charge' })).toHaveAttribute('href', '/payments/pay/pcn-SM40219876')
  })

  it("says another person's charge is not found", async () => {
    signInAs('renter')
    await renderApp('/parking/penalty-charges/SM40164220')
    expect(await screen.findByRole('heading', { level: 1, name: 'Penalty charge not found' })).toBeInTheDocument()
  })

  it('follows a rejected challenge: pay at the discounted rate by a new date', async () => {
    signInAs('renter')
    const charge = council.state.people.renter.penaltyCharges[2]
    if (!charge?.challenge) throw new Error('The seeded challenge is missing')
    Object.assign(charge, { status: 'unpaid', discountEndsOn: '2099-01-20' })
    Object.assign(charge.challenge, { status: 'rejected', decidedOn: '2099-01-06', decision: 'The permit shown was for Zone B.' })
    await renderApp('/parking/penalty-charges/SM40233415')
    const challenge = within(await screen.findByRole('region', { name: 'Your challenge' }))
    expect(challenge.getByText('Rejected')).toBeInTheDocument()
    expect(
      challenge.getByText(/^We rejected your challenge on .+\. You can still pay £80\.00 if you pay by 20 January 2099\.$/),
    ).toBeInTheDocument()
    expect(challenge.getByText('The permit shown was for Zone B.')).toBeInTheDocument()
  })

  it('challenges one with evidence: errors first, then check answers, then the confirmation, and the payment is on hold', async () => {
    signInAs('renter')
    const user = userEvent.setup({ applyAccept: false })
    await renderApp('/parking/penalty-charges/SM40219876/challenge')
    expect(await screen.findByRole('heading', { level: 1, name: 'Why should you not pay?' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await summary().findByRole('link', { name: 'Choose the reason that fits best' })).toHaveAttribute('href', '#ground')
    expect(summary().getByRole('link', { name: 'Tell us what happened' })).toHaveAttribute('href', '#statement')

    await user.click(screen.getByRole('radio', { name: 'I did not park in the wrong place' }))
    await user.type(screen.getByLabelText('Tell us what happened'), 'The suspension sign went up after I parked.')
    await user.upload(screen.getByLabelText('Upload documents'), pdf('suspension-notice.pdf'))
    expect(await screen.findByText('suspension-notice.pdf', { selector: 'dt' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Check your challenge before sending it' })).toBeInTheDocument()
    expect(row('Reason')).toHaveTextContent('I did not park in the wrong place')
    expect(row('Photos and documents')).toHaveTextContent('suspension-notice.pdf')
    await user.click(screen.getByRole('button', { name: 'Send challenge' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Challenge sent' })).toBeInTheDocument()
    const charge = council.state.people.renter.penaltyCharges[0]
    expect(charge).toMatchObject({ status: 'challenged', challenge: { ground: 'no_contravention', documents: 1, status: 'received' } })
    expect(council.state.people.renter.evidence.documents.at(-1)).toMatchObject({
      fileName: 'suspension-notice.pdf',
      purpose: { for: 'penalty-charge-challenge', reference: 'SM40219876' },
    })
  })

  it("cannot challenge another person's charge", async () => {
    signInAs('renter')
    await renderApp('/parking/penalty-charges/SM40164220/challenge')
    expect(await screen.findByRole('heading', { level: 1, name: 'Penalty charge not found' })).toBeInTheDocument()
  })
})
