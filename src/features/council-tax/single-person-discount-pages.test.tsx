import { screen, waitFor, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { loadDraft } from '#src/device/drafts'
import { formatDate, londonDayOf } from '#src/format/format'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'
import { checkLivingAloneSince } from './single-person-discount-pages'

const application = () => council.state.people.renter.councilTax?.singlePersonDiscountApplication ?? null

async function liveAlone(user: UserEvent) {
  await user.click(await screen.findByRole('radio', { name: 'No, I live on my own or only with children under 18' }))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
}

async function sinceDate(user: UserEvent, day: string, month: string, year: string) {
  const dayBox = await screen.findByLabelText('Day')
  await user.clear(dayBox)
  if (day) await user.type(dayBox, day)
  await user.clear(screen.getByLabelText('Month'))
  if (month) await user.type(screen.getByLabelText('Month'), month)
  await user.clear(screen.getByLabelText('Year'))
  if (year) await user.type(screen.getByLabelText('Year'), year)
  await user.click(screen.getByRole('button', { name: 'Continue' }))
}

/** The renter's answers, all given, on the check page with the declaration ticked. */
async function readyToApplyAsTheRenter() {
  signInAs('renter')
  const user = userEvent.setup()
  await renderApp('/council-tax/single-person-discount')
  await liveAlone(user)
  await sinceDate(user, '1', '3', '2026')
  await user.click(await screen.findByRole('checkbox', { name: /I confirm/ }))
  return user
}

describe('applying for single person discount', () => {
  it('asks, checks the answers with Change links, and sends the application, which then shows on the account', async () => {
    signInAs('renter')
    const user = userEvent.setup()
    const { router } = await renderApp('/council-tax/single-person-discount')

    await liveAlone(user)
    expect(await screen.findByRole('heading', { level: 1, name: 'When did you start living alone?' })).toBeInTheDocument()
    await sinceDate(user, '14', '2', '2026')

    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers before applying' })).toBeInTheDocument()
    expect(screen.getByText(formatDate('2026-02-14', 'en'), { selector: 'dd' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Change Living alone since' })).toHaveAttribute(
      'href',
      '/council-tax/single-person-discount/date',
    )
    expect(screen.getByRole('link', { name: /^Change Anyone else aged 18/ })).toHaveAttribute('href', '/council-tax/single-person-discount')

    await user.click(screen.getByRole('link', { name: 'Change Living alone since' }))
    expect(await screen.findByLabelText('Day')).toHaveValue('14')
    await sinceDate(user, '15', '2', '2026')
    await user.click(await screen.findByRole('checkbox', { name: /I confirm that what I have told you is true/ }))
    await user.click(screen.getByRole('button', { name: 'Apply for single person discount' }))

    const panel = await screen.findByRole('heading', { level: 1, name: 'Application sent' })
    const sent = application()
    expect(sent).toMatchObject({ livingAloneSince: '2026-02-15' })
    expect(within(panel.parentElement as HTMLElement).getByText(sent?.reference ?? '')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'What happens next' })).toBeInTheDocument()
    expect(router.state.location.search).toBe('')

    await user.click(screen.getByRole('link', { name: 'Back to council tax' }))
    expect(await screen.findByText('We are looking at your application for single person discount')).toBeInTheDocument()
  })

  it('says what is missing or wrong, in plain words, and keeps what was typed', async () => {
    signInAs('renter')
    const user = userEvent.setup()
    await renderApp('/council-tax/single-person-discount')

    await user.click(await screen.findByRole('button', { name: 'Continue' }))
    const first = await screen.findByRole('alert')
    expect(within(first).getByRole('link', { name: 'Select yes if anyone else aged 18 or over lives with you' })).toBeInTheDocument()

    await liveAlone(user)
    await sinceDate(user, '', '', '')
    expect(
      await within(await screen.findByRole('alert')).findByRole('link', { name: 'Enter the date you started living alone' }),
    ).toBeInTheDocument()
    await sinceDate(user, '31', '2', '2026')
    expect(await within(await screen.findByRole('alert')).findByRole('link', { name: 'The date must be a real date' })).toBeInTheDocument()
    expect(screen.getByLabelText('Day')).toHaveValue('31')
    await sinceDate(user, '1', '1', '2015')
    expect(
      await within(await screen.findByRole('alert')).findByRole('link', {
        name: 'The date must be within the last 6 years. Call us if you have lived alone for longer',
      }),
    ).toBeInTheDocument()

    await sinceDate(user, '1', '3', '2026')
    await user.click(await screen.findByRole('button', { name: 'Apply for single person discount' }))
    expect(
      await within(await screen.findByRole('alert')).findByRole('link', { name: 'Tick the box to confirm what you have told us is true' }),
    ).toBeInTheDocument()
    expect(application()).toBeNull()
  })

  it('keeps the answers through a reload, and lets them go once the application is sent', async () => {
    signInAs('renter')
    const user = userEvent.setup()
    const first = await renderApp('/council-tax/single-person-discount')
    await liveAlone(user)
    await screen.findByLabelText('Day')
    await user.type(screen.getByLabelText('Day'), '9')
    await user.type(screen.getByLabelText('Month'), '4')
    await waitFor(async () =>
      expect(await loadDraft('single-person-discount', 'renter')).toMatchObject({ livingAloneSince: { month: '4' } }),
    )
    first.unmount()

    await renderApp('/council-tax/single-person-discount/date')
    expect(await screen.findByLabelText('Day')).toHaveValue('9')
    await user.type(screen.getByLabelText('Year'), '2026')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.click(await screen.findByRole('checkbox', { name: /I confirm/ }))
    await user.click(screen.getByRole('button', { name: 'Apply for single person discount' }))
    await screen.findByRole('heading', { level: 1, name: 'Application sent' })
    expect(application()).toMatchObject({ livingAloneSince: '2026-04-09' })
    await waitFor(async () => expect(await loadDraft('single-person-discount', 'renter')).toBeNull())
  })

  it('someone else aged 18 or over living there is told who is not counted and to call, and cannot apply online', async () => {
    signInAs('renter')
    const user = userEvent.setup()
    await renderApp('/council-tax/single-person-discount')
    await user.click(await screen.findByRole('radio', { name: 'Yes' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot apply online' })).toBeInTheDocument()
    expect(screen.getByText('full-time students')).toBeInTheDocument()
    expect(screen.getByText(/If everyone else who lives with you is one of these, call us on/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Continue|Apply/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('radio')).not.toBeInTheDocument()
  })

  it("the gateway's refusal of the date is said in our words", async () => {
    const user = await readyToApplyAsTheRenter()
    gatewayServer.use(
      http.post('*/api/me/council-tax/single-person-discount', () =>
        HttpResponse.json(
          {
            title: 'The date you started living alone is in the future',
            status: 422,
            errors: [{ field: 'livingAloneSince', code: 'livingAloneSince.future', message: 'The date must be today or in the past' }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    await user.click(screen.getByRole('button', { name: 'Apply for single person discount' }))

    expect(
      await within(await screen.findByRole('alert')).findByText('The date you started living alone must be today or in the past'),
    ).toBeInTheDocument()
  })

  it('refused because an application is already waiting, says so plainly', async () => {
    const user = await readyToApplyAsTheRenter()
    const account = council.state.people.renter.councilTax
    if (!account) throw new Error('The renter has no council tax account')
    account.singlePersonDiscountApplication = { reference: 'SPD-1', livingAloneSince: '2026-01-01', receivedAt: '2026-11-30T10:00:00Z' }
    await user.click(screen.getByRole('button', { name: 'Apply for single person discount' }))

    expect(await within(await screen.findByRole('alert')).findByText(/We cannot take this application online/)).toBeInTheDocument()
    expect(application()?.reference).toBe('SPD-1')
  })

  it('someone who already gets the discount is told they need not apply', async () => {
    signInAs('owner')
    await renderApp('/council-tax/single-person-discount')
    expect(await screen.findByText('You already get single person discount. You do not need to apply.')).toBeInTheDocument()
    expect(screen.queryByRole('radio')).not.toBeInTheDocument()
  })

  it('offline, keeps the application on the device and sends it, once, when the signal returns', async () => {
    const user = await readyToApplyAsTheRenter()

    gatewayServer.use(http.all('*/api/*', () => HttpResponse.error()))
    await user.click(screen.getByRole('button', { name: 'Apply for single person discount' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your application will be sent when you have a signal' }),
    ).toBeInTheDocument()
    expect(application()).toBeNull()

    gatewayServer.resetHandlers()
    window.dispatchEvent(new Event('online'))
    await waitFor(() => expect(application()).toMatchObject({ livingAloneSince: '2026-03-01' }))
    window.dispatchEvent(new Event('online'))
    await waitFor(() => expect([...council.state.applied.values()]).toEqual([1]))
  })
})

describe('the date someone started living alone', () => {
  it('is today or before, and no more than 6 years back', () => {
    const today = '2026-12-03'
    expect(checkLivingAloneSince({ day: '3', month: '12', year: '2026' }, today)).toEqual({ iso: '2026-12-03' })
    expect(checkLivingAloneSince({ day: '4', month: '12', year: '2026' }, today)).toMatchObject({ said: { key: 'errors.date.future' } })
    expect(checkLivingAloneSince({ day: '3', month: '12', year: '2020' }, today)).toEqual({ iso: '2020-12-03' })
    expect(checkLivingAloneSince({ day: '2', month: '12', year: '2020' }, today)).toMatchObject({ said: { key: 'errors.date.tooLongAgo' } })
    expect(londonDayOf(new Date().toISOString())).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})
