import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createGatewayClient } from '#src/gateway/client'
import { formatDate } from '#src/format/format'
import { flushOutbox } from '#src/outbox/flush-outbox'
import { outboxFor } from '#src/outbox/outbox-store'
import { SESSION_COOKIE } from '#mocks/reference-council'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

type User = ReturnType<typeof userEvent.setup>
const nextYear = new Date().getFullYear() + 1

const continueButton = () => screen.getByRole('button', { name: 'Continue' })

async function heading(name: string) {
  return screen.findByRole('heading', { level: 1, name })
}

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])
}

async function expectSummaryFocused() {
  const summary = await screen.findByRole('alert')
  await waitFor(() => expect(summary.parentElement).toHaveFocus())
  expect(document.title).toMatch(/^Error: /)
}

async function chooseWhat(user: User, what: string) {
  await user.click(await screen.findByRole('radio', { name: what }))
  await user.click(continueButton())
}

async function typeDate(user: User, day: string, month: string, year: string) {
  await heading('When did it change?')
  await user.type(screen.getByRole('textbox', { name: 'Day' }), day)
  await user.type(screen.getByRole('textbox', { name: 'Month' }), month)
  await user.type(screen.getByRole('textbox', { name: 'Year' }), year)
  await user.click(continueButton())
}

async function typeNewAddress(user: User) {
  await heading('What is your new address?')
  await user.type(screen.getByRole('textbox', { name: 'Address line 1' }), 'Flat 4, 18 Larch Road')
  await user.type(screen.getByRole('textbox', { name: 'Town or city (optional)' }), 'Southmere')
  await user.type(screen.getByRole('textbox', { name: 'Postcode' }), 'se94qt')
  await user.click(continueButton())
}

/** From the home page to check answers: a move to a new home, on 3 February 2025. */
async function tellOfAMove(user: User) {
  await user.click(await screen.findByRole('link', { name: 'Tell us about a change' }))
  await chooseWhat(user, 'I have moved home')
  await typeDate(user, '3', '2', '2025')
  await typeNewAddress(user)
  await heading('Send documents that show the change (optional)')
  await user.click(continueButton())
  await heading('Check your answers before telling us')
}

const answers = () => [...document.querySelectorAll('.govuk-summary-list__row')].map((row) => row.querySelector('dd')?.textContent)

describe('Reporting a change, told once', () => {
  it('a tenant who moved home tells us once; the confirmation names council tax, benefits and housing', async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    await renderApp('/')
    await tellOfAMove(user)

    expect(answers()).toEqual([
      'I have moved home',
      formatDate('2025-02-03', 'en'),
      'Flat 4, 18 Larch RoadSouthmereSE9 4QT',
      'Nothing else',
      'None',
    ])
    await user.click(screen.getByRole('button', { name: 'Tell us about this change' }))

    expect(await heading('Change reported')).toBeInTheDocument()
    const [told] = council.state.people.tenant.changesOfCircumstances
    expect(told).toMatchObject({
      what: 'address',
      date: '2025-02-03',
      newAddress: { lines: ['Flat 4, 18 Larch Road', 'Southmere'], postcode: 'SE9 4QT' },
      evidenceIds: [],
      servicesTold: ['council_tax', 'benefits', 'housing'],
    })
    expect(screen.getByText(told?.reference ?? 'no reference')).toBeInTheDocument()
    const services = within(screen.getByRole('list', { name: 'Who we have told' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(services).toEqual(['Council tax', 'Benefits: Housing Benefit and Council Tax Reduction', 'Housing, for your tenancy'])
  })

  it("a renter's move reaches council tax and the parking permit, and says so", async () => {
    signInAs('renter')
    const user = userEvent.setup()
    await renderApp('/')
    await tellOfAMove(user)
    await user.click(screen.getByRole('button', { name: 'Tell us about this change' }))
    expect(await heading('Change reported')).toBeInTheDocument()
    expect(screen.getByText('We have told these services for you:')).toBeInTheDocument()
    expect(
      within(screen.getByRole('list', { name: 'Who we have told' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Council tax', 'Parking, for your resident permit'])
  })

  it('says so when no service needs the change', async () => {
    signInAs('owner')
    const user = userEvent.setup()
    await renderApp('/report-a-change')
    await chooseWhat(user, 'Income changed')
    await typeDate(user, '1', '3', '2025')
    await user.click(await screen.findByRole('radio', { name: 'Mine' }))
    await user.click(screen.getByRole('radio', { name: 'Pension' }))
    await user.click(continueButton())
    await heading('Send documents that show the change (optional)')
    await user.click(continueButton())
    await user.click(await screen.findByRole('button', { name: 'Tell us about this change' }))
    expect(await heading('Change reported')).toBeInTheDocument()
    expect(screen.getByText(/^None of the services you get from us needs to know/)).toBeInTheDocument()
    expect(council.state.people.owner.changesOfCircumstances).toMatchObject([
      { income: { whose: 'mine', kind: 'pension' }, servicesTold: [] },
    ])
  })

  it('check answers has a Change link for each answer, which comes back to check answers keeping the rest', async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    await renderApp('/')
    await tellOfAMove(user)
    expect(screen.getByRole('link', { name: 'Change What changed' })).toHaveAttribute('href', '/report-a-change?change=1#what')
    expect(screen.getByRole('link', { name: 'Change When' })).toHaveAttribute('href', '/report-a-change/when?change=1#date')
    expect(screen.getByRole('link', { name: 'Change Documents' })).toHaveAttribute('href', '/report-a-change/documents?change=1#evidence')

    await user.click(screen.getByRole('link', { name: 'Change New address' }))
    const line1 = await screen.findByRole('textbox', { name: 'Address line 1' })
    expect(line1).toHaveValue('Flat 4, 18 Larch Road')
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/report-a-change/check')
    await user.clear(line1)
    await user.type(line1, '22 Larch Road')
    await user.click(continueButton())
    await heading('Check your answers before telling us')
    expect(answers()[2]).toBe('22 Larch RoadSouthmereSE9 4QT')

    // A different kind of change asks for its own details before coming back.
    await user.click(screen.getByRole('link', { name: 'Change What changed' }))
    await chooseWhat(user, 'Someone moved in with me')
    await heading('Who moved in?')
    await user.type(screen.getByRole('textbox', { name: 'Their full name' }), 'Grace Okafor')
    await user.click(screen.getByRole('radio', { name: 'Parent' }))
    await user.click(continueButton())
    await heading('Check your answers before telling us')
    expect(answers()).toEqual([
      'Someone moved in with me',
      formatDate('2025-02-03', 'en'),
      'Grace Okafor',
      'Parent',
      'Nothing else',
      'None',
    ])
  })

  it('says what is wrong on each step, in a summary that takes focus, keeping everything typed', async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    await renderApp('/report-a-change')
    await heading('What has changed?')
    await user.click(continueButton())
    await expectSummaryFocused()
    expect(summaryLinks()).toEqual([['Select what has changed', '#what']])
    await chooseWhat(user, 'I have moved home')

    await heading('When did it change?')
    await user.click(continueButton())
    await expectSummaryFocused()
    expect(summaryLinks()).toEqual([['Enter the date it changed', '#date']])
    await user.type(screen.getByRole('textbox', { name: 'Day' }), '31')
    await user.type(screen.getByRole('textbox', { name: 'Month' }), '2')
    await user.click(continueButton())
    expect(summaryLinks()).toEqual([['The date must include a year', '#date']])
    expect(screen.getByRole('textbox', { name: 'Year' })).toHaveClass('govuk-input--error')
    expect(screen.getByRole('textbox', { name: 'Day' })).not.toHaveClass('govuk-input--error')
    await user.type(screen.getByRole('textbox', { name: 'Year' }), '2025')
    await user.click(continueButton())
    expect(summaryLinks()).toEqual([['The date must be a real date', '#date']])
    const day = screen.getByRole('textbox', { name: 'Day' })
    await user.clear(day)
    await user.type(day, '1')
    const year = screen.getByRole('textbox', { name: 'Year' })
    await user.clear(year)
    await user.type(year, String(nextYear + 1))
    await user.click(continueButton())
    expect(summaryLinks()).toEqual([['The date must be within the next 12 months', '#date']])
    expect(screen.getByRole('textbox', { name: 'Month' })).toHaveValue('2')
    await user.clear(year)
    await user.type(year, '2025')
    await user.click(continueButton())

    await heading('What is your new address?')
    await user.click(continueButton())
    await expectSummaryFocused()
    expect(summaryLinks()).toEqual([
      ['Enter your new postcode', '#postcode'],
      ['Enter address line 1, typically the building and street', '#addressLine1'],
    ])
    await user.click(screen.getByRole('textbox', { name: 'Address line 1' }))
    await user.paste('a'.repeat(101))
    await user.type(screen.getByRole('textbox', { name: 'Postcode' }), 'not a postcode')
    await user.click(screen.getByRole('textbox', { name: /anything else/ }))
    await user.paste('b'.repeat(1001))
    expect(screen.getByText('You have 1 character too many')).toBeInTheDocument()
    await user.click(continueButton())
    expect(summaryLinks()).toEqual([
      ['Enter a real postcode, like SE9 4QT', '#postcode'],
      ['Address line 1 must be 100 characters or fewer', '#addressLine1'],
      ['This must be 1,000 characters or fewer', '#details'],
    ])
    expect(screen.getByRole('textbox', { name: 'Address line 1' })).toHaveValue('a'.repeat(101))
    expect(screen.getByRole('textbox', { name: 'Postcode' })).toHaveValue('not a postcode')
    expect(screen.getByRole('textbox', { name: /anything else/ })).toHaveValue('b'.repeat(1001))
    expect(council.state.people.tenant.changesOfCircumstances).toEqual([])
  })

  it.each([
    [
      'Someone moved in with me',
      'Who moved in?',
      [
        ['Enter their full name', '#name'],
        ['Select how they are related to you', '#relationship'],
      ],
    ],
    [
      'Someone moved out',
      'Who moved out?',
      [
        ['Enter their full name', '#name'],
        ['Select how they are related to you', '#relationship'],
      ],
    ],
    [
      'Income changed',
      'Whose income changed?',
      [
        ['Select whose income changed', '#whose'],
        ['Select what kind of income changed', '#incomeKind'],
      ],
    ],
    ['Something else changed', 'Tell us what changed', [['Tell us what has changed', '#details']]],
  ])('the details of "%s" say what is missing', async (what, title, expected) => {
    signInAs('tenant')
    const user = userEvent.setup()
    await renderApp('/report-a-change')
    await chooseWhat(user, what)
    await typeDate(user, '3', '2', '2025')
    await heading(title)
    await user.click(continueButton())
    await expectSummaryFocused()
    expect(summaryLinks()).toEqual(expected)
  })

  it('finds the new address by its postcode in the gazetteer, and sends its UPRN', async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    await renderApp('/report-a-change')
    await chooseWhat(user, 'I have moved home')
    await typeDate(user, '3', '2', '2025')
    await heading('What is your new address?')
    await user.type(screen.getByRole('textbox', { name: 'Postcode' }), 'se21 8jb')
    await user.click(screen.getByRole('button', { name: 'Find address' }))
    const found = await screen.findByRole('group', { name: 'Choose your address: 4 addresses found' })
    await user.click(within(found).getByRole('radio', { name: '11 Kestrel Avenue, Southmere' }))
    expect(screen.getByRole('textbox', { name: 'Address line 1' })).toHaveValue('11 Kestrel Avenue')
    expect(screen.getByRole('textbox', { name: 'Town or city (optional)' })).toHaveValue('Southmere')
    await user.click(continueButton())
    await heading('Send documents that show the change (optional)')
    await user.click(continueButton())
    await heading('Check your answers before telling us')
    expect(answers()[2]).toBe('11 Kestrel AvenueSouthmereSE21 8JB')
    await user.click(screen.getByRole('button', { name: 'Tell us about this change' }))
    expect(await heading('Change reported')).toBeInTheDocument()
    expect(council.state.people.tenant.changesOfCircumstances[0]?.newAddress).toEqual({
      uprn: '100021390011',
      lines: ['11 Kestrel Avenue', 'Southmere'],
      postcode: 'SE21 8JB',
    })
  })

  it("an address found and then typed over is the person's own, sent without the UPRN", async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    await renderApp('/report-a-change')
    await chooseWhat(user, 'I have moved home')
    await typeDate(user, '3', '2', '2025')
    await heading('What is your new address?')
    await user.type(screen.getByRole('textbox', { name: 'Postcode' }), 'SE21 8JB')
    await user.click(screen.getByRole('button', { name: 'Find address' }))
    await user.click(await screen.findByRole('radio', { name: '11 Kestrel Avenue, Southmere' }))
    const line1 = screen.getByRole('textbox', { name: 'Address line 1' })
    await user.clear(line1)
    await user.type(line1, 'The Loft, 11 Kestrel Avenue')
    expect(screen.getByRole('radio', { name: '11 Kestrel Avenue, Southmere' })).not.toBeChecked()
    await user.click(continueButton())
    await heading('Send documents that show the change (optional)')
    await user.click(continueButton())
    await user.click(await screen.findByRole('button', { name: 'Tell us about this change' }))
    expect(await heading('Change reported')).toBeInTheDocument()
    expect(council.state.people.tenant.changesOfCircumstances[0]?.newAddress).toEqual({
      lines: ['The Loft, 11 Kestrel Avenue', 'Southmere'],
      postcode: 'SE21 8JB',
    })
  })

  it('with no signal, says finding an address needs one, and takes the address typed', async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    await renderApp('/report-a-change')
    await chooseWhat(user, 'I have moved home')
    await typeDate(user, '3', '2', '2025')
    await heading('What is your new address?')
    gatewayServer.use(http.post('*/api/addresses/lookup', () => HttpResponse.error()))
    await user.type(screen.getByRole('textbox', { name: 'Postcode' }), 'SE9 4QT')
    await user.click(screen.getByRole('button', { name: 'Find address' }))
    expect(await screen.findByText('Finding an address needs a signal. Enter the address yourself below.')).toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: 'Address line 1' }), 'Flat 4, 18 Larch Road')
    await user.click(continueButton())
    expect(await heading('Send documents that show the change (optional)')).toBeInTheDocument()
  })

  it('says when no address is found at the postcode', async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    await renderApp('/report-a-change')
    await chooseWhat(user, 'I have moved home')
    await typeDate(user, '3', '2', '2025')
    await heading('What is your new address?')
    await user.type(screen.getByRole('textbox', { name: 'Postcode' }), 'SE9 4QT')
    await user.click(screen.getByRole('button', { name: 'Find address' }))
    expect(await screen.findByText(/We could not find any addresses at that postcode/)).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Postcode' })).toHaveValue('SE9 4QT')
  })

  it('keeps the answers through a reload or a closed tab', async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    const first = await renderApp('/')
    await tellOfAMove(user)
    first.unmount()

    await renderApp('/report-a-change/check')
    expect(await heading('Check your answers before telling us')).toBeInTheDocument()
    expect(answers()[2]).toBe('Flat 4, 18 Larch RoadSouthmereSE9 4QT')
  })

  it('a step opened before the ones it needs goes back to the first question not answered', async () => {
    signInAs('tenant')
    await renderApp('/report-a-change/check')
    expect(await heading('What has changed?')).toBeInTheDocument()
  })

  it('says what the council refused in its own words, on check answers, keeping the answers', async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    await renderApp('/')
    await tellOfAMove(user)
    gatewayServer.use(
      http.post('*/api/me/changes-of-circumstances', () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Invalid',
            status: 422,
            errors: [{ field: 'newAddress.postcode', code: 'too_big', message: 'Too big' }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    await user.click(screen.getByRole('button', { name: 'Tell us about this change' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Your postcode must be 10 characters or fewer')
    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers before telling us' })).toBeInTheDocument()
    expect(answers()[0]).toBe('I have moved home')
    expect(await outboxFor('tenant')).toEqual([])
  })

  it('offline, keeps the change in the outbox and says so; back online it is told once, however often the outbox is sent', async () => {
    signInAs('tenant')
    const user = userEvent.setup()
    await renderApp('/')
    await tellOfAMove(user)
    gatewayServer.use(http.post('*/api/me/changes-of-circumstances', () => HttpResponse.error()))
    await user.click(screen.getByRole('button', { name: 'Tell us about this change' }))

    expect(await heading('Your change is waiting to be sent')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'See what is waiting to be sent' })).toHaveAttribute('href', '/waiting')
    expect(await outboxFor('tenant')).toMatchObject([
      { kind: 'change-of-circumstances', state: 'queued', payload: { change: { what: 'address', date: '2025-02-03' }, evidence: [] } },
    ])
    expect(council.state.people.tenant.changesOfCircumstances).toEqual([])

    gatewayServer.resetHandlers()
    const gateway = createGatewayClient({ baseUrl: '/api', backoffMs: 0, retries: 0, timeoutMs: 2000 })
    await Promise.all([flushOutbox(gateway, 'tenant'), flushOutbox(gateway, 'tenant')])
    await flushOutbox(gateway, 'tenant')
    expect(council.state.people.tenant.changesOfCircumstances).toMatchObject([{ servicesTold: ['council_tax', 'benefits', 'housing'] }])
    expect(await outboxFor('tenant')).toMatchObject([{ kind: 'change-of-circumstances', state: 'sent' }])
  })

  it('on a computer the person said is shared, keeps nothing to send later and says so plainly, keeping the answers', async () => {
    const session = council.startSession('tenant', Date.now(), true)
    document.cookie = `${SESSION_COOKIE}=${session.id}; Path=/`
    const user = userEvent.setup()
    await renderApp('/')
    await tellOfAMove(user)
    gatewayServer.use(http.post('*/api/me/changes-of-circumstances', () => HttpResponse.error()))
    await user.click(screen.getByRole('button', { name: 'Tell us about this change' }))
    expect(
      await screen.findByText('A shared computer does not keep your change to send later. Check the connection and try again.'),
    ).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers before telling us' })).toBeInTheDocument()
    expect(await outboxFor('tenant')).toEqual([])

    gatewayServer.resetHandlers()
    await user.click(screen.getByRole('button', { name: 'Tell us about this change' }))
    expect(await heading('Change reported')).toBeInTheDocument()
    expect(council.state.people.tenant.changesOfCircumstances).toHaveLength(1)
  })

  it('is not for contact-centre staff', async () => {
    signInAs('staff')
    await renderApp('/report-a-change')
    expect(await heading('Contact centre staff cannot use this page')).toBeInTheDocument()
  })
})
