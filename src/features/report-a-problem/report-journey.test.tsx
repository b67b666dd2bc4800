import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { http, HttpResponse } from 'msw'
import { QueryClient } from '@tanstack/react-query'
import { lastSignedIn } from '#src/device/account-cache'
import { forgetKeptCatalogue, keptCatalogueAnswer } from '#src/device/catalogue-store'
import { createGatewayClient } from '#src/gateway/client'
import { outboxFor } from '#src/outbox/outbox-store'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'
import { SESSION_COOKIE } from '#mocks/reference-council'
import { definitions } from '#mocks/service-catalogue'
import { saveDraft } from '#src/device/drafts'
import { emptyDraft, REPORT_DRAFT, type ReportDraft } from './report-draft'
import { keepCatalogueForOffline } from './report-queries'

/** The phone's own answer to "where am I?", on the real navigator, so everything else it says stays as it is. */
function phoneLocation(getCurrentPosition: Geolocation['getCurrentPosition']) {
  Object.defineProperty(navigator, 'geolocation', { configurable: true, value: { getCurrentPosition } })
}

afterEach(async () => {
  Reflect.deleteProperty(navigator, 'geolocation')
  vi.restoreAllMocks()
  // The catalogue is kept through sign-out, so it must go between tests by hand.
  await forgetKeptCatalogue()
})

/** No signal at all: the browser knows it, and nothing reaches the gateway. */
function loseSignal() {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
  gatewayServer.use(http.all('*/api/*', () => HttpResponse.error()))
}

function signalBack() {
  vi.restoreAllMocks()
  gatewayServer.resetHandlers()
  window.dispatchEvent(new Event('online'))
}

const ownersMissedBins = () => council.state.people.owner.requests.filter((request) => request.serviceCode === 'missed-bin' && request.open)

async function startReport(person: Parameters<typeof signInAs>[0] = 'owner', path = '/report') {
  signInAs(person)
  const user = userEvent.setup()
  const view = await renderApp(path)
  return { user, ...view }
}

async function chooseMissedBin(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('Describe the problem in a few words'), 'bin not emptied')
  await user.click(screen.getByRole('button', { name: 'Search' }))
  await user.click(await screen.findByLabelText('Missed bin collection'))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
}

async function answerWhichBin(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('heading', { level: 1, name: 'Tell us about the problem' })
  await user.click(screen.getByLabelText('Recycling'))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
}

async function findKestrelAvenue(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('heading', { level: 1, name: 'Where is the problem?' })
  await user.click(screen.getByLabelText('Find the nearest address by postcode'))
  await user.type(screen.getByLabelText('Postcode'), 'se21 8jb')
  await user.click(screen.getByRole('button', { name: 'Find address' }))
  await user.click(await screen.findByLabelText('11 Kestrel Avenue, Southmere'))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await screen.findByRole('heading', { level: 1, name: 'Add photos' })
}

describe('reporting a problem', () => {
  it('finds the service from everyday words', async () => {
    const { user } = await startReport()
    await user.type(await screen.findByLabelText('Describe the problem in a few words'), 'lamp post')
    await user.click(screen.getByRole('button', { name: 'Search' }))
    expect(await screen.findByText(/1 result/, { selector: '[role="status"], [role="status"] *' })).toBeInTheDocument()
    expect(screen.getByLabelText('Street light not working')).toBeInTheDocument()
    expect(screen.queryByLabelText('Missed bin collection')).not.toBeInTheDocument()
  })

  it('lets people browse every kind of problem by group, without housing repairs for non-tenants', async () => {
    await startReport('owner')
    expect(await screen.findByRole('group', { name: 'Bins and recycling' })).toBeInTheDocument()
    expect(screen.getByRole('group', { name: 'Roads' })).toBeInTheDocument()
    expect(screen.queryByLabelText('Housing repair')).not.toBeInTheDocument()
  })

  it('asks to choose a service before going on', async () => {
    const { user } = await startReport()
    await user.click(await screen.findByRole('button', { name: 'Continue' }))
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Select what you want to report' })).toHaveAttribute('href', '#service')
    expect(document.title).toMatch(/^Error: What do you want to report\?/)
    expect(within(screen.getByRole('group', { name: /Bins and recycling/ })).getAllByRole('radio')[0]).toHaveAttribute('id', 'service')
  })

  it("asks the service's own questions and says which one needs an answer", async () => {
    const { user } = await startReport()
    await chooseMissedBin(user)
    await screen.findByRole('heading', { level: 1, name: 'Tell us about the problem' })
    expect(screen.getByRole('group', { name: 'Which bin was missed?' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: 'Select an answer: Which bin was missed?' })).toHaveAttribute(
      'href',
      '#answer-bin_type',
    )
  })

  it('reports a missed bin found by postcode, checks the answers, and gives a reference', async () => {
    const { user } = await startReport('owner')
    await chooseMissedBin(user)
    await answerWhichBin(user)
    await findKestrelAvenue(user)
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Has someone already reported this?' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'None of these: make a new report' }))

    await screen.findByRole('heading', { level: 1, name: 'Check your answers before sending your report' })
    expect(screen.getByText('Missed bin collection')).toBeInTheDocument()
    expect(screen.getByText('Recycling')).toBeInTheDocument()
    expect(screen.getByText('11 Kestrel Avenue, Southmere SE21 8JB')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Send report' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Report sent' })).toBeInTheDocument()
    const sent = council.state.people.owner.requests[0]
    expect(sent).toMatchObject({ serviceCode: 'missed-bin', location: '11 Kestrel Avenue, Southmere SE21 8JB', status: 'received' })
    expect(screen.getByText(sent?.reference ?? 'missing')).toBeInTheDocument()
    expect(screen.getByText(/We aim to deal with it by/)).toBeInTheDocument()
    expect(screen.getByRole('group', { name: 'Overall, how did you feel about this service?' })).toBeInTheDocument()
  })

  it('returns to check your answers, with answers filled in, after a change', async () => {
    const { user } = await startReport('owner')
    await chooseMissedBin(user)
    await answerWhichBin(user)
    await findKestrelAvenue(user)
    await user.click(await screen.findByRole('button', { name: 'Continue' }))
    await user.click(await screen.findByRole('button', { name: 'None of these: make a new report' }))
    await screen.findByRole('heading', { level: 1, name: 'Check your answers before sending your report' })

    await user.click(screen.getByRole('link', { name: 'Change Which bin was missed?' }))
    await screen.findByRole('heading', { level: 1, name: 'Tell us about the problem' })
    expect(screen.getByLabelText('Recycling')).toBeChecked()
    await user.click(screen.getByLabelText('Food waste'))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { level: 1, name: 'Check your answers before sending your report' })
    expect(screen.getByText('Food waste')).toBeInTheDocument()
  })

  it('lets the resident follow an open report nearby instead of making a new one', async () => {
    const { user } = await startReport('owner')
    await chooseMissedBin(user)
    await answerWhichBin(user)
    await findKestrelAvenue(user)
    await user.click(await screen.findByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { level: 1, name: 'Has someone already reported this?' })
    expect(screen.getByText(/Reference SR-1048500/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Follow this report SR-1048500' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'You are following this report' })).toBeInTheDocument()
    expect(council.state.people.owner.requests[0]).toMatchObject({ reference: 'SR-1048500', followed: true })
    expect(council.state.people.owner.requests.filter((request) => request.serviceCode === 'missed-bin' && request.open)).toHaveLength(1)
  })

  it('checks the postcode before looking it up', async () => {
    const { user } = await startReport('owner', '/report')
    await chooseMissedBin(user)
    await answerWhichBin(user)
    await user.click(await screen.findByLabelText('Find the nearest address by postcode'))
    await user.type(screen.getByLabelText('Postcode'), 'not a postcode')
    await user.click(screen.getByRole('button', { name: 'Find address' }))
    expect(await screen.findByText('Enter a real postcode, like SE5 9QT', { selector: '#postcode-error' })).toBeInTheDocument()
    expect(screen.getByLabelText('Postcode')).toHaveValue('not a postcode')
  })

  it('looks the postcode up when Enter is pressed in its box, as "Find address" does', async () => {
    const { user } = await startReport('owner', '/report')
    await chooseMissedBin(user)
    await answerWhichBin(user)
    await user.click(await screen.findByLabelText('Find the nearest address by postcode'))
    await user.type(screen.getByLabelText('Postcode'), 'se21 8jb{Enter}')
    expect(await screen.findByLabelText('11 Kestrel Avenue, Southmere')).toBeInTheDocument()
    // Focus goes to the addresses found, so they are read out and the next Tab reaches them.
    expect(document.activeElement).toContainElement(screen.getByLabelText('11 Kestrel Avenue, Southmere'))
    expect(screen.queryByText('Enter a postcode', { exact: false, selector: '#postcode-error' })).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: 'Where is the problem?' })).toBeInTheDocument()
  })

  it('offers other ways to say where when the phone will not share its location', async () => {
    const getCurrentPosition = vi.fn((_: PositionCallback, fail: PositionErrorCallback) =>
      fail({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' } as GeolocationPositionError),
    )
    phoneLocation(getCurrentPosition)
    const { user } = await startReport('owner')
    await chooseMissedBin(user)
    await answerWhichBin(user)
    await user.click(await screen.findByLabelText('Use where I am now'))
    await user.click(screen.getByRole('button', { name: 'Use my current location' }))
    expect(
      await screen.findByText(/Your phone did not share your location. You can find an address by postcode or describe the place instead./),
    ).toBeInTheDocument()
    await user.click(screen.getByLabelText('Describe the place in words'))
    await user.type(screen.getByLabelText('Describe where the problem is'), 'Behind the library car park')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Add photos' })).toBeInTheDocument()
  })

  it('uses the location the phone shares', async () => {
    const getCurrentPosition = vi.fn((found: PositionCallback) =>
      found({ coords: { latitude: 51.4402, longitude: -0.0863, accuracy: 12 } } as GeolocationPosition),
    )
    phoneLocation(getCurrentPosition)
    const { user } = await startReport('owner')
    await chooseMissedBin(user)
    await answerWhichBin(user)
    await user.click(await screen.findByLabelText('Use where I am now'))
    await user.click(screen.getByRole('button', { name: 'Use my current location' }))
    expect(await screen.findByText(/accurate to about 12 metres/)).toBeInTheDocument()
  })

  it('keeps an unfinished report when the app is closed and opened again', async () => {
    const first = await startReport('owner')
    await chooseMissedBin(first.user)
    await screen.findByRole('heading', { level: 1, name: 'Tell us about the problem' })
    await first.user.click(screen.getByLabelText('Garden waste'))
    await first.user.type(screen.getByLabelText('Is there anything else we should know? (optional)'), 'Third week running')
    first.unmount()

    await renderApp('/report/questions')
    expect(await screen.findByLabelText('Garden waste')).toBeChecked()
    expect(screen.getByLabelText('Is there anything else we should know? (optional)')).toHaveValue('Third week running')
  })

  it('keeps a postcode typed but not yet looked up', async () => {
    const first = await startReport('owner')
    await chooseMissedBin(first.user)
    await answerWhichBin(first.user)
    await first.user.click(await screen.findByLabelText('Find the nearest address by postcode'))
    await first.user.type(screen.getByLabelText('Postcode'), 'SE24 0L')
    first.unmount()

    await renderApp('/report/location')
    expect(await screen.findByLabelText('Postcode')).toHaveValue('SE24 0L')
  })

  it("never gives one person's draft to another", async () => {
    const first = await startReport('owner')
    await chooseMissedBin(first.user)
    await screen.findByRole('heading', { level: 1, name: 'Tell us about the problem' })
    first.unmount()

    signInAs('renter')
    await renderApp('/report/check')
    expect(await screen.findByText('There is no report to check. It may have been sent already.')).toBeInTheDocument()
  })

  it('sends a report only once when the answer is lost and it is sent again', async () => {
    const { user } = await startReport('owner')
    await chooseMissedBin(user)
    await answerWhichBin(user)
    await findKestrelAvenue(user)
    await user.click(await screen.findByRole('button', { name: 'Continue' }))
    await user.click(await screen.findByRole('button', { name: 'None of these: make a new report' }))
    await screen.findByRole('heading', { level: 1, name: 'Check your answers before sending your report' })
    council.state.faults.dropAfterActing = 1
    await user.click(screen.getByRole('button', { name: 'Send report' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Report sent' })).toBeInTheDocument()
    expect(council.state.people.owner.requests.filter((request) => request.serviceCode === 'missed-bin' && request.open)).toHaveLength(1)
    expect([...council.state.applied.values()].every((count) => count === 1)).toBe(true)
  })
})

describe('choosing the problem from the list', () => {
  const groupNames = ['Bins and recycling', 'Council housing', 'Noise and nuisance', 'Roads', 'Streets and pavements']

  it('puts the search first, then each group of problems as a radio group of its own', async () => {
    await startReport('tenant')
    const search = await screen.findByLabelText('Describe the problem in a few words')
    const list = screen.getByRole('heading', { level: 2, name: 'Or choose from the list' })
    expect(search.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()

    const namesByGroup = groupNames.map((group) => {
      const radios = within(screen.getByRole('group', { name: group })).getAllByRole<HTMLInputElement>('radio')
      return [...new Set(radios.map((radio) => radio.name))]
    })
    for (const names of namesByGroup) expect(names).toHaveLength(1)
    expect(new Set(namesByGroup.flat()).size, 'no two groups share a radio group').toBe(groupNames.length)
  })

  it('keeps the arrow keys inside a group', async () => {
    const { user } = await startReport('owner')
    const streets = within(await screen.findByRole('group', { name: 'Streets and pavements' }))
    await user.click(streets.getByLabelText('Graffiti'))
    await user.keyboard('{ArrowDown}')
    expect(streets.getByLabelText('Fly-tipping')).toHaveFocus()
    expect(streets.getByLabelText('Fly-tipping')).toBeChecked()
    expect(screen.getByLabelText('Missed bin collection')).not.toBeChecked()
  })

  it('keeps one choice across the groups, and still has it on coming back', async () => {
    const { user } = await startReport('owner')
    await user.click(await screen.findByLabelText('Pothole'))
    await user.click(screen.getByLabelText('Street light not working'))
    expect(screen.getByLabelText('Pothole')).not.toBeChecked()
    expect(screen.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toEqual([
      screen.getByLabelText('Street light not working'),
    ])
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    await screen.findByRole('heading', { level: 1, name: 'Tell us about the problem' })
    expect(screen.getByRole('group', { name: 'What is wrong with the light?' })).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Back' }))
    await screen.findByRole('heading', { level: 1, name: 'What do you want to report?' })
    expect(screen.getByLabelText('Street light not working')).toBeChecked()
    expect(screen.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toHaveLength(1)
  })

  it("marks the council's English names, descriptions and groups as English on a Welsh page, in their own direction", async () => {
    signInAs('owner')
    await renderApp('/report', { language: 'cy' })
    const group = await screen.findByRole('group', { name: 'Streets and pavements' })
    const legend = within(group).getByText('Streets and pavements')
    expect(legend.tagName).toBe('SPAN')
    expect(legend).toHaveAttribute('lang', 'en-GB')
    expect(legend).toHaveAttribute('dir', 'ltr')
    expect(within(group).getByText('Graffiti')).toHaveAttribute('lang', 'en-GB')
    expect(within(group).getByText('Graffiti on a wall, bridge or street furniture')).toHaveAttribute('lang', 'en-GB')
    expect(within(group).getByLabelText('Graffiti')).toHaveAccessibleDescription('Graffiti on a wall, bridge or street furniture')
  })

  it('adds no language to the same words on an English page', async () => {
    await startReport('owner')
    const group = await screen.findByRole('group', { name: 'Streets and pavements' })
    for (const words of ['Streets and pavements', 'Graffiti', 'Graffiti on a wall, bridge or street furniture']) {
      expect(within(group).getByText(words).closest('[lang]:not(html)')).toBeNull()
    }
  })
})

describe('when sending goes wrong', () => {
  it('keeps the report on the phone when the council cannot be reached, and sends it once later', async () => {
    const { user } = await startReport('owner')
    await chooseMissedBin(user)
    await answerWhichBin(user)
    await findKestrelAvenue(user)
    await user.click(await screen.findByRole('button', { name: 'Continue' }))
    await user.click(await screen.findByRole('button', { name: 'None of these: make a new report' }))
    await screen.findByRole('heading', { level: 1, name: 'Check your answers before sending your report' })

    gatewayServer.use(http.post('*/api/requests', () => HttpResponse.json({ title: 'Down', status: 503 }, { status: 503 })))
    await user.click(screen.getByRole('button', { name: 'Send report' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Your report will be sent when you are back online' })).toBeInTheDocument()
    expect(screen.getByText(/We could not reach the council's system just now/)).toBeInTheDocument()
    expect(await within(await screen.findByRole('banner')).findByRole('link', { name: '1 waiting to send' })).toBeInTheDocument()
    expect(council.state.people.owner.requests.filter((request) => request.serviceCode === 'missed-bin' && request.open)).toHaveLength(0)

    gatewayServer.resetHandlers()
    window.dispatchEvent(new Event('online'))
    await waitFor(() =>
      expect(council.state.people.owner.requests.filter((request) => request.serviceCode === 'missed-bin' && request.open)).toHaveLength(1),
    )
    window.dispatchEvent(new Event('online'))
    await waitFor(() => expect(within(screen.getByRole('banner')).queryByRole('link', { name: /waiting to send/ })).not.toBeInTheDocument())
    expect(council.state.people.owner.requests.filter((request) => request.serviceCode === 'missed-bin' && request.open)).toHaveLength(1)
  })

  it('on a computer the person said is shared, keeps nothing to send later and says so plainly', async () => {
    const session = council.startSession('owner', Date.now(), true)
    document.cookie = `${SESSION_COOKIE}=${session.id}; Path=/`
    const user = userEvent.setup()
    await renderApp('/report')
    await chooseMissedBin(user)
    await answerWhichBin(user)
    await findKestrelAvenue(user)
    await user.click(await screen.findByRole('button', { name: 'Continue' }))
    await user.click(await screen.findByRole('button', { name: 'None of these: make a new report' }))
    await screen.findByRole('heading', { level: 1, name: 'Check your answers before sending your report' })

    gatewayServer.use(http.post('*/api/requests', () => HttpResponse.json({ title: 'Down', status: 503 }, { status: 503 })))
    await user.click(screen.getByRole('button', { name: 'Send report' }))
    expect(
      await screen.findByText('A shared computer does not keep your report to send later. Check the connection and try again.'),
    ).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers before sending your report' })).toBeInTheDocument()
    expect(await outboxFor('owner')).toEqual([])

    gatewayServer.resetHandlers()
    await user.click(screen.getByRole('button', { name: 'Send report' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Report sent' })).toBeInTheDocument()
    expect(ownersMissedBins()).toHaveLength(1)
    expect(await outboxFor('owner')).toEqual([])
  })

  it("shows the council's reasons when it refuses the report", async () => {
    const { user } = await startReport('owner')
    await chooseMissedBin(user)
    await answerWhichBin(user)
    await findKestrelAvenue(user)
    await user.click(await screen.findByRole('button', { name: 'Continue' }))
    await user.click(await screen.findByRole('button', { name: 'None of these: make a new report' }))
    await screen.findByRole('heading', { level: 1, name: 'Check your answers before sending your report' })
    const { definitions } = await import('#mocks/service-catalogue')
    const original = definitions['missed-bin']
    definitions['missed-bin'] = {
      serviceCode: 'missed-bin',
      attributes: [
        {
          code: 'bin_type',
          order: 1,
          question: 'Which bin was missed?',
          datatype: 'singlevaluelist',
          required: true,
          description: '',
          values: [{ key: '9', name: 'Clinical waste' }],
        },
      ],
    }
    try {
      await user.click(screen.getByRole('button', { name: 'Send report' }))
      expect(await screen.findByText('Some answers need changing')).toBeInTheDocument()
      expect(screen.getByText('Choose one of the answers for: Which bin was missed?')).toBeInTheDocument()
      expect(screen.getByRole('link', { name: 'Change Which bin was missed?' })).toHaveAttribute('href', '/report/questions?change=1')
    } finally {
      if (original) definitions['missed-bin'] = original
    }
  })
})

describe('a tenant reporting a housing repair', () => {
  it('shows emergency advice first, uses their home, and hands off to booking a visit', async () => {
    const { user } = await startReport('tenant')
    await user.click(await screen.findByLabelText('Housing repair'))
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Is it an emergency?' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '0800 111 999' })).toHaveAttribute('href', 'tel:0800111999')
    expect(within(screen.getByRole('main')).getByRole('link', { name: '020 7946 0999' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Report a repair that is not an emergency' }))

    await screen.findByRole('heading', { level: 1, name: 'Tell us about the problem' })
    await user.click(screen.getByLabelText('Kitchen'))
    await user.type(screen.getByLabelText('Is there anything else we should know? (optional)'), 'Cupboard door hanging off')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    await screen.findByRole('heading', { level: 1, name: 'Add photos' })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { level: 1, name: 'Check your answers before sending your report' })
    expect(screen.getByText('Flat 12, Marlowe House, Coldharbour Lane, Southmere SE5 9QT')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Send report' }))

    await screen.findByRole('heading', { level: 1, name: 'Report sent' })
    await user.click(screen.getByRole('link', { name: 'Book an appointment' }))
    await screen.findByRole('heading', { level: 1, name: 'Choose a time for the repair visit' })
    await user.click(await screen.findByRole('button', { name: 'Book this time' }))
    expect(await screen.findByText('Select a time for the visit', { selector: 'a' })).toBeInTheDocument()
    const times = screen.getAllByRole('radio')
    await user.click(times[0] as HTMLElement)
    await user.click(screen.getByRole('button', { name: 'Book this time' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Appointment booked' })).toBeInTheDocument()
    const repair = council.state.people.tenant.requests.find((request) =>
      request.comments.some((comment) => comment.text === 'Cupboard door hanging off'),
    )
    expect(repair?.status).toBe('scheduled')
  })
})

describe('reporting with no signal', () => {
  it('keeps the catalogue and the questions of every service the person can report, in the language in use', async () => {
    signInAs('owner')
    const kept = await keepCatalogueForOffline(new QueryClient(), createGatewayClient({ baseUrl: '/api', backoffMs: 0 }), 'cy', {
      tenant: false,
    })

    expect(kept).toBe(true)
    expect(await keptCatalogueAnswer('cy', 'services')).toMatchObject({
      data: { services: expect.arrayContaining([expect.objectContaining({ serviceCode: 'missed-bin' })]) },
    })
    expect(await keptCatalogueAnswer('cy', 'missed-bin')).toMatchObject({ data: { serviceCode: 'missed-bin' } })
    expect(await keptCatalogueAnswer('cy', 'pothole')).not.toBeNull()
    expect(await keptCatalogueAnswer('cy', 'housing-repair')).toBeNull()
    expect(await keptCatalogueAnswer('en', 'services')).toBeNull()
  })

  it('makes a whole report after one visit with a signal, keeps it to send, and sends it once when the signal returns', async () => {
    signInAs('owner')
    const online = await renderApp('/')
    await screen.findByText('Signed in as Margaret Ellis')
    await waitFor(async () => expect(await lastSignedIn()).toMatchObject({ id: 'owner' }))
    expect(await keepCatalogueForOffline(online.queryClient, online.gateway, 'en', { tenant: false })).toBe(true)
    online.unmount()

    loseSignal()
    const user = userEvent.setup()
    await renderApp('/report')
    await chooseMissedBin(user)
    await answerWhichBin(user)

    await screen.findByRole('heading', { level: 1, name: 'Where is the problem?' })
    await user.click(screen.getByLabelText('Find the nearest address by postcode'))
    expect(
      screen.getByText(
        'You need a signal to find an address by postcode. With no signal, you can describe the place in words, or use where you are now.',
      ),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Describe the place in words instead' }))
    await user.type(screen.getByLabelText('Describe where the problem is'), 'Outside 11 Kestrel Avenue, by the lamp post')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { level: 1, name: 'Add photos' })
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    await screen.findByRole('heading', { level: 1, name: 'Check your answers before sending your report' })
    expect(screen.getByText('Missed bin collection')).toBeInTheDocument()
    expect(screen.getByText('Recycling')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/report/photos')
    await user.click(screen.getByRole('button', { name: 'Send report' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Your report will be sent when you are back online' })).toBeInTheDocument()
    expect(screen.getByText(/You are offline, so your report is saved on this phone/)).toBeInTheDocument()
    expect(await outboxFor('owner')).toMatchObject([{ kind: 'report-problem', state: 'queued' }])
    expect(ownersMissedBins()).toHaveLength(0)

    signalBack()
    await waitFor(() => expect(ownersMissedBins()).toHaveLength(1))
    await waitFor(async () => expect(await outboxFor('owner')).toMatchObject([{ state: 'sent' }]))
    expect(ownersMissedBins()[0]).toMatchObject({ location: 'Outside 11 Kestrel Avenue, by the lamp post' })
    expect([...council.state.applied.values()]).toEqual([1])
  })

  it('skips nearby reports with no signal, for a place the phone gave', async () => {
    phoneLocation((found) => found({ coords: { latitude: 51.4402, longitude: -0.0863, accuracy: 12 } } as GeolocationPosition))
    signInAs('owner')
    const online = await renderApp('/')
    await screen.findByText('Signed in as Margaret Ellis')
    await waitFor(async () => expect(await lastSignedIn()).toMatchObject({ id: 'owner' }))
    await keepCatalogueForOffline(online.queryClient, online.gateway, 'en', { tenant: false })
    online.unmount()

    loseSignal()
    const user = userEvent.setup()
    await renderApp('/report')
    await chooseMissedBin(user)
    await answerWhichBin(user)
    await user.click(await screen.findByLabelText('Use where I am now'))
    await user.click(screen.getByRole('button', { name: 'Use my current location' }))
    await screen.findByText(/accurate to about 12 metres/)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { level: 1, name: 'Add photos' })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers before sending your report' })).toBeInTheDocument()
    expect(screen.getByText('Where you were, accurate to about 12 metres')).toBeInTheDocument()
  })
})

/** The report's own draft, as if the person had got this far before closing the app. */
async function reportStartedAs(person: Parameters<typeof signInAs>[0], draft: Partial<ReportDraft>) {
  await saveDraft(REPORT_DRAFT, person, { ...emptyDraft(), ...draft })
}

async function chooseNoise(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('Describe the problem in a few words'), 'loud music')
  await user.click(screen.getByRole('button', { name: 'Search' }))
  await user.click(await screen.findByLabelText('Noise'))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await screen.findByRole('heading', { level: 1, name: 'Tell us about the problem' })
}

/** The noise service also asking a short question, to have a one-line box among its questions. */
function askAlsoWhichStreet() {
  const original = definitions.noise
  if (!original) throw new Error('The catalogue has no noise service')
  definitions.noise = {
    ...original,
    attributes: [
      ...original.attributes,
      { code: 'street', order: 2, question: 'Which street is it on?', datatype: 'string', required: false, description: '', values: [] },
    ],
  }
  return () => {
    definitions.noise = original
  }
}

function shownFor(key: string) {
  return screen.getByText(key, { selector: 'dt' }).nextElementSibling
}

describe('a step opened with no report started, from a bookmark or a fresh tab', () => {
  it.each([
    ['/report/questions', 'Tell us about the problem'],
    ['/report/location', 'Where is the problem?'],
    ['/report/photos', 'Add photos'],
    ['/report/nearby', 'Has someone already reported this?'],
  ])('%s says there is no report in progress and links to the start', async (path, title) => {
    const { user } = await startReport('owner', path)
    expect(await screen.findByText('There is no report in progress. It may have been sent already.')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Report a problem' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'What do you want to report?' })).toBeInTheDocument()
  })

  it('/report/check says there is nothing to check and links to the start', async () => {
    await startReport('owner', '/report/check')
    expect(await screen.findByText('There is no report to check. It may have been sent already.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Report a problem' })).toHaveAttribute('href', '/report')
  })

  it('/report/emergency still gives the emergency advice, then goes to the start', async () => {
    const { user } = await startReport('tenant', '/report/emergency')
    expect(await screen.findByRole('link', { name: '0800 111 999' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Report a repair that is not an emergency' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'What do you want to report?' })).toBeInTheDocument()
  })

  it('nearby reports, with a problem chosen but no place yet, asks where it is', async () => {
    await reportStartedAs('owner', { serviceCode: 'missed-bin', answers: { bin_type: '2' } })
    await startReport('owner', '/report/nearby')
    expect(await screen.findByRole('heading', { level: 1, name: 'Where is the problem?' })).toBeInTheDocument()
  })

  it('still lets the person report when the device cannot keep a draft', async () => {
    const transaction = IDBDatabase.prototype.transaction
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
      this: IDBDatabase,
      stores: string | Iterable<string>,
      ...rest: [IDBTransactionMode?, IDBTransactionOptions?]
    ) {
      if ((typeof stores === 'string' ? [stores] : [...stores]).includes('drafts'))
        throw new DOMException('The storage is blocked', 'UnknownError')
      return transaction.call(this, stores, ...rest)
    })
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { user } = await startReport('owner')
    await chooseMissedBin(user)
    await answerWhichBin(user)
    await user.click(await screen.findByLabelText('Describe the place in words'))
    await user.type(screen.getByLabelText('Describe where the problem is'), 'Behind the library car park')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { level: 1, name: 'Add photos' })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.click(await screen.findByRole('button', { name: 'Send report' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Report sent' })).toBeInTheDocument()
    expect(ownersMissedBins()).toEqual([expect.objectContaining({ location: 'Behind the library car park' })])
  })
})

describe('personal fields on a shared or public computer', () => {
  /** Goes through every box in the report that may hold something personal, and what each tells the browser about autocomplete. */
  async function autocompleteOfPersonalFields(user: ReturnType<typeof userEvent.setup>) {
    const autocompleteOf = (label: string) => screen.getByLabelText(label).getAttribute('autocomplete')
    await chooseNoise(user)
    const questions = ['When does it happen?', 'Which street is it on?', 'Is there anything else we should know? (optional)']
    const seen = Object.fromEntries(questions.map((label) => [label, autocompleteOf(label)]))
    await user.type(screen.getByLabelText('When does it happen?'), 'Every night after 11pm')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { level: 1, name: 'Where is the problem?' })
    await user.click(screen.getByLabelText('Find the nearest address by postcode'))
    seen.Postcode = autocompleteOf('Postcode')
    await user.click(screen.getByLabelText('Describe the place in words'))
    seen['Describe where the problem is'] = autocompleteOf('Describe where the problem is')
    return seen
  }

  const allOff = {
    'When does it happen?': 'off',
    'Which street is it on?': 'off',
    'Is there anything else we should know? (optional)': 'off',
    Postcode: 'off',
    'Describe where the problem is': 'off',
  }

  it('turns the browser’s autocomplete off, so the next person is not offered what was typed', async () => {
    const restore = askAlsoWhichStreet()
    try {
      // Signed in with "this is a shared or public computer" answered yes.
      const session = council.startSession('owner', Date.now(), true)
      document.cookie = `${SESSION_COOKIE}=${session.id}; Path=/`
      const user = userEvent.setup()
      await renderApp('/report')
      expect(await autocompleteOfPersonalFields(user)).toEqual(allOff)
    } finally {
      restore()
    }
  })

  it('turns it off on a library kiosk too', async () => {
    const restore = askAlsoWhichStreet()
    try {
      localStorage.setItem('my-account.device-mode', 'kiosk')
      const { user } = await startReport('owner')
      expect(await autocompleteOfPersonalFields(user)).toEqual(allOff)
    } finally {
      restore()
    }
  })

  it('lets the browser fill in the postcode on the person’s own device', async () => {
    const restore = askAlsoWhichStreet()
    try {
      const { user } = await startReport('owner')
      expect(await autocompleteOfPersonalFields(user)).toEqual({
        'When does it happen?': null,
        'Which street is it on?': null,
        'Is there anything else we should know? (optional)': null,
        Postcode: 'postal-code',
        'Describe where the problem is': null,
      })
    } finally {
      restore()
    }
  })
})

/** Spaces and characters that take no room on screen, which the ordinary trim of a string keeps. */
const looksEmpty = ['\u200B', ' \u200B\u2060 ', '\u200C \u200D\uFEFF']

describe('text that looks empty', () => {
  it.each(looksEmpty)('takes a required answer of only %j as no answer, and keeps it in the box', async (typed) => {
    const { user } = await startReport('owner')
    await chooseNoise(user)
    const when = screen.getByLabelText('When does it happen?')
    await user.click(when)
    await user.paste(typed)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: 'Enter an answer: When does it happen?' })).toHaveAttribute(
      'href',
      '#answer-when',
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Tell us about the problem' })).toBeInTheDocument()
    expect(when).toHaveValue(typed)
  })

  it.each(looksEmpty)('takes a place described as only %j as no description, and keeps it in the box', async (typed) => {
    const { user } = await startReport('owner')
    await chooseMissedBin(user)
    await answerWhichBin(user)
    await user.click(await screen.findByLabelText('Describe the place in words'))
    const described = screen.getByLabelText('Describe where the problem is')
    await user.click(described)
    await user.paste(typed)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: 'Describe where the problem is' })).toHaveAttribute(
      'href',
      '#described',
    )
    expect(screen.getByText('Describe where the problem is', { selector: '#described-error' })).toBeInTheDocument()
    expect(described).toHaveValue(typed)
  })

  it.each(looksEmpty)('takes a postcode of only %j as no postcode, and keeps it in the box', async (typed) => {
    const { user } = await startReport('owner')
    await chooseMissedBin(user)
    await answerWhichBin(user)
    await user.click(await screen.findByLabelText('Find the nearest address by postcode'))
    const postcode = screen.getByLabelText('Postcode')
    await user.click(postcode)
    await user.paste(typed)
    await user.click(screen.getByRole('button', { name: 'Find address' }))
    expect(await screen.findByText('Enter a postcode', { selector: '#postcode-error' })).toBeInTheDocument()
    expect(postcode).toHaveValue(typed)
  })

  it('finds addresses for a postcode pasted with invisible characters around it', async () => {
    const { user } = await startReport('owner')
    await chooseMissedBin(user)
    await answerWhichBin(user)
    await user.click(await screen.findByLabelText('Find the nearest address by postcode'))
    await user.click(screen.getByLabelText('Postcode'))
    await user.paste('\u200BSE21 8JB\u2060')
    await user.click(screen.getByRole('button', { name: 'Find address' }))
    expect(await screen.findByLabelText('11 Kestrel Avenue, Southmere')).toBeInTheDocument()
  })

  it('takes details of only invisible characters as nothing else to say', async () => {
    const { user } = await startReport('owner')
    await chooseMissedBin(user)
    await screen.findByRole('heading', { level: 1, name: 'Tell us about the problem' })
    await user.click(screen.getByLabelText('Recycling'))
    await user.click(screen.getByLabelText('Is there anything else we should know? (optional)'))
    await user.paste(' \u200B\u2060 ')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.click(await screen.findByLabelText('Describe the place in words'))
    await user.type(screen.getByLabelText('Describe where the problem is'), 'Behind the library car park')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { level: 1, name: 'Add photos' })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { level: 1, name: 'Check your answers before sending your report' })
    expect(shownFor('Anything else')).toHaveTextContent(/^None$/)
  })

  it('counts only what shows towards the limit on details', async () => {
    const { user } = await startReport('owner')
    await chooseMissedBin(user)
    await screen.findByRole('heading', { level: 1, name: 'Tell us about the problem' })
    await user.click(screen.getByLabelText('Recycling'))
    const details = screen.getByLabelText('Is there anything else we should know? (optional)')
    await user.click(details)
    await user.paste(`${'a'.repeat(2001)}`)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByText('What you tell us must be 2000 characters or fewer', { selector: '#details-error' })).toBeInTheDocument()

    await user.clear(details)
    await user.paste(`\u200B ${'a'.repeat(2000)}\n\u2060`)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Where is the problem?' })).toBeInTheDocument()
  })

  it('sends what was said without the invisible characters around it', async () => {
    const sent: unknown[] = []
    const keepWhatIsSent = ({ request }: { request: Request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname === '/api/requests')
        void request
          .clone()
          .json()
          .then((body: unknown) => sent.push(body))
    }
    gatewayServer.events.on('request:start', keepWhatIsSent)
    try {
      await reportStartedAs('owner', {
        serviceCode: 'noise',
        answers: { when: '\u200BEvery night\u2060 ' },
        details: '\uFEFF Music until 3am\u200B',
        location: { kind: 'described', description: 'Flats above the launderette' },
      })
      const { user } = await startReport('owner', '/report/check')
      await screen.findByRole('heading', { level: 1, name: 'Check your answers before sending your report' })
      expect(shownFor('When does it happen?')).toHaveTextContent(/^Every night$/)
      expect(shownFor('Anything else')).toHaveTextContent(/^Music until 3am$/)
      await user.click(screen.getByRole('button', { name: 'Send report' }))
      await screen.findByRole('heading', { level: 1, name: 'Report sent' })
      expect(sent).toEqual([expect.objectContaining({ answers: { when: 'Every night' }, details: 'Music until 3am' })])
    } finally {
      gatewayServer.events.removeListener('request:start', keepWhatIsSent)
    }
  })
})
