import { File as NodeFile } from 'node:buffer'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createGatewayClient } from '#src/gateway/client'
import { flushOutbox } from '#src/outbox/flush-outbox'
import { outboxFor } from '#src/outbox/outbox-store'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

type User = ReturnType<typeof userEvent.setup>

// Node's File, as a browser's, can be kept in IndexedDB with the outbox item and read back as bytes; jsdom's cannot.
const pdf = (name: string, size = 3000) => {
  const bytes = new Uint8Array(size).fill(0x20)
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'))
  return new NodeFile([bytes], name, { type: 'application/pdf' }) as unknown as File
}

const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name })
const continueButton = () => screen.getByRole('button', { name: 'Continue' })

async function typeRegistration(user: User, registration: string) {
  const field = await screen.findByRole('textbox', { name: 'Vehicle registration' })
  await user.clear(field)
  await user.type(field, registration)
  await user.click(continueButton())
}

async function sendProofs(user: User) {
  await heading('Send your proofs')
  await user.upload(screen.getByLabelText('Upload proof of your address'), pdf('council-tax-bill.pdf'))
  await user.click(screen.getByRole('radio', { name: 'Vehicle log book (V5C)' }))
  await user.upload(screen.getByLabelText('Upload the log book or letter'), pdf('v5c.pdf'))
  await user.click(continueButton())
}

/** From the parking page to check answers, for the tenant's electric car. */
async function applyUpToCheck(user: User) {
  await renderApp('/parking')
  await user.click(await screen.findByRole('link', { name: 'Apply for a resident permit' }))
  expect(await screen.findByText('Your address is in Zone A (Coldharbour). You can apply for a resident permit.')).toBeInTheDocument()
  await user.click(screen.getByRole('link', { name: 'Start now' }))
  await heading('What is the vehicle registration?')
  await typeRegistration(user, 'lr21 kvm')
  await sendProofs(user)
  await heading('Check your answers')
}

describe('resident permits', () => {
  it('says plainly when an address is in no zone, so no permit is needed', async () => {
    signInAs('owner')
    await renderApp('/parking/resident-permits/apply')
    expect(await screen.findByRole('heading', { level: 2, name: 'You do not need a resident permit' })).toBeInTheDocument()
    expect(screen.getByText(/Your address is not in a controlled parking zone/)).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Start now' })).not.toBeInTheDocument()
  })

  it('says plainly when the household has the most permits the council allows', async () => {
    signInAs('renter')
    const [active] = council.state.people.renter.residentPermits
    if (!active) throw new Error('The renter has a permit')
    council.state.people.renter.residentPermits.push({ ...active, reference: 'RP-88121', vehicleRegistration: 'YD68 PLU' })
    await renderApp('/parking/resident-permits/apply')
    expect(await screen.findByRole('heading', { level: 2, name: 'Your household has the most permits allowed' })).toBeInTheDocument()
    expect(screen.getByText('A household in Zone C (Elmwood) can have up to 2 resident permits.')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Start now' })).not.toBeInTheDocument()
  })

  it('puts a registration of the wrong shape in the error summary, and one the DVLA does not know, keeping what was typed', async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    await renderApp('/parking/resident-permits/apply/vehicle')
    await typeRegistration(user, 'HELLO WORLD')
    const summary = await screen.findByRole('alert')
    await waitFor(() => expect(summary.parentElement).toHaveFocus())
    const link = within(summary).getByRole('link', { name: 'Enter a UK vehicle registration, like AB12 CDE' })
    expect(link).toHaveAttribute('href', '#registration')
    expect(screen.getByRole('textbox', { name: /Vehicle registration/ })).toHaveValue('HELLO WORLD')

    await typeRegistration(user, 'AB12 CDE')
    expect(
      await within(await screen.findByRole('alert')).findByText(/We could not find a vehicle with that registration/),
    ).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: /Vehicle registration/ })).toHaveValue('AB12 CDE')
  })

  it('asks for both proofs before check answers', async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    await renderApp('/parking/resident-permits/apply/vehicle')
    await typeRegistration(user, 'LR21KVM')
    await heading('Send your proofs')
    await user.click(continueButton())
    const summary = await screen.findByRole('alert')
    expect(
      within(summary)
        .getAllByRole('link')
        .map((each) => each.getAttribute('href')),
    ).toEqual(['#addressProofs', '#vehicleProof', '#vehicleProofs'])
  })

  it('applies with proofs, then pays through the payments journey, after which the permit is active', async () => {
    signInAs('tenant')
    const user = userEvent.setup({ applyAccept: false })
    await applyUpToCheck(user)
    expect(screen.getByText('NISSAN, WHITE')).toBeInTheDocument()
    expect(screen.getByText('Electric')).toBeInTheDocument()
    expect(screen.getByText('Next you pay £25.00. Your permit starts when you have paid.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Send application' }))

    expect(await heading('Application sent')).toBeInTheDocument()
    const permit = council.state.people.tenant.residentPermits.at(-1)
    expect(permit).toMatchObject({ status: 'awaiting_payment', vehicleRegistration: 'LR21 KVM', zone: 'Zone A (Coldharbour)' })
    const documents = council.state.people.tenant.evidence.documents.filter((document) => document.purpose?.for === 'parking-permit')
    expect(documents.map((document) => document.fileName)).toEqual(['council-tax-bill.pdf', 'v5c.pdf'])
    const pay = screen.getByRole('link', { name: 'Pay £25.00' })
    expect(pay).toHaveAttribute('href', `/payments/pay/permit-${permit?.reference ?? ''}`)

    await user.click(pay)
    expect(await screen.findByText('£25.00')).toBeInTheDocument()
    // The pay page's own journey is tested with payments; here the card page is paid as the gateway's test card would.
    const gateway = createGatewayClient({ baseUrl: '/api', backoffMs: 0, retries: 0, timeoutMs: 2000 })
    const started = await gateway.call('startPayment', {
      body: { owedId: `permit-${permit?.reference ?? ''}`, amount: 2500, returnPath: '/payments/return' },
      idempotencyKey: crypto.randomUUID(),
    })
    if (!started.ok || !started.data.nextUrl) throw new Error('No card page')
    await fetch(started.data.nextUrl)
    await fetch(started.data.nextUrl, {
      method: 'POST',
      body: new URLSearchParams({ cardNumber: '4444333322221111', action: 'pay' }),
      redirect: 'manual',
    })
    expect(council.state.people.tenant.residentPermits.at(-1)).toMatchObject({ status: 'active', toPay: null })
  })

  it('offline, keeps the application in the outbox; home and parking say it waits, then that it needs paying once sent', async () => {
    signInAs('tenant')
    const user = userEvent.setup({ applyAccept: false })
    await applyUpToCheck(user)
    gatewayServer.use(http.post('*/api/evidence/uploads', () => HttpResponse.error()))
    await user.click(screen.getByRole('button', { name: 'Send application' }))
    expect(await heading('Your application is saved to send')).toBeInTheDocument()
    expect(await outboxFor('tenant')).toMatchObject([{ kind: 'resident-permit-application', state: 'queued' }])

    await user.click(screen.getByRole('link', { name: 'Back to parking' }))
    expect(await screen.findByText(/A permit application or change is waiting to send/)).toBeInTheDocument()

    gatewayServer.resetHandlers()
    await flushOutbox(createGatewayClient({ baseUrl: '/api', backoffMs: 0, retries: 0, timeoutMs: 2000 }), 'tenant')
    expect(council.state.people.tenant.residentPermits.at(-1)).toMatchObject({ status: 'awaiting_payment' })
    await renderApp('/')
    const parking = within(
      (await screen.findByRole('heading', { level: 2, name: 'Parking' })).closest('.govuk-summary-card') as HTMLElement,
    )
    expect(await parking.findByText(/pay £25.00 to start it/)).toBeInTheDocument()
  })

  it('renews a permit that has ended, then offers to pay for it', async () => {
    signInAs('renter')
    const user = userEvent.setup()
    await renderApp('/parking/resident-permits/RP-80977')
    expect(await heading('Your resident permit')).toBeInTheDocument()
    expect(screen.getByText('Ended')).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Renew this permit' }))
    await heading('Renew your permit')
    expect(screen.getByText('£185.00')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Renew permit' }))
    expect(await heading('Renewal sent')).toBeInTheDocument()
    expect(screen.getByText('Pay £185.00 to renew your permit for 12 months.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Pay £185.00' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/payments\/pay\/permit-RP-80977-renewal-/),
    )
  })

  it('does not offer to renew a permit with months left, and says from when', async () => {
    signInAs('renter')
    await renderApp('/parking/resident-permits/RP-88120')
    expect(await heading('Your resident permit')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Renew this permit' })).not.toBeInTheDocument()
    expect(screen.getByText(/You can renew it from .*, 28 days before it ends/)).toBeInTheDocument()
  })

  it('changes the vehicle with its V5C, showing the new vehicle and the fee to pay', async () => {
    signInAs('renter')
    const user = userEvent.setup({ applyAccept: false })
    await renderApp('/parking/resident-permits/RP-88120')
    await user.click(await screen.findByRole('link', { name: 'Change the vehicle' }))
    await heading('Change the vehicle on your permit')
    await user.type(screen.getByRole('textbox', { name: /Vehicle registration/ }), 'lr21kvm')
    await user.click(screen.getByRole('radio', { name: 'Vehicle log book (V5C)' }))
    await user.upload(screen.getByLabelText('Upload the log book or letter'), pdf('new-v5c.pdf'))
    await user.click(continueButton())
    await heading('Check the new vehicle')
    expect(screen.getByText('NISSAN, WHITE')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Send change' }))
    expect(await heading('Change of vehicle sent')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Pay £12.00' })).toBeInTheDocument()
    expect(council.state.people.renter.residentPermits[0]?.toPay).toMatchObject({ for: 'vehicle-change', amount: 1200 })
  })

  it("another person's permit is not found", async () => {
    signInAs('tenant')
    await renderApp('/parking/resident-permits/RP-88120')
    expect(await heading('We cannot find this permit')).toBeInTheDocument()
  })
})

describe('the parking page', () => {
  it('shows each resident permit with what needs doing, and links to visitor permits and penalty charges', async () => {
    signInAs('renter')
    await renderApp('/parking')
    const card = within(
      (await screen.findByRole('heading', { level: 2, name: 'Permit RP-80977' })).closest('.govuk-summary-card') as HTMLElement,
    )
    expect(card.getByText('Ended')).toBeInTheDocument()
    expect(await screen.findByRole('link', { name: /^Renew/ })).toHaveAttribute('href', '/parking/resident-permits/RP-80977/renew')
    expect(screen.getByRole('heading', { level: 2, name: 'Permit RP-88120' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Visitor permits' })).toHaveAttribute('href', '/parking/visitors')
    expect(screen.getByRole('link', { name: 'Penalty charges' })).toHaveAttribute('href', '/parking/penalty-charges')
  })
})
