import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Council } from '#src/councils/council'
import { glanmor } from '#src/councils/glanmor'
import { southmere } from '#src/councils/southmere'
import { signInAs } from '#test/gateway-server'
import { renderApp } from '#test/render-app'

async function statementShown(name = 'Accessibility statement for My Account') {
  return within(await screen.findByRole('main')).findByRole('heading', { level: 1, name })
}

function headings(level: number) {
  return within(screen.getByRole('main'))
    .getAllByRole('heading', { level })
    .map((heading) => heading.textContent)
}

function paragraphWith(text: string) {
  return within(screen.getByRole('main')).getByText((_, element) => element?.tagName === 'P' && element.textContent.includes(text))
}

describe('the accessibility statement', () => {
  it('follows the sections of the model statement, and names itself in the window title', async () => {
    await renderApp('/accessibility')
    await statementShown()
    expect(headings(2)).toEqual([
      'How accessible this service is',
      'Feedback and contact information',
      'Reporting accessibility problems with this service',
      'Enforcement procedure',
      "Technical information about this service's accessibility",
      'Non-accessible content',
      "What we're doing to improve accessibility",
      'How we tested My Account',
      'Preparation of this accessibility statement',
    ])
    expect(headings(3)).toEqual(['Compliance status', 'Non-compliance with the accessibility regulations', 'Pages run by others'])
    await waitFor(() => expect(document.title).toBe('Accessibility statement for My Account – My Account – London Borough of Southmere'))
  })

  it('says who runs the service, that it is partially compliant, and what is known not to work', async () => {
    await renderApp('/accessibility')
    await statementShown()
    expect(paragraphWith('My Account is run by')).toHaveTextContent(/^My Account is run by London Borough of Southmere\./)
    expect(paragraphWith('partially compliant')).toHaveTextContent(
      'My Account is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliances listed below.',
    )
    expect(screen.getByRole('link', { name: 'Web Content Accessibility Guidelines version 2.2' })).toHaveAttribute(
      'href',
      'https://www.w3.org/TR/WCAG22/',
    )
    const knownIssues = within(paragraphWith('We know some parts').nextElementSibling as HTMLElement).getAllByRole('listitem')
    expect(knownIssues.map((issue) => issue.textContent)).toEqual([
      "service names, questions and notes from council staff come from the council's systems in English only, and are not translated",
      "some translations have not yet been checked by the council's translators, so some words may not be quite right",
    ])
    expect(paragraphWith('They are marked as English')).toHaveTextContent(
      'They are marked as English, so screen readers read them correctly. They are not translated.',
    )
    expect(within(screen.getByRole('main')).queryByText(/sign you out/)).not.toBeInTheDocument()
    expect(within(screen.getByRole('main')).queryByText(/2\.2\.1|3\.1\.2/)).not.toBeInTheDocument()
    expect(paragraphWith('We check every change')).toHaveTextContent(
      /^We check every change to My Account for accessibility problems before residents see it\.$/,
    )
    const testing = within(paragraphWith('We tested My Account by').nextElementSibling as HTMLElement).getAllByRole('listitem')
    expect(testing.map((way) => way.textContent)).toEqual([
      'checking every page with an automated tool (axe), signed in and signed out, in English, Welsh and Arabic',
      'doing the main tasks, such as reporting a problem and paying, with just a keyboard',
      'checking that every page fits a screen 320 pixels wide in English, Welsh and Arabic, without scrolling sideways',
      'checking that buttons and links are big enough to tap, and that pages respect a setting to reduce motion',
      'checking headings, links, form labels, error messages and page titles by hand',
    ])
    expect(paragraphWith('GOV.UK Pay')).toHaveTextContent('When you pay by card, you use payment pages run by GOV.UK Pay.')
    expect(screen.getByRole('link', { name: 'accessibility statement' })).toHaveAttribute(
      'href',
      'https://www.payments.service.gov.uk/accessibility-statement/',
    )
  })

  it("gives the council's email and phone for another format or an accessibility problem, and how soon it replies", async () => {
    await renderApp('/accessibility')
    await statementShown()
    expect(paragraphWith('in a different format')).toHaveTextContent('large print, easy read, audio recording or braille')
    const emails = screen.getAllByRole('link', { name: 'myaccount@southmere.example.gov.uk' })
    const phones = screen.getAllByRole('link', { name: '020 7946 0000' }).filter((link) => screen.getByRole('main').contains(link))
    // Once for another format, once for reporting a problem.
    expect(emails.filter((link) => screen.getByRole('main').contains(link))).toHaveLength(2)
    for (const email of emails) expect(email).toHaveAttribute('href', 'mailto:myaccount@southmere.example.gov.uk')
    expect(phones).toHaveLength(2)
    for (const phone of phones) expect(phone).toHaveAttribute('href', 'tel:02079460000')
    expect(screen.getByText("We'll consider your request and get back to you within 10 working days.")).toBeInTheDocument()
  })

  it('sends someone not happy with the answer to the Equality Advisory and Support Service', async () => {
    await renderApp('/accessibility')
    await statementShown()
    expect(paragraphWith('Equality and Human Rights Commission')).toHaveTextContent(
      "The Equality and Human Rights Commission (EHRC) enforces the accessibility regulations. Their full name is the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you're not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).",
    )
    expect(screen.getByRole('link', { name: 'contact the Equality Advisory and Support Service (EASS)' })).toHaveAttribute(
      'href',
      'https://www.equalityadvisoryservice.com/',
    )
    expect(screen.queryByText(/Northern Ireland/)).not.toBeInTheDocument()
  })

  it('sends someone in Northern Ireland to the Equality Commission for Northern Ireland instead', async () => {
    const northernIrish: Council = { ...southmere, accessibility: { ...southmere.accessibility, enforcement: 'northern-ireland' } }
    await renderApp('/accessibility', { council: northernIrish })
    await statementShown()
    expect(screen.getByRole('link', { name: 'contact the Equality Commission for Northern Ireland' })).toHaveAttribute(
      'href',
      'https://www.equalityni.org/Home',
    )
    expect(screen.queryByRole('link', { name: /Equality Advisory and Support Service/ })).not.toBeInTheDocument()
  })

  it('says when the statement was prepared and last reviewed, and when the service was last tested', async () => {
    await renderApp('/accessibility')
    await statementShown()
    expect(
      screen.getByText('This statement was prepared on 23 November 2026. It was last reviewed on 2 December 2026.'),
    ).toBeInTheDocument()
    expect(screen.getByText('My Account was last tested on 2 December 2026.')).toBeInTheDocument()
  })

  it("is each council's own: Glanmor's contacts, reply time and the same enforcement body in Wales", async () => {
    await renderApp('/accessibility', { council: glanmor })
    await statementShown()
    expect(paragraphWith('My Account is run by')).toHaveTextContent(/^My Account is run by Glanmor County Borough Council\./)
    expect(within(screen.getByRole('main')).getAllByRole('link', { name: 'fyngyfrif@glanmor.example.gov.uk' })).toHaveLength(2)
    expect(within(screen.getByRole('main')).getAllByRole('link', { name: '01632 960 100' })).toHaveLength(2)
    expect(screen.getByText("We'll consider your request and get back to you within 5 working days.")).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'contact the Equality Advisory and Support Service (EASS)' })).toBeInTheDocument()
  })

  it('speaks Welsh, with the dates in Welsh and a Welsh window title', async () => {
    await renderApp('/accessibility', { language: 'cy' })
    await statementShown('Datganiad hygyrchedd ar gyfer Fy Nghyfrif')
    expect(screen.getByRole('heading', { level: 2, name: 'Y drefn orfodi' })).toBeInTheDocument()
    expect(
      screen.getByText('Cafodd y datganiad hwn ei baratoi ar 23 Tachwedd 2026. Cafodd ei adolygu ddiwethaf ar 2 Rhagfyr 2026.'),
    ).toBeInTheDocument()
    expect(screen.getByText('Cafodd Fy Nghyfrif ei brofi ddiwethaf ar 2 Rhagfyr 2026.')).toBeInTheDocument()
    expect(screen.getByText('Byddwn yn ystyried eich cais ac yn ymateb i chi cyn pen 10 diwrnod gwaith.')).toBeInTheDocument()
    const names = within(screen.getByRole('main')).getAllByText('Bwrdeistref Llundain Southmere')
    expect(names).toHaveLength(2)
    for (const name of names) expect(name).not.toHaveAttribute('lang')
    await waitFor(() =>
      expect(document.title).toBe('Datganiad hygyrchedd ar gyfer Fy Nghyfrif – Fy Nghyfrif – Bwrdeistref Llundain Southmere'),
    )
  })

  it("names a council that has no name in the page's language in English, marked as English", async () => {
    const englishNameOnly: Council = { ...southmere, name: { en: 'London Borough of Southmere' } as Council['name'] }
    await renderApp('/accessibility', { language: 'cy', council: englishNameOnly })
    await statementShown('Datganiad hygyrchedd ar gyfer Fy Nghyfrif')
    const names = within(screen.getByRole('main')).getAllByText('London Borough of Southmere')
    expect(names).toHaveLength(2)
    for (const name of names) expect(name).toHaveAttribute('lang', 'en')
  })

  it('tells residents they can choose their language only where the council offers more than one', async () => {
    await renderApp('/accessibility', { council: { ...southmere, languages: ['en'] } })
    await statementShown()
    expect(screen.getByText('use the whole service with a screen reader')).toBeInTheDocument()
    expect(screen.queryByText('choose your language at the top of every page')).not.toBeInTheDocument()
  })

  it('is there for someone signed in, with the link to it in the footer', async () => {
    signInAs('tenant')
    await renderApp('/accessibility')
    await statementShown()
    expect(await within(screen.getByRole('banner')).findByText('Signed in as Precious Okafor')).toBeInTheDocument()
    expect(screen.getByText('choose your language at the top of every page')).toBeInTheDocument()
    expect(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Accessibility statement' })).toHaveAttribute(
      'href',
      '/accessibility',
    )
  })
})
