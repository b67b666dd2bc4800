import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { SESSION_COOKIE } from '#mocks/reference-council'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

async function openYourDetails(person: Parameters<typeof signInAs>[0] = 'owner') {
  signInAs(person)
  const user = userEvent.setup()
  const view = await renderApp('/your-details')
  await screen.findByRole('heading', { level: 1, name: 'Your details' })
  const email = await screen.findByLabelText('Email address')
  return { user, email, ...view }
}

describe('Your details', () => {
  it('asks someone signed out to sign in and come back here', async () => {
    await renderApp('/your-details')
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to continue' })).toBeInTheDocument()
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/api/auth/sign-in?returnTo=%2Fyour-details',
    )
  })

  it('shows the name and gazetteer address, and the current contact details', async () => {
    const { email } = await openYourDetails('owner')
    expect(screen.getByText('Margaret Ellis')).toBeInTheDocument()
    expect(screen.getByText('9 Kestrel Avenue, Southmere SE21 8JB')).toBeInTheDocument()
    expect(email).toHaveValue('margaret.ellis@example.com')
    expect(screen.getByLabelText('By email')).toBeChecked()
    expect(screen.getByLabelText('By text message')).not.toBeChecked()
  })

  it('shows the privacy notice where the details are collected', async () => {
    await openYourDetails()
    expect(screen.getByRole('link', { name: 'privacy notice' })).toHaveAttribute('href', '/privacy')
  })

  it('uses the error summary and keeps what was typed when an answer needs changing', async () => {
    const { user, email } = await openYourDetails()
    await user.clear(email)
    await user.type(email, 'margaret@')
    await user.click(screen.getByLabelText('By text message'))
    await user.click(screen.getByRole('button', { name: 'Save your details' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument()
    const emailError = within(summary).getByRole('link', { name: 'Enter an email address in the correct format, like name@example.com' })
    expect(within(summary).getByRole('link', { name: 'Enter a mobile number to get alerts by text' })).toHaveAttribute('href', '#phone')
    expect(screen.getByText('Error:', { selector: '#email-error span' })).toBeInTheDocument()
    expect(email).toHaveAttribute('aria-describedby', 'email-error')
    expect(email).toHaveValue('margaret@')
    expect(document.activeElement).toBe(summary.parentElement)

    await user.click(emailError)
    expect(document.activeElement).toBe(email)
    expect(council.state.people.owner.profile.email).toBe('margaret.ellis@example.com')
  })

  it('saves a change and confirms it, with the satisfaction question', async () => {
    const { user, email } = await openYourDetails()
    await user.clear(email)
    await user.type(email, 'm.ellis@example.com')
    await user.click(screen.getByRole('button', { name: 'Save your details' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Your details have been saved' })).toBeInTheDocument()
    expect(screen.getByRole('group', { name: 'Overall, how did you feel about this service?' })).toBeInTheDocument()
    expect(council.state.people.owner.profile.email).toBe('m.ellis@example.com')
  })

  it("puts the gateway's field errors on the right fields, in our words, and plain words for a code we do not know", async () => {
    gatewayServer.use(
      http.patch('*/api/me/profile', () =>
        HttpResponse.json(
          {
            title: 'Some details need changing',
            status: 422,
            errors: [
              { field: 'email', code: 'email.format', message: 'Bad email' },
              { field: 'phone', code: 'phone.blocked', message: 'This number cannot get texts' },
            ],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    const { user } = await openYourDetails()
    await user.click(screen.getByRole('button', { name: 'Save your details' }))
    const summary = await screen.findByRole('alert')
    expect(
      within(summary).getByRole('link', { name: 'Enter an email address in the correct format, like name@example.com' }),
    ).toHaveAttribute('href', '#email')
    expect(within(summary).getByRole('link', { name: 'Check this answer and try again' })).toHaveAttribute('href', '#phone')
    expect(screen.queryByText('This number cannot get texts')).not.toBeInTheDocument()
  })

  it('keeps what was typed through a signed-out session, and gives it back after signing in again', async () => {
    const { user, email, unmount } = await openYourDetails()
    await user.clear(email)
    await user.type(email, 'new.address@example.com')
    council.expireAllSessions()
    await user.click(screen.getByRole('button', { name: 'Save your details' }))
    expect(await screen.findByText("You've been signed out")).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', '/api/auth/sign-in?returnTo=%2Fyour-details')
    expect(email).toHaveValue('new.address@example.com')
    unmount()

    const { email: emailAfterSigningIn } = await openYourDetails()
    expect(emailAfterSigningIn).toHaveValue('new.address@example.com')
  })

  it('gives what was typed back to nobody else who signs in on this tab, and then forgets it', async () => {
    const { user, email, unmount } = await openYourDetails('owner')
    await user.clear(email)
    await user.type(email, 'margaret.new@example.com')
    await user.type(screen.getByLabelText('Mobile phone number'), '07700 900999')
    council.expireAllSessions()
    await user.click(screen.getByRole('button', { name: 'Save your details' }))
    expect(await screen.findByText("You've been signed out")).toBeInTheDocument()
    unmount()

    const someoneElse = await openYourDetails('renter')
    expect(someoneElse.email).toHaveValue('tomasz.nowak@example.com')
    expect(screen.getByLabelText('Mobile phone number')).toHaveValue('07700 900456')
    someoneElse.unmount()

    const { email: emailWhenBack } = await openYourDetails('owner')
    expect(emailWhenBack).toHaveValue('margaret.ellis@example.com')
    expect(screen.getByLabelText('Mobile phone number')).toHaveValue('')
  })

  it('says in its own words that an email address is too long, before sending anything', async () => {
    let sent = 0
    // Counts each save, then lets the reference gateway answer it.
    gatewayServer.use(
      http.patch('*/api/me/profile', () => {
        sent += 1
      }),
    )
    signInAs('owner')
    const user = userEvent.setup()
    await renderApp('/your-details', { language: 'cy' })
    const email = await screen.findByLabelText('Cyfeiriad e-bost')
    await user.clear(email)
    await user.click(email)
    // One character more than an email address may have.
    await user.paste(`${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(62)}`)
    await user.click(screen.getByRole('button', { name: 'Cadw eich manylion' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: "Rhowch gyfeiriad e-bost sy'n 254 nod neu lai" })).toHaveAttribute('href', '#email')
    expect(sent).toBe(0)
    expect(council.state.people.owner.profile.email).toBe('margaret.ellis@example.com')
  })

  it('keeps what was typed when the connection drops, and says nothing was lost', async () => {
    gatewayServer.use(http.patch('*/api/me/profile', () => HttpResponse.error()))
    const { user, email } = await openYourDetails()
    await user.clear(email)
    await user.type(email, 'offline@example.com')
    await user.click(screen.getByRole('button', { name: 'Save your details' }))
    expect(await screen.findByText("You're offline")).toBeInTheDocument()
    expect(screen.getByText(/Nothing you typed has been lost/)).toBeInTheDocument()
    expect(email).toHaveValue('offline@example.com')
  })

  it('says it is still sending while a slow save is on its way, and cannot be pressed twice', async () => {
    let answer: () => void = () => {}
    const answered = new Promise<void>((resolve) => {
      answer = resolve
    })
    gatewayServer.use(
      // Holds the save until the test lets it through to the reference gateway.
      http.patch('*/api/me/profile', async () => {
        await answered
      }),
    )
    const { user } = await openYourDetails()
    await user.click(screen.getByRole('button', { name: 'Save your details' }))
    expect(await screen.findByText('Sending. On a slow connection this can take up to a minute.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Save your details' })).toBeDisabled()

    answer()
    expect(await screen.findByRole('heading', { level: 1, name: 'Your details have been saved' })).toBeInTheDocument()
  })

  it('switches the app to the language chosen here once saved', async () => {
    const { user } = await openYourDetails()
    await user.click(screen.getByLabelText('Cymraeg'))
    await user.click(screen.getByRole('button', { name: 'Save your details' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Mae eich manylion wedi cael eu cadw' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('cy')
    expect(council.state.people.owner.profile.language).toBe('cy')
  })
})

describe('Your details on a shared or public computer', () => {
  it('lets the browser fill in and remember the email and phone on the person’s own device', async () => {
    const { email } = await openYourDetails('owner')
    expect(email).toHaveAttribute('autocomplete', 'email')
    expect(screen.getByLabelText('Mobile phone number')).toHaveAttribute('autocomplete', 'tel')
  })

  it('turns the browser’s autocomplete off for the email and phone, so the next person is not offered them', async () => {
    // Signed in with "this is a shared or public computer" answered yes.
    const session = council.startSession('owner', Date.now(), true)
    document.cookie = `${SESSION_COOKIE}=${session.id}; Path=/`
    await renderApp('/your-details')
    const email = await screen.findByLabelText('Email address')
    expect(email).toHaveAttribute('autocomplete', 'off')
    expect(screen.getByLabelText('Mobile phone number')).toHaveAttribute('autocomplete', 'off')
  })

  it('turns it off on a library kiosk too', async () => {
    localStorage.setItem('my-account.device-mode', 'kiosk')
    const { email } = await openYourDetails('owner')
    expect(email).toHaveAttribute('autocomplete', 'off')
    expect(screen.getByLabelText('Mobile phone number')).toHaveAttribute('autocomplete', 'off')
  })
})
