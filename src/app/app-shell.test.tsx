import { configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { glanmor } from '#src/councils/glanmor'
import { profileKey } from '#src/session/profile-queries'
import { renderApp } from '#test/render-app'
import { council, signInAs } from '#test/gateway-server'

/** Where focus is at the moment a page's heading is first on screen, as a person arriving there would find it. */
function focusWhenShown(heading: string): Promise<Element | null> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (![...document.querySelectorAll('h1')].some((shown) => shown.textContent === heading)) return
      observer.disconnect()
      resolve(document.activeElement)
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
  })
}

describe('the app shell', () => {
  it('starts with a skip link to the main content', async () => {
    await renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'My Account' })
    const skipLink = screen.getByRole('link', { name: 'Skip to main content' })
    expect(skipLink).toHaveAttribute('href', '#main-content')
    expect(document.getElementById('main-content')).toHaveAttribute('tabindex', '-1')
  })

  it("shows the council's name and logo, and a way to sign in, to someone signed out", async () => {
    await renderApp('/')
    const header = await screen.findByRole('banner')
    expect(within(header).getByText('London Borough of Southmere')).toBeInTheDocument()
    expect(header.querySelector('img[src="/councils/southmere/logo.svg"]')).not.toBeNull()
    expect(await within(header).findByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/api/auth/sign-in?returnTo=%2F')
  })

  it('opens the sign-in page in the language being read, so it need not be chosen again there', async () => {
    await renderApp('/help', { council: glanmor, language: 'cy' })
    const header = await screen.findByRole('banner')
    expect(await within(header).findByRole('link', { name: 'Mewngofnodi' })).toHaveAttribute(
      'href',
      '/api/auth/sign-in?returnTo=%2Fhelp&lang=cy',
    )
  })

  it('shows who is signed in, with a sign-out button', async () => {
    signInAs('tenant')
    await renderApp('/')
    const header = await screen.findByRole('banner')
    expect(await within(header).findByText('Signed in as Precious Okafor')).toBeInTheDocument()
    expect(within(header).getByRole('button', { name: 'Sign out' })).toBeInTheDocument()
  })

  it('gives the phone number, opening hours and One Stop Shop in the footer of every page', async () => {
    await renderApp('/help')
    const footer = await screen.findByRole('contentinfo')
    expect(within(footer).getByRole('link', { name: '020 7946 0000' })).toHaveAttribute('href', 'tel:02079460000')
    expect(within(footer).getByText(/Monday to Friday, 8am to 6pm/)).toBeInTheDocument()
    expect(within(footer).getByText(/Southmere One Stop Shop/)).toBeInTheDocument()
    for (const name of ['Accessibility statement', 'Privacy notice', 'Cookies', 'Give feedback']) {
      expect(within(footer).getByRole('link', { name })).toBeInTheDocument()
    }
  })

  it('links to feedback from every page', async () => {
    await renderApp('/privacy')
    await screen.findByRole('heading', { level: 1, name: 'Privacy notice' })
    expect(screen.getByRole('link', { name: 'feedback' })).toHaveAttribute('href', '/feedback')
  })

  it('shows a not-found page with other ways to get help', async () => {
    await renderApp('/no-such-page')
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
    const main = screen.getByRole('main')
    expect(within(main).getByRole('link', { name: '020 7946 0000' })).toBeInTheDocument()
    expect(within(main).getByText(/Southmere One Stop Shop/)).toBeInTheDocument()
    // The title follows the page once it is on screen.
    await waitFor(() => expect(document.title).toBe('Page not found – My Account – London Borough of Southmere'))
  })

  it('names each page in the window title', async () => {
    await renderApp('/cookies')
    await screen.findByRole('heading', { level: 1, name: 'Cookies' })
    await waitFor(() => expect(document.title).toBe('Cookies – My Account – London Borough of Southmere'))
  })

  it('names the start page once, not "My Account – My Account"', async () => {
    await renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'My Account' })
    await waitFor(() => expect(document.title).toBe('My Account – London Borough of Southmere'))
  })

  it('starts the title with "Error: " while a form shows errors, on any page with an error summary', async () => {
    const user = userEvent.setup()
    await renderApp('/feedback')
    await screen.findByRole('heading', { level: 1, name: 'Give feedback on My Account' })
    await user.click(screen.getByRole('button', { name: 'Send feedback' }))
    await screen.findByRole('heading', { level: 2, name: 'There is a problem' })
    await waitFor(() => expect(document.title).toBe('Error: Give feedback on My Account – My Account – London Borough of Southmere'))
  })

  it("moves focus to the new page's heading after following a link, so the page is named first", async () => {
    const user = userEvent.setup()
    await renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'My Account' })
    const focusOnArrival = focusWhenShown('Privacy notice')
    await user.click(screen.getByRole('link', { name: 'Privacy notice' }))
    await screen.findByRole('heading', { level: 1, name: 'Privacy notice' })
    const heading = screen.getByRole('heading', { level: 1, name: 'Privacy notice' })
    expect(await focusOnArrival).toBe(heading)
    expect(document.activeElement).toBe(heading)
  })

  it('leaves focus at the top of the first page, as a page load would, even in strict mode as in development', async () => {
    configure({ reactStrictMode: true })
    document.title = ''
    try {
      await renderApp('/')
      await screen.findByRole('heading', { level: 1, name: 'My Account' })
      // The page has named itself, so everything done on showing it has been done.
      await waitFor(() => expect(document.title).not.toBe(''))
      expect(document.activeElement).toBe(document.body)
    } finally {
      configure({ reactStrictMode: false })
    }
  })

  it("sets the council's colours", async () => {
    await renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'My Account' })
    expect(document.documentElement.style.getPropertyValue('--govuk-brand-colour')).toBe('#1d4f6e')
  })

  it('switches to Welsh and back, setting lang and dir on <html> and remembering the choice on this device', async () => {
    const user = userEvent.setup()
    await renderApp('/', { council: glanmor })
    await screen.findByRole('heading', { level: 1, name: 'My Account' })
    const languages = screen.getByRole('navigation', { name: 'Language' })
    expect(within(languages).getByText('English')).toHaveAttribute('aria-current', 'true')
    await user.click(within(languages).getByRole('link', { name: 'Cymraeg' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Fy Nghyfrif' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('cy')
    expect(document.documentElement.dir).toBe('ltr')
    expect(localStorage.getItem('my-account.language')).toBe('cy')
    expect(screen.getByRole('link', { name: "Neidio i'r prif gynnwys" })).toBeInTheDocument()
    await user.click(within(screen.getByRole('navigation', { name: 'Iaith' })).getByRole('link', { name: 'English' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'My Account' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en-GB')
  })

  it('saves a language chosen on this device to a signed-in person’s profile, so letters and texts follow it', async () => {
    const user = userEvent.setup()
    signInAs('owner')
    await renderApp('/')
    const languages = await screen.findByRole('navigation', { name: 'Language' })
    expect(council.state.people.owner.profile.language).toBe('en')
    await user.click(within(languages).getByText('Change language:', { exact: false }))
    await user.click(within(languages).getByRole('link', { name: 'Polski' }))
    await waitFor(() => expect(council.state.people.owner.profile.language).toBe('pl'))
    // The profile may be saved before Polish has loaded.
    await waitFor(() => expect(document.documentElement.lang).toBe('pl'))
  })

  it('saves the last language chosen, even when it is chosen again before the one before is saved', async () => {
    const user = userEvent.setup()
    signInAs('owner')
    const { queryClient } = await renderApp('/')
    const languages = await screen.findByRole('navigation', { name: 'Language' })
    await waitFor(() => expect(queryClient.getQueryData(profileKey)).toMatchObject({ language: 'en' }))
    // Each save takes a while to answer, so English is chosen while Polish is still being saved.
    council.state.faults = { ...council.state.faults, extraLatencyMs: 1500, path: '/me/profile' }
    await user.click(within(languages).getByText('Change language:', { exact: false }))
    await user.click(within(languages).getByRole('link', { name: 'Polski' }))
    await waitFor(() => expect(document.documentElement.lang).toBe('pl'))
    await user.click(within(languages).getByText('Zmień język:', { exact: false }))
    await user.click(within(languages).getByRole('link', { name: 'English' }))
    await waitFor(() => expect(document.documentElement.lang).toBe('en-GB'))
    await waitFor(() => expect(queryClient.isMutating()).toBe(0))
    expect(council.state.people.owner.profile.language).toBe('en')
  })

  it('offers Welsh first where the council is Welsh', async () => {
    await renderApp('/', { council: glanmor })
    await screen.findByRole('heading', { level: 1, name: 'My Account' })
    const names = within(screen.getByRole('navigation', { name: 'Language' })).getAllByRole('listitem')
    expect(names.map((item) => item.textContent)).toEqual(['Cymraeg', 'English'])
  })

  it('folds many languages behind one button, and lays Arabic out right to left with each value kept in its own order', async () => {
    const user = userEvent.setup()
    await renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'My Account' })
    const languages = screen.getByRole('navigation', { name: 'Language' })
    const button = within(languages).getByText('Change language:', { exact: false }).closest('summary')
    if (!button) throw new Error('No button opens the languages')
    expect(button).toHaveTextContent('English')
    expect(
      within(languages)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Cymraeg', 'Polski', 'Română', 'Español', 'Português', 'বাংলা', 'ગુજરાતી', 'Türkçe', 'Soomaali', 'العربية', 'اردو'])
    await user.click(button)
    await user.click(within(languages).getByRole('link', { name: 'العربية' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'حسابي' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('ar')
    expect(document.documentElement.dir).toBe('rtl')
    expect(localStorage.getItem('my-account.language')).toBe('ar')
    const menu = screen.getByRole('navigation', { name: 'اللغة' }).querySelector('details')
    expect(menu?.open).toBe(false)
    expect(menu?.querySelector('summary')).toHaveFocus()
    // "020 7946 0000" in a right-to-left sentence would read "0000 7946 020" unless it is isolated.
    expect(within(screen.getByRole('main')).getByText(/020 7946 0000/)).toHaveTextContent('\u2068020 7946 0000\u2069')
  })
})
