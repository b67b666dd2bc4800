import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { addToOutbox } from '#src/outbox/outbox-store'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

async function findMargaretByReference(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('radio', { name: 'By reference number' }))
  await user.type(screen.getByRole('textbox', { name: 'Reference number' }), 'CT-60298154')
  await user.click(screen.getByRole('button', { name: 'Find the caller' }))
}

async function answerAsMargaret(user: ReturnType<typeof userEvent.setup>, birthYear = '1949') {
  const birth = await screen.findByRole('group', { name: 'What is your date of birth?' })
  await user.type(within(birth).getByRole('textbox', { name: 'Day' }), '27')
  await user.type(within(birth).getByRole('textbox', { name: 'Month' }), '2')
  await user.type(within(birth).getByRole('textbox', { name: 'Year' }), birthYear)
  await user.type(screen.getByRole('textbox', { name: 'What is the first line of your address?' }), '9 Kestrel Avenue')
  await user.click(screen.getByRole('button', { name: 'Check answers' }))
}

describe('finding a caller', () => {
  it('asks how to find the caller, and says what is missing', async () => {
    const user = userEvent.setup()
    signInAs('staff')
    await renderApp('/staff/callers')

    await user.click(await screen.findByRole('button', { name: 'Find the caller' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Select how you want to find the caller' })).toBeInTheDocument()
  })

  it('says only that there is no match, and shows nothing of anyone', async () => {
    const user = userEvent.setup()
    signInAs('staff')
    await renderApp('/staff/callers')

    await user.click(await screen.findByRole('radio', { name: 'By name and postcode' }))
    await user.type(screen.getByRole('textbox', { name: 'Full name' }), 'Margaret Ellis')
    await user.type(screen.getByRole('textbox', { name: 'Postcode' }), 'SE1 1AA')
    await user.click(screen.getByRole('button', { name: 'Find the caller' }))

    expect(await screen.findByText('No match. Check the details with the caller, or find them another way.')).toBeInTheDocument()
  })

  it('goes on to the questions for one match, without showing the name or anything else of the person', async () => {
    const user = userEvent.setup()
    signInAs('staff')
    await renderApp('/staff/callers')

    await findMargaretByReference(user)

    expect(await screen.findByRole('heading', { level: 1, name: 'Check it is the caller' })).toBeInTheDocument()
    expect(screen.getByText('Tries left: 3')).toBeInTheDocument()
    expect(document.body).not.toHaveTextContent(/Margaret|Kestrel|SE21/)
  })
})

describe('verifying a caller', () => {
  it('counts wrong answers, then locks the match for the call', async () => {
    const user = userEvent.setup()
    signInAs('staff')
    await renderApp('/staff/callers')
    await findMargaretByReference(user)

    await answerAsMargaret(user, '1950')
    expect(await screen.findByText('The answers do not match our records.')).toBeInTheDocument()
    expect(screen.getByText('Tries left: 2')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Check answers' }))
    await screen.findByText('Tries left: 1')
    await user.click(screen.getByRole('button', { name: 'Check answers' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot help this caller with their account' })).toBeInTheDocument()
  })

  it("with the right answers opens the caller's account under a banner saying whose it is, and End call forgets them", async () => {
    const user = userEvent.setup()
    signInAs('staff')
    await renderApp('/staff/callers')
    await findMargaretByReference(user)

    await answerAsMargaret(user)

    const banner = await screen.findByRole('region', { name: 'Contact centre' })
    expect(within(banner).getByText('You are helping Margaret Ellis on the phone')).toBeInTheDocument()
    expect(await screen.findByRole('heading', { level: 2, name: 'Activity on your account' })).toBeInTheDocument()

    await user.click(within(banner).getByRole('button', { name: 'End call' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Find the caller' })).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Contact centre' })).not.toBeInTheDocument())
    expect(document.body).not.toHaveTextContent('Margaret Ellis')
    expect(council.state.audit.at(-1)).toMatchObject({ kind: 'callEnded', about: 'owner' })
  })

  it('keeps the call open while something sent for the caller has not gone, as ending it would forget it', async () => {
    const user = userEvent.setup()
    signInAs('staff')
    gatewayServer.use(
      http.post('*/api/me/requests/:reference/comments', () => HttpResponse.json({ title: 'Down', status: 503 }, { status: 503 })),
    )
    await renderApp('/staff/callers')
    await findMargaretByReference(user)
    await answerAsMargaret(user)
    const banner = await screen.findByRole('region', { name: 'Contact centre' })
    await addToOutbox({
      id: 'for-the-caller',
      personId: 'staff',
      kind: 'comment',
      payload: { reference: 'SR-1047760', body: { text: 'Still dark at night', photoIds: [] } },
    })

    await user.click(within(banner).getByRole('button', { name: 'End call' }))

    expect(
      await within(banner).findByText(
        'Something you sent for the caller has not gone yet. End the call once it has gone, or once you have dealt with it.',
      ),
    ).toBeInTheDocument()
    expect(within(banner).getByRole('link', { name: 'See what is waiting to send' })).toHaveAttribute('href', '/waiting')
    expect(within(banner).getByText('You are helping Margaret Ellis on the phone')).toBeInTheDocument()
    expect(council.state.audit.some((entry) => entry.kind === 'callEnded')).toBe(false)
  })

  it("keeps the adviser's language their own: the caller's preferred language neither changes the screen nor is changed by it", async () => {
    const user = userEvent.setup()
    council.state.people.owner.profile.language = 'pl'
    signInAs('staff')
    await renderApp('/staff/callers')
    await findMargaretByReference(user)
    await answerAsMargaret(user)
    const banner = await screen.findByRole('region', { name: 'Contact centre' })
    expect(await screen.findByRole('heading', { level: 2, name: 'Activity on your account' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en-GB')

    const languages = screen.getByRole('navigation', { name: 'Language' })
    await user.click(within(languages).getByText('Change language:', { exact: false }))
    await user.click(within(languages).getByRole('link', { name: 'Cymraeg' }))
    expect(await within(banner).findByText('Rydych yn helpu Margaret Ellis ar y ffôn')).toBeInTheDocument()
    expect(council.state.people.owner.profile.language).toBe('pl')
  })

  it('tells staff to send a payment link instead of taking a card payment', async () => {
    const user = userEvent.setup()
    signInAs('staff')
    await renderApp('/staff/callers')
    await findMargaretByReference(user)
    await answerAsMargaret(user)
    await screen.findByRole('region', { name: 'Contact centre' })

    await user.click(await screen.findByRole('link', { name: /^Pay/ }))
    await screen.findByRole('heading', { level: 1, name: /pay/i })
    const [payForSomething] = await screen.findAllByRole('link', { name: /^Pay / })
    if (!payForSomething) throw new Error('Nothing to pay')
    await user.click(payForSomething)

    expect(await screen.findByRole('heading', { level: 1, name: 'Send a payment link instead' })).toBeInTheDocument()
  })
})

describe('the activity on your account', () => {
  it('shows what the contact centre did, by whom', async () => {
    signInAs('staff')
    council.state.audit.push({
      at: new Date().toISOString(),
      staffId: 'staff',
      action: 'reportProblem for the caller',
      about: 'owner',
      item: 'SR-1099',
      kind: 'problemReported',
      channel: 'telephone',
    })
    signInAs('owner')
    await renderApp('/your-account/activity')

    const row = await screen.findByRole('row', { name: /Reported a problem SR-1099/ })
    expect(within(row).getByText('the contact centre (telephone)')).toBeInTheDocument()
  })
})

describe('what the contact centre made for a resident', () => {
  it("says so on the report, in the resident's own account", async () => {
    const request = council.state.people.owner.requests.find((candidate) => candidate.reference === 'SR-1047760')
    if (!request) throw new Error('The seeded report is missing')
    request.madeBy = { staffId: 'staff', channel: 'telephone' }
    signInAs('owner')

    await renderApp('/requests/SR-1047760')
    expect(await screen.findByText('Made by the contact centre on your behalf')).toBeInTheDocument()
  })

  it('says so on the booking', async () => {
    const booking = council.state.people.owner.bookings.find((candidate) => candidate.reference === 'BK-70288')
    if (!booking) throw new Error('The seeded booking is missing')
    booking.madeBy = { staffId: 'staff', channel: 'telephone' }
    signInAs('owner')

    await renderApp('/bookings/BK-70288')
    expect(await screen.findByText('Made by the contact centre on your behalf')).toBeInTheDocument()
  })
})
