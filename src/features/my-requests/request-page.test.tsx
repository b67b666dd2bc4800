import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, onTestFinished } from 'vitest'
import type { Language } from '#src/gateway/contract/common'
import { IDEMPOTENCY_HEADER } from '#src/gateway/client'
import { formatDate, formatDateTime } from '#src/format/format'
import { SESSION_COOKIE } from '#mocks/reference-council'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'
import { canReopen, todayInUk } from './request-status'

async function renderAt(path: string, language: Language = 'en') {
  return renderApp(path, language === 'en' ? {} : { language })
}

function ownersRequest(reference: string) {
  const request = council.state.people.owner.requests.find((candidate) => candidate.reference === reference)
  if (!request) throw new Error(`The owner has no ${reference}`)
  return request
}

async function openRequest(reference: string, heading: string, language: Language = 'en') {
  signInAs('owner')
  const user = userEvent.setup()
  const view = await renderAt(`/requests/${reference}`, language)
  await screen.findByRole('heading', { level: 1, name: heading })
  return { user, ...view }
}

function summaryRows() {
  const list = document.querySelector('.govuk-summary-list')
  if (!list) throw new Error('No summary list')
  return Object.fromEntries(
    [...list.querySelectorAll('.govuk-summary-list__row')].map((row) => [
      row.querySelector('dt')?.textContent,
      row.querySelector('dd')?.textContent,
    ]),
  )
}

function successBanner() {
  return document.querySelector('.govuk-notification-banner--success')
}

/** Every comment or reopening that reached the gateway during a test. */
function commentsAndReopensSent() {
  const sent: string[] = []
  const listener = ({ request }: { request: Request }) => {
    if (request.method === 'POST' && /\/(comments|reopen)$/.test(new URL(request.url).pathname)) sent.push(request.url)
  }
  gatewayServer.events.on('request:start', listener)
  onTestFinished(() => gatewayServer.events.removeListener('request:start', listener))
  return sent
}

describe('A report', () => {
  it('shows where it is, when it is expected, and what has happened, with the council notes', async () => {
    await openRequest('SR-1047760', 'Street light not working')
    const request = ownersRequest('SR-1047760')
    expect(screen.getByText('Report SR-1047760', { selector: '.govuk-caption-l' })).toBeInTheDocument()
    expect(summaryRows()).toEqual({
      Reference: 'SR-1047760',
      Where: 'Outside 13 Kestrel Avenue',
      'Reported on': formatDate(request.submittedAt, 'en'),
      'Expected by': formatDate(request.expectedBy ?? '', 'en'),
      Status: 'In progress',
    })
    expect(screen.getByText('In progress', { selector: '.govuk-summary-list .govuk-tag' })).toHaveClass('govuk-tag--yellow')

    const timeline = screen.getByRole('list', { name: 'What has happened' })
    expect(timeline.tagName).toBe('OL')
    const [received, inProgress] = within(timeline).getAllByRole('listitem')
    expect(received).toHaveTextContent(`Received${formatDateTime(request.timeline[0]?.at ?? '', 'en')}`)
    expect(inProgress).toHaveTextContent(
      `In progress${formatDateTime(request.timeline[1]?.at ?? '', 'en')}Passed to our street lighting team.`,
    )
    expect(within(inProgress as HTMLElement).getByText(/^\w+day \d+ \w+ at \d+(:\d\d)?[ap]m$/)).toBeInTheDocument()

    expect(screen.getByText('There are no comments yet.')).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Not fixed?' })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to your reports' })).toHaveAttribute('href', '/requests')
  })

  it("marks the council's English service name, staff notes and comments as English on a Welsh page, and not the person's own comment", async () => {
    const request = ownersRequest('SR-1047760')
    request.comments.push(
      { at: request.timeline[1]?.at ?? request.submittedAt, by: 'council', text: 'We will visit on Monday.', photos: 0 },
      { at: request.timeline[1]?.at ?? request.submittedAt, by: 'you', text: 'Diolch yn fawr.', photos: 0 },
    )
    await openRequest('SR-1047760', 'Street light not working', 'cy')
    const name = within(screen.getByRole('heading', { level: 1 })).getByText('Street light not working')
    expect(name).toHaveAttribute('lang', 'en-GB')
    expect(name).toHaveAttribute('dir', 'ltr')
    const note = screen.getByText('Passed to our street lighting team.')
    expect(note.tagName).toBe('P')
    expect(note).toHaveAttribute('lang', 'en-GB')
    expect(await screen.findByText('We will visit on Monday.')).toHaveAttribute('lang', 'en-GB')
    expect(screen.getByText('Diolch yn fawr.').closest('[lang]:not(html)')).toBeNull()
  })

  it('adds no language to the service name or staff notes on an English page', async () => {
    await openRequest('SR-1047760', 'Street light not working')
    expect(screen.getByRole('heading', { level: 1, name: 'Street light not working' }).querySelector('[lang]')).toBeNull()
    expect(screen.getByText('Passed to our street lighting team.').closest('[lang]:not(html)')).toBeNull()
  })

  it('is named in the window title with its reference, so two reports of the same kind are told apart', async () => {
    await openRequest('SR-1047760', 'Street light not working')
    await waitFor(() =>
      expect(document.title).toBe('Street light not working – Report SR-1047760 – My Account – London Borough of Southmere'),
    )
  })

  it('leaves out the expected date once a report is closed, and offers no reopening when it was fixed', async () => {
    await openRequest('SR-1039902', 'Missed bin collection')
    expect(summaryRows()).toMatchObject({ Status: 'Fixed' })
    expect(summaryRows()).not.toHaveProperty('Expected by')
    expect(within(screen.getByRole('list', { name: 'What has happened' })).getByText('Collected.')).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Not fixed?' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Reopen this report' })).not.toBeInTheDocument()
  })

  it('shows who said what in the comments, with how many photos came with each', async () => {
    const request = ownersRequest('SR-1047760')
    request.comments.push(
      { at: '2025-03-03T09:15:00Z', by: 'you', text: 'It flickers all night.', photos: 1 },
      { at: '2025-03-04T14:30:00Z', by: 'council', text: 'An engineer is going this week.', photos: 2 },
      { at: '2025-03-05T08:00:00Z', by: 'you', text: 'Thank you.', photos: 0 },
    )
    await openRequest('SR-1047760', 'Street light not working')
    const comments = within(screen.getByRole('list', { name: 'Comments' })).getAllByRole('listitem')
    expect(comments.map((comment) => comment.textContent)).toEqual([
      `You${formatDateTime('2025-03-03T09:15:00Z', 'en')}It flickers all night.1 photo`,
      `The council${formatDateTime('2025-03-04T14:30:00Z', 'en')}An engineer is going this week.2 photos`,
      `You${formatDateTime('2025-03-05T08:00:00Z', 'en')}Thank you.`,
    ])
    expect(screen.queryByText('There are no comments yet.')).not.toBeInTheDocument()
  })

  it('adds a comment, says so, and empties the box for another', async () => {
    const { user } = await openRequest('SR-1047760', 'Street light not working')
    const box = screen.getByLabelText('Add a comment')
    expect(box).toHaveAccessibleDescription('For example, tell us if the problem has got worse. Do not include personal or bank details.')
    await user.type(box, 'The light is now off in the day too.')
    await user.click(screen.getByRole('button', { name: 'Add comment' }))

    expect(await screen.findByText('Your comment has been added')).toBeInTheDocument()
    expect(successBanner()).toHaveTextContent('SuccessYour comment has been added')
    expect(document.activeElement).toBe(successBanner()?.parentElement)
    expect(box).toHaveValue('')
    expect(ownersRequest('SR-1047760').comments).toEqual([
      expect.objectContaining({ by: 'you', text: 'The light is now off in the day too.', photos: 0 }),
    ])
    const comments = within(screen.getByRole('list', { name: 'Comments' })).getAllByRole('listitem')
    expect(comments).toHaveLength(1)
    expect(comments[0]).toHaveTextContent(/^You.*The light is now off in the day too\.$/)
  })

  it('asks for a comment before sending an empty one, with the error summary', async () => {
    const { user } = await openRequest('SR-1047760', 'Street light not working')
    const box = screen.getByLabelText('Add a comment')
    await user.type(box, '   ')
    await user.click(screen.getByRole('button', { name: 'Add comment' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument()
    const link = within(summary).getByRole('link', { name: 'Enter a comment' })
    expect(link).toHaveAttribute('href', '#comment')
    expect(document.activeElement).toBe(summary.parentElement)
    expect(screen.getByText('Error:', { selector: '#comment-error span' })).toBeInTheDocument()
    expect(box).toHaveAttribute('aria-describedby', 'comment-hint comment-error')
    await user.click(link)
    expect(document.activeElement).toBe(box)
    expect(ownersRequest('SR-1047760').comments).toEqual([])

    await user.type(box, 'Still dark.')
    await user.click(screen.getByRole('button', { name: 'Add comment' }))
    expect(await screen.findByText('Your comment has been added')).toBeInTheDocument()
    expect(screen.queryByText('There is a problem')).not.toBeInTheDocument()
  })

  it.each([
    ['zero-width spaces', '\u200B\u200B\u200B'],
    ['joiners, a word joiner and a byte-order mark', '\u200C\u200D\u2060\uFEFF'],
    ['spaces, new lines and invisible characters', ' \n\u200B \u2060\n '],
  ])('treats a comment of only %s as empty, keeping what was typed and sending nothing', async (_, typed) => {
    const sent = commentsAndReopensSent()
    const { user } = await openRequest('SR-1047760', 'Street light not working')
    const box = screen.getByLabelText('Add a comment')
    await user.click(box)
    await user.paste(typed)
    await user.click(screen.getByRole('button', { name: 'Add comment' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Enter a comment' })).toHaveAttribute('href', '#comment')
    expect(screen.getByText('Enter a comment', { selector: '#comment-error' })).toBeInTheDocument()
    expect(box).toHaveValue(typed)
    expect(sent).toEqual([])
    expect(ownersRequest('SR-1047760').comments).toEqual([])
  })

  it('says a comment the council refuses in our words on the comment box, never in the gateway’s', async () => {
    const { user } = await openRequest('SR-1047760', 'Street light not working')
    const refuse = (code: string) =>
      gatewayServer.use(
        http.post('*/api/me/requests/:reference/comments', () =>
          HttpResponse.json(
            { title: 'Add a comment or a photo', status: 422, errors: [{ field: 'text', code, message: 'Gateway words' }] },
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      )
    const box = screen.getByLabelText('Add a comment')
    await user.type(box, 'Still broken')

    refuse('comment.empty')
    await user.click(screen.getByRole('button', { name: 'Add comment' }))
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: 'Enter a comment' })).toHaveAttribute('href', '#comment')

    refuse('comment.rude')
    await user.click(screen.getByRole('button', { name: 'Add comment' }))
    expect(await screen.findByRole('link', { name: 'Check this answer and try again' })).toHaveAttribute('href', '#comment')
    expect(screen.queryByText('Gateway words')).not.toBeInTheDocument()
    expect(box).toHaveValue('Still broken')
  })

  it('sends a comment without the invisible characters around it', async () => {
    const { user } = await openRequest('SR-1047760', 'Street light not working')
    await user.click(screen.getByLabelText('Add a comment'))
    await user.paste('\u200B Still dark.\u2060\n')
    await user.click(screen.getByRole('button', { name: 'Add comment' }))
    expect(await screen.findByText('Your comment has been added')).toBeInTheDocument()
    expect(ownersRequest('SR-1047760').comments.map((comment) => comment.text)).toEqual(['Still dark.'])
  })

  it('turns the browser’s autocomplete off for comments and reasons on a shared or public computer', async () => {
    const session = council.startSession('owner', Date.now(), true)
    document.cookie = `${SESSION_COOKIE}=${session.id}; Path=/`
    await renderAt('/requests/SR-1044318')
    expect(await screen.findByLabelText('Add a comment')).toHaveAttribute('autocomplete', 'off')
    expect(screen.getByLabelText('Why does it still need fixing?')).toHaveAttribute('autocomplete', 'off')
  })

  it('says how long a comment may be', async () => {
    const { user } = await openRequest('SR-1047760', 'Street light not working')
    await user.click(screen.getByLabelText('Add a comment'))
    await user.paste('a'.repeat(2001))
    await user.click(screen.getByRole('button', { name: 'Add comment' }))
    expect(
      within(await screen.findByRole('alert')).getByRole('link', { name: 'Your comment must be 2,000 characters or fewer' }),
    ).toBeInTheDocument()
    expect(ownersRequest('SR-1047760').comments).toEqual([])
  })

  it('keeps the typed comment when the connection drops, and sends it once with the same key when tried again', async () => {
    const keys: (string | null)[] = []
    gatewayServer.use(
      http.post('*/api/me/requests/:reference/comments', ({ request }) => {
        keys.push(request.headers.get(IDEMPOTENCY_HEADER))
        return HttpResponse.error()
      }),
    )
    const { user } = await openRequest('SR-1047760', 'Street light not working')
    const box = screen.getByLabelText('Add a comment')
    await user.type(box, 'Sent from the bus stop.')
    await user.click(screen.getByRole('button', { name: 'Add comment' }))

    expect(await screen.findByText("You're offline")).toBeInTheDocument()
    expect(screen.getByText(/Nothing you typed has been lost/)).toBeInTheDocument()
    expect(box).toHaveValue('Sent from the bus stop.')
    expect(ownersRequest('SR-1047760').comments).toEqual([])
    // The client tried more than once, always as the same submission.
    expect(keys.length).toBeGreaterThan(1)
    expect(new Set(keys).size).toBe(1)

    gatewayServer.resetHandlers()
    await user.click(screen.getByRole('button', { name: 'Add comment' }))
    expect(await screen.findByText('Your comment has been added')).toBeInTheDocument()
    expect(ownersRequest('SR-1047760').comments.map((comment) => comment.text)).toEqual(['Sent from the bus stop.'])
    expect(council.state.applied.get(keys[0] ?? '')).toBe(1)
  })

  it('adds the comment once when the first answer was lost on the way back', async () => {
    const { user } = await openRequest('SR-1047760', 'Street light not working')
    await user.type(screen.getByLabelText('Add a comment'), 'Only once, please.')
    council.state.faults.dropAfterActing = 1
    await user.click(screen.getByRole('button', { name: 'Add comment' }))
    expect(await screen.findByText('Your comment has been added')).toBeInTheDocument()
    expect(ownersRequest('SR-1047760').comments).toHaveLength(1)
    expect([...council.state.applied.values()]).toEqual([1])
  })

  it('reopens a report closed as not fixed, until the date it says', async () => {
    const { user } = await openRequest('SR-1044318', 'Fly-tipping')
    const request = ownersRequest('SR-1044318')
    expect(summaryRows()).toMatchObject({ Status: 'Closed – not fixed' })
    const reopen = within(screen.getByRole('region', { name: 'Not fixed?' }))
    expect(
      reopen.getByText(`If the problem is still there, you can reopen this report until ${formatDate(request.reopenUntil ?? '', 'en')}.`),
    ).toBeInTheDocument()

    await user.click(reopen.getByRole('button', { name: 'Reopen this report' }))
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Tell us why it still needs fixing' })).toHaveAttribute('href', '#reason')
    expect(request.status).toBe('closed_not_fixed')

    await user.type(reopen.getByLabelText('Why does it still need fixing?'), 'The mattress is still in the alley.')
    await user.click(reopen.getByRole('button', { name: 'Reopen this report' }))

    expect(await screen.findByText('Your report has been reopened')).toBeInTheDocument()
    expect(successBanner()).toHaveTextContent('Its status is now: Received.')
    expect(screen.queryByText('There is a problem')).not.toBeInTheDocument()
    expect(summaryRows()).toMatchObject({ Status: 'Received' })
    expect(screen.queryByRole('region', { name: 'Not fixed?' })).not.toBeInTheDocument()
    const stored = ownersRequest('SR-1044318')
    expect(stored).toMatchObject({ status: 'received', open: true, reopenUntil: null })
    expect(stored.comments).toEqual([expect.objectContaining({ by: 'you', text: 'The mattress is still in the alley.' })])
    expect(
      within(screen.getByRole('list', { name: 'What has happened' }))
        .getAllByRole('listitem')
        .map((item) => item.querySelector('h3')?.textContent),
    ).toEqual(['Received', 'Closed – not fixed', 'Received'])
  })

  it('treats a reason to reopen made only of blank and invisible characters as empty, keeping what was typed', async () => {
    const sent = commentsAndReopensSent()
    const { user } = await openRequest('SR-1044318', 'Fly-tipping')
    const reopen = within(screen.getByRole('region', { name: 'Not fixed?' }))
    const reason = reopen.getByLabelText('Why does it still need fixing?')
    await user.click(reason)
    await user.paste('\u200B \uFEFF\n\u200D')
    await user.click(reopen.getByRole('button', { name: 'Reopen this report' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Tell us why it still needs fixing' })).toHaveAttribute('href', '#reason')
    expect(reason).toHaveValue('\u200B \uFEFF\n\u200D')
    expect(sent).toEqual([])
    expect(ownersRequest('SR-1044318')).toMatchObject({ status: 'closed_not_fixed', open: false })
  })

  it('says plainly when the report can no longer be reopened, keeping the reason typed', async () => {
    const { user } = await openRequest('SR-1044318', 'Fly-tipping')
    // The last day passes while the page is open.
    ownersRequest('SR-1044318').reopenUntil = '2020-01-31'
    const reopen = within(screen.getByRole('region', { name: 'Not fixed?' }))
    const reason = reopen.getByLabelText('Why does it still need fixing?')
    await user.type(reason, 'Still there.')
    await user.click(reopen.getByRole('button', { name: 'Reopen this report' }))

    const refused = await reopen.findByRole('alert')
    expect(refused).toHaveTextContent('This report can no longer be reopened')
    expect(within(refused).getByRole('link', { name: 'Report the problem again' })).toHaveAttribute('href', '/report')
    expect(reason).toHaveValue('Still there.')
    expect(ownersRequest('SR-1044318')).toMatchObject({ status: 'closed_not_fixed', open: false })
    expect(successBanner()).toBeNull()
  })

  it('offers no reopening once the last day has passed', async () => {
    ownersRequest('SR-1044318').reopenUntil = '2020-01-31'
    await openRequest('SR-1044318', 'Fly-tipping')
    expect(summaryRows()).toMatchObject({ Status: 'Closed – not fixed' })
    expect(screen.queryByRole('region', { name: 'Not fixed?' })).not.toBeInTheDocument()
    expect(screen.getByLabelText('Add a comment')).toBeInTheDocument()
  })

  it('says it cannot find a report with an unknown reference, with a way back', async () => {
    signInAs('owner')
    await renderAt('/requests/SR-0000001')
    expect(await screen.findByRole('heading', { level: 1, name: 'We could not find this report' })).toBeInTheDocument()
    expect(screen.getByText('Check the reference is correct. The report may belong to another account.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to your reports' })).toHaveAttribute('href', '/requests')
  })

  it('says plainly when the council system is down', async () => {
    gatewayServer.use(http.get('*/api/me/requests/:reference', () => HttpResponse.json({ title: 'Down', status: 503 }, { status: 503 })))
    signInAs('owner')
    await renderAt('/requests/SR-1047760')
    expect(await screen.findByRole('heading', { level: 1, name: 'Sorry, something went wrong' })).toBeInTheDocument()
    expect(screen.getByText('Sorry, our system is not working right now')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })

  it('speaks Welsh, with every plural form of photos', async () => {
    const request = ownersRequest('SR-1047760')
    request.comments.push(
      { at: '2025-03-03T09:15:00Z', by: 'council', text: 'Diolch.', photos: 2 },
      { at: '2025-03-04T09:15:00Z', by: 'you', text: 'Dyma ragor.', photos: 3 },
    )
    await openRequest('SR-1047760', 'Street light not working', 'cy')
    expect(summaryRows()).toMatchObject({ Statws: 'Ar waith', Ble: 'Outside 13 Kestrel Avenue' })
    const comments = within(screen.getByRole('list', { name: 'Sylwadau' })).getAllByRole('listitem')
    expect(comments[0]).toHaveTextContent(/^Y cyngor.*Diolch\.2 lun$/)
    expect(comments[1]).toHaveTextContent(/^Chi.*Dyma ragor\.3 llun$/)
    expect(screen.getByLabelText('Ychwanegu sylw')).toBeInTheDocument()
  })
})

describe('when a report can be reopened', () => {
  it('is up to and including the last day, in UK time, and only for a report closed as not fixed', () => {
    const closed = { status: 'closed_not_fixed', reopenUntil: '2025-06-10' } as const
    expect(canReopen(closed, '2025-06-09')).toBe(true)
    expect(canReopen(closed, '2025-06-10')).toBe(true)
    expect(canReopen(closed, '2025-06-11')).toBe(false)
    expect(canReopen({ status: 'fixed', reopenUntil: '2025-06-10' }, '2025-06-09')).toBe(false)
    expect(canReopen({ status: 'closed_not_fixed', reopenUntil: null }, '2025-06-09')).toBe(false)
    // Half past midnight in London on a summer night is still the day before in UTC.
    expect(todayInUk(new Date('2025-06-09T23:30:00Z'))).toBe('2025-06-10')
    expect(todayInUk(new Date('2025-01-09T23:30:00Z'))).toBe('2025-01-09')
  })
})
