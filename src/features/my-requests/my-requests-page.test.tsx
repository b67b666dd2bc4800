import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { southmere } from '#src/councils/southmere'
import type { Language } from '#src/gateway/contract/common'
import { formatDate } from '#src/format/format'
import { council, gatewayServer, signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

async function renderAt(path: string, language: Language = 'en') {
  return renderApp(path, language === 'en' ? {} : { language })
}

function section(name: string) {
  return within(screen.getByRole('region', { name }))
}

/** Each report in a list, as the text of its link, its tags and its details. */
function reportsIn(name: string) {
  return section(name)
    .getAllByRole('listitem')
    .map((item) => ({
      link: within(item).getByRole('link'),
      tags: [...item.querySelectorAll('.govuk-tag')].map((tag) => ({ text: tag.textContent, className: tag.className })),
      details: Object.fromEntries(
        [...item.querySelectorAll('.govuk-summary-list__row')].map((row) => [
          row.querySelector('dt')?.textContent,
          row.querySelector('dd')?.textContent,
        ]),
      ),
    }))
}

describe('Your reports', () => {
  it('asks someone signed out to sign in and come back here', async () => {
    await renderAt('/requests')
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to continue' })).toBeInTheDocument()
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/api/auth/sign-in?returnTo=%2Frequests',
    )
  })

  it('lists open reports first, then closed ones, newest first, with their status in plain words', async () => {
    signInAs('owner')
    const owner = council.state.people.owner
    await renderAt('/requests')
    expect(await screen.findByRole('heading', { level: 1, name: 'Your reports' })).toBeInTheDocument()
    await screen.findByRole('region', { name: 'Open reports' })

    const open = reportsIn('Open reports')
    expect(open).toHaveLength(1)
    expect(open[0]?.link).toHaveTextContent('Street light not working')
    expect(open[0]?.link).toHaveAttribute('href', '/requests/SR-1047760')
    expect(open[0]?.tags).toEqual([{ text: 'In progress', className: 'govuk-tag govuk-tag--yellow' }])
    expect(open[0]?.details).toEqual({
      Reference: 'SR-1047760',
      Where: 'Outside 13 Kestrel Avenue',
      'Reported on': formatDate(owner.requests[0]?.submittedAt ?? '', 'en'),
      'Expected by': formatDate(owner.requests[0]?.expectedBy ?? '', 'en'),
    })

    const closed = reportsIn('Closed reports')
    expect(closed.map((report) => report.link.textContent)).toEqual(['Fly-tipping', 'Missed bin collection'])
    expect(closed.map((report) => report.tags)).toEqual([
      [{ text: 'Closed – not fixed', className: 'govuk-tag govuk-tag--red' }],
      [{ text: 'Fixed', className: 'govuk-tag govuk-tag--green' }],
    ])
    expect(closed[0]?.details).toMatchObject({ Reference: 'SR-1044318', Where: 'Alley behind 7 to 13 Kestrel Avenue' })
    // A closed report is not expected by any date.
    expect(closed.every((report) => !('Expected by' in report.details))).toBe(true)
    expect(screen.getByRole('link', { name: 'Report a problem' })).toHaveAttribute('href', '/report')
    expect(screen.queryByText('You have not reported any problems yet.')).not.toBeInTheDocument()
  })

  it('shows a tenant their booked repair', async () => {
    signInAs('tenant')
    await renderAt('/requests')
    await screen.findByRole('region', { name: 'Open reports' })
    const [repair] = reportsIn('Open reports')
    expect(repair?.link).toHaveTextContent('Housing repair')
    expect(repair?.tags).toEqual([{ text: 'Appointment booked', className: 'govuk-tag govuk-tag--purple' }])
    expect(screen.queryByRole('region', { name: 'Closed reports' })).not.toBeInTheDocument()
  })

  it("marks someone else's report that the person follows, placing it by date among the open ones", async () => {
    signInAs('owner')
    const followed = council.state.othersReports.find((report) => report.request.reference === 'SR-1048500')?.request
    if (!followed) throw new Error('The reference council has no SR-1048500')
    council.state.people.owner.requests.push({ ...structuredClone(followed), followed: true })
    await renderAt('/requests')
    await screen.findByRole('region', { name: 'Open reports' })

    const open = reportsIn('Open reports')
    expect(open.map((report) => report.link.textContent)).toEqual(['Missed bin collection', 'Street light not working'])
    expect(open[0]?.tags).toEqual([
      { text: 'Received', className: 'govuk-tag' },
      { text: 'Following', className: 'govuk-tag govuk-tag--teal' },
    ])
    expect(open[1]?.tags.map((tag) => tag.text)).toEqual(['In progress'])
  })

  it('says so when the person has not reported anything, and offers to report a problem', async () => {
    signInAs('renter')
    await renderAt('/requests')
    expect(await screen.findByText('You have not reported any problems yet.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Report a problem' })).toHaveAttribute('href', '/report')
    expect(screen.queryByRole('region', { name: 'Open reports' })).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Closed reports' })).not.toBeInTheDocument()
  })

  it('opens a report from the list', async () => {
    signInAs('owner')
    const user = userEvent.setup()
    const { router } = await renderAt('/requests')
    await user.click(await screen.findByRole('link', { name: 'Fly-tipping' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Fly-tipping' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/requests/SR-1044318')
  })

  it('says plainly when the council system is down, and lists the reports once it is back', async () => {
    signInAs('owner')
    gatewayServer.use(http.get('*/api/me/requests', () => HttpResponse.json({ title: 'Down', status: 503 }, { status: 503 })))
    const user = userEvent.setup()
    await renderAt('/requests')
    const problem = await screen.findByRole('alert')
    expect(within(problem).getByText('Sorry, our system is not working right now')).toBeInTheDocument()
    expect(within(problem).getByRole('link', { name: southmere.contact.phone })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Report a problem' })).not.toBeInTheDocument()

    gatewayServer.resetHandlers()
    await user.click(within(problem).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('link', { name: 'Street light not working' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('speaks Welsh', async () => {
    signInAs('owner')
    await renderAt('/requests', 'cy')
    expect(await screen.findByRole('heading', { level: 1, name: 'Eich adroddiadau' })).toBeInTheDocument()
    await screen.findByRole('region', { name: 'Adroddiadau agored' })
    expect(reportsIn('Adroddiadau agored')[0]?.tags.map((tag) => tag.text)).toEqual(['Ar waith'])
    expect(reportsIn('Adroddiadau sydd wedi cau').map((report) => report.tags[0]?.text)).toEqual([
      'Wedi cau – heb ei drwsio',
      "Wedi'i drwsio",
    ])
    expect(screen.getByRole('link', { name: 'Rhoi gwybod am broblem' })).toHaveAttribute('href', '/report')
  })
})
