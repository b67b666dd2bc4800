import { describe, expect, test } from 'vitest'
import { directGateway } from '#test/gateway-server'
import { SESSION_COOKIE, SESSION_LIFETIME_MS, SHARED_DEVICE_SESSION_LIFETIME_MS } from '../reference-council'
import { safeReturnPath } from './sign-in'

const form = (fields: Record<string, string>) => ({
  body: new URLSearchParams(fields).toString(),
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
})

function sessionIdFrom(response: Response | undefined) {
  return /^myaccount_session=([^;]+)/.exec(response?.headers.getSetCookie()[0] ?? '')?.[1]
}

describe('safeReturnPath', () => {
  test.each([
    ['a tab after the first slash, percent-encoded', '/%09/evil.example'],
    ['a tab after the first slash', '/\t/evil.example'],
    ['a newline after the first slash', '/\n/evil.example'],
    ['a newline, percent-encoded', '/%0a/evil.example'],
    ['a space', '/ /evil.example'],
    ['another site without a scheme', '//evil.example'],
    ['a backslash that browsers read as a slash', '/\\evil.example'],
    ['a backslash, percent-encoded', '/%5c/evil.example'],
    ['another site', 'https://evil.example'],
    ['a script', 'javascript:alert(1)'],
    ['a path that is not absolute', 'your-details'],
    ['a percent sign that is not an escape', '/100%'],
    ['nothing', ''],
  ])('refuses %s and returns to the home page', (_, value) => {
    expect(safeReturnPath(value)).toBe('/')
  })

  test.each([null, undefined])('returns to the home page for %j', (value) => {
    expect(safeReturnPath(value)).toBe('/')
  })

  test.each(['/', '/your-details', '/ok/path?x=1', '/requests/SR-1048213?tab=timeline', '/pay/abc/done#top'])('keeps %j', (value) => {
    expect(safeReturnPath(value)).toBe(value)
  })
})

describe('the demo sign-in page', () => {
  async function pageAt(path: string) {
    const answer = await directGateway().ask('GET', path)
    return new DOMParser().parseFromString((await answer?.text()) ?? '', 'text/html')
  }

  test('is one form: the shared computer question, then a button for each person', async () => {
    const page = await pageAt('/api/auth/sign-in?returnTo=/your-details')

    const forms = page.querySelectorAll('form')
    expect(forms).toHaveLength(1)
    const signIn = forms[0]
    expect(signIn?.getAttribute('method')).toBe('post')
    expect(signIn?.getAttribute('action')).toBe('/api/auth/sign-in')
    expect(signIn?.querySelector<HTMLInputElement>('input[type=hidden][name=returnTo]')?.value).toBe('/your-details')
    const buttons = [...(signIn?.querySelectorAll<HTMLButtonElement>('button[type=submit]') ?? [])]
    expect(buttons.map((button) => [button.name, button.value, button.textContent])).toEqual([
      ['person', 'tenant', 'Sign in as Precious Okafor'],
      ['person', 'renter', 'Sign in as Tomasz Nowak'],
      ['person', 'owner', 'Sign in as Margaret Ellis'],
      ['person', 'staff', 'Sign in as Amira Haddad'],
    ])
  })

  test('asks whether the computer is shared in a fieldset with a legend and a hint, answered No unless changed', async () => {
    const page = await pageAt('/api/auth/sign-in')

    const fieldset = page.querySelector('form fieldset')
    expect(fieldset?.querySelector('legend')?.textContent).toBe('Is this a shared or public computer?')
    const hint = page.getElementById(fieldset?.getAttribute('aria-describedby') ?? '')
    expect(hint?.textContent).toContain('nothing of yours is kept on it')
    const radios = [...(fieldset?.querySelectorAll<HTMLInputElement>('input[type=radio]') ?? [])]
    expect(
      radios.map((radio) => [radio.name, radio.value, radio.checked, page.querySelector(`label[for="${radio.id}"]`)?.textContent]),
    ).toEqual([
      ['sharedDevice', 'no', true, 'No'],
      ['sharedDevice', 'yes', false, 'Yes'],
    ])
  })
})

describe('the demo sign-in page in the language asked for', () => {
  async function pageAt(path: string, gateway = directGateway()) {
    const answer = await gateway.ask('GET', path)
    return new DOMParser().parseFromString((await answer?.text()) ?? '', 'text/html')
  }

  const languageLinks = (page: Document) => [...page.querySelectorAll<HTMLAnchorElement>('nav a')]

  test('in Welsh, says everything in Welsh, and marks the demo people’s English descriptions as English', async () => {
    const page = await pageAt('/api/auth/sign-in?returnTo=/your-details&lang=cy')

    expect(page.documentElement.lang).toBe('cy')
    expect(page.documentElement.dir).toBe('ltr')
    expect(page.querySelector('h1')?.textContent).toBe('Mewngofnodi (demo)')
    expect(page.querySelector('legend')?.textContent).toBe("Ydy hwn yn gyfrifiadur a rennir neu'n gyfrifiadur cyhoeddus?")
    expect(page.getElementById('shared-device-hint')?.textContent).toContain('ar ôl 10 munud')
    const button = page.querySelector<HTMLButtonElement>('button[value=tenant]')
    expect(button?.textContent).toBe('Mewngofnodi fel Precious Okafor')
    const about = page.getElementById(button?.getAttribute('aria-describedby') ?? '')
    expect(about?.querySelector('[lang="en-GB"]')?.textContent).toMatch(/tenant/i)
    expect(page.querySelector<HTMLInputElement>('input[name=returnTo]')?.value).toBe('/your-details')
  })

  test('in Arabic, reads right to left, in Arabic', async () => {
    const page = await pageAt('/api/auth/sign-in?returnTo=/&lang=ar')

    expect(page.documentElement.lang).toBe('ar')
    expect(page.documentElement.dir).toBe('rtl')
    expect(page.querySelector('h1')?.textContent).toBe('تسجيل الدخول (تجريبي)')
    expect(page.querySelector('button[value=owner]')?.textContent).toBe('تسجيل الدخول باسم Margaret Ellis')
  })

  test('in English, keeps the descriptions as they are, with nothing marked as another language', async () => {
    const page = await pageAt('/api/auth/sign-in?returnTo=/')

    expect(page.documentElement.lang).toBe('en-GB')
    expect(page.documentElement.dir).toBe('ltr')
    expect(page.querySelectorAll('main [lang]')).toHaveLength(0)
  })

  test.each(['xx', 'EN', 'cy"><script>alert(1)</script>', ''])('falls back to English for lang=%j', async (lang) => {
    const page = await pageAt(`/api/auth/sign-in?returnTo=/&lang=${encodeURIComponent(lang)}`)

    expect(page.documentElement.lang).toBe('en-GB')
    expect(page.querySelector('h1')?.textContent).toBe('Sign in (demo)')
    expect(page.querySelectorAll('script')).toHaveLength(0)
  })

  test('lists every language in itself, the one shown marked current, each link keeping where to come back to', async () => {
    const page = await pageAt('/api/auth/sign-in?returnTo=%2Frequests%3Ftab%3Dopen&lang=cy')

    const nav = page.querySelector('nav')
    expect(nav?.getAttribute('aria-label')).toBe('Iaith')
    const links = languageLinks(page)
    expect(links.map((link) => [link.textContent, link.lang])).toEqual([
      ['English', 'en-GB'],
      ['Cymraeg', 'cy'],
      ['Polski', 'pl'],
      ['Română', 'ro'],
      ['Español', 'es'],
      ['Português', 'pt'],
      ['বাংলা', 'bn'],
      ['ગુજરાતી', 'gu'],
      ['Türkçe', 'tr'],
      ['Soomaali', 'so'],
      ['العربية', 'ar'],
      ['اردو', 'ur'],
    ])
    expect(links.filter((link) => link.getAttribute('aria-current') === 'true').map((link) => link.textContent)).toEqual(['Cymraeg'])
    for (const link of links) {
      const target = new URL(link.getAttribute('href') ?? '', 'http://gateway.test')
      expect(target.pathname).toBe('/api/auth/sign-in')
      expect(target.searchParams.get('returnTo')).toBe('/requests?tab=open')
    }
    expect(new URL(links[10]?.getAttribute('href') ?? '', 'http://gateway.test').searchParams.get('lang')).toBe('ar')
  })

  test('a language link never carries a return address to another site', async () => {
    const page = await pageAt('/api/auth/sign-in?returnTo=%2F%09%2Fevil.example&lang=pl')

    for (const link of languageLinks(page)) {
      expect(new URL(link.getAttribute('href') ?? '', 'http://gateway.test').searchParams.get('returnTo')).toBe('/')
    }
  })

  test('escapes what it shows in every language', async () => {
    const gateway = directGateway()
    gateway.council.state.people.tenant.profile.name = '<img src=x onerror=alert(1)> "Precious" & Okafor'
    gateway.council.state.people.tenant.about = '<script>alert(2)</script>'

    const page = await pageAt('/api/auth/sign-in?returnTo=/&lang=ar', gateway)

    expect(page.querySelectorAll('script, img')).toHaveLength(0)
    expect(page.querySelector('button[value=tenant]')?.textContent).toBe(
      'تسجيل الدخول باسم <img src=x onerror=alert(1)> "Precious" & Okafor',
    )
    expect(page.getElementById('about-tenant')?.textContent).toBe('<script>alert(2)</script>')
  })
})

describe('posting the sign-in form', () => {
  test('starts a session that lasts 30 minutes from each use, on a computer that is not shared', async () => {
    const gateway = directGateway()
    const before = Date.now()

    const answer = await gateway.ask('POST', '/api/auth/sign-in', form({ person: 'tenant', returnTo: '/your-details', sharedDevice: 'no' }))
    const session = await (await gateway.ask('GET', '/api/session', { sessionId: sessionIdFrom(answer) }))?.json()

    expect(answer?.status).toBe(303)
    expect(answer?.headers.get('Location')).toBe('/your-details')
    expect(answer?.headers.getSetCookie()[0]).toContain(`Max-Age=${SESSION_LIFETIME_MS / 1000}`)
    expect(session).toMatchObject({ signedIn: true, person: { id: 'tenant' }, sharedDevice: false })
    const expiresAt = Date.parse((session as { expiresAt: string }).expiresAt)
    expect(expiresAt).toBeGreaterThanOrEqual(before + SESSION_LIFETIME_MS)
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + SESSION_LIFETIME_MS)
  })

  test('takes a computer as not shared when the question is not answered', async () => {
    const gateway = directGateway()

    const answer = await gateway.ask('POST', '/api/auth/sign-in', form({ person: 'owner', returnTo: '/' }))

    expect(await (await gateway.ask('GET', '/api/session', { sessionId: sessionIdFrom(answer) }))?.json()).toMatchObject({
      signedIn: true,
      sharedDevice: false,
    })
  })

  test('on a shared computer, starts a session that says so and lasts 10 minutes from each use', async () => {
    const gateway = directGateway()
    const before = Date.now()

    const answer = await gateway.ask('POST', '/api/auth/sign-in', form({ person: 'renter', returnTo: '/', sharedDevice: 'yes' }))
    const session = await (await gateway.ask('GET', '/api/session', { sessionId: sessionIdFrom(answer) }))?.json()

    expect(answer?.status).toBe(303)
    expect(answer?.headers.getSetCookie()[0]).toContain(`Max-Age=${SHARED_DEVICE_SESSION_LIFETIME_MS / 1000}`)
    expect(session).toMatchObject({ signedIn: true, person: { id: 'renter' }, sharedDevice: true })
    const expiresAt = Date.parse((session as { expiresAt: string }).expiresAt)
    expect(expiresAt).toBeGreaterThanOrEqual(before + SHARED_DEVICE_SESSION_LIFETIME_MS)
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + SHARED_DEVICE_SESSION_LIFETIME_MS)
  })

  test('a session on a shared computer ends 10 minutes after it was last used', () => {
    const { council } = directGateway()
    const startedAt = Date.parse('2026-03-02T09:00:00Z')
    const session = council.startSession('tenant', startedAt, true)

    const firstUse = startedAt + SHARED_DEVICE_SESSION_LIFETIME_MS - 1
    const lastUse = firstUse + SHARED_DEVICE_SESSION_LIFETIME_MS - 1

    expect(council.sessionFor(session.id, firstUse)).toMatchObject({ id: session.id })
    expect(council.sessionFor(session.id, lastUse)).toMatchObject({ id: session.id })
    expect(council.sessionFor(session.id, lastUse + SHARED_DEVICE_SESSION_LIFETIME_MS)).toBeNull()
  })

  test('never sends the person to another site, however the path is disguised', async () => {
    const gateway = directGateway()

    for (const returnTo of ['/%09/evil.example', '/\t/evil.example', '//evil.example', '/\\evil.example', 'https://evil.example']) {
      expect(
        (await gateway.ask('POST', '/api/auth/sign-in', form({ person: 'tenant', returnTo })))?.headers.get('Location'),
        returnTo,
      ).toBe('/')
    }
  })

  test('refuses a JSON body as not a form, with 415 problem details and no session', async () => {
    const gateway = directGateway()

    const answer = await gateway.ask('POST', '/api/auth/sign-in', {
      body: JSON.stringify({ person: 'tenant' }),
      headers: { 'Content-Type': 'application/json' },
    })

    expect(answer?.status).toBe(415)
    expect(answer?.headers.get('Content-Type')).toBe('application/problem+json')
    expect(await answer?.json()).toMatchObject({ status: 415, title: expect.any(String) })
    expect(gateway.council.state.sessions.size).toBe(0)
  })

  test('refuses a form body that cannot be read with 400 problem details', async () => {
    const gateway = directGateway()

    const answer = await gateway.ask('POST', '/api/auth/sign-in', {
      body: 'not multipart',
      headers: { 'Content-Type': 'multipart/form-data; boundary=nothing-here' },
    })

    expect(answer?.status).toBe(400)
    expect(await answer?.json()).toMatchObject({ status: 400 })
    expect(gateway.council.state.sessions.size).toBe(0)
  })

  test.each([
    ['Origin from another site', { Origin: 'https://evil.example' }],
    ['an opaque Origin', { Origin: 'null' }],
    ['Sec-Fetch-Site cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['Sec-Fetch-Site same-site', { 'Sec-Fetch-Site': 'same-site', Origin: 'http://other.gateway.test' }],
  ])('refuses a post from another site (%s) with 403 and no session', async (_, headers) => {
    const gateway = directGateway()
    const post = form({ person: 'staff', returnTo: '/' })

    const answer = await gateway.ask('POST', '/api/auth/sign-in', { ...post, headers: { ...post.headers, ...headers } })

    expect(answer?.status).toBe(403)
    expect(answer?.headers.getSetCookie()).toEqual([])
    expect(gateway.council.state.sessions.size).toBe(0)
  })

  test('accepts a post from its own page, and from a caller that is not a browser and says nothing', async () => {
    const gateway = directGateway()
    const post = form({ person: 'tenant', returnTo: '/' })

    const fromItsPage = await gateway.ask('POST', '/api/auth/sign-in', {
      ...post,
      headers: { ...post.headers, Origin: gateway.site, 'Sec-Fetch-Site': 'same-origin' },
    })
    const fromAScript = await gateway.ask('POST', '/api/auth/sign-in', post)

    expect(fromItsPage?.status).toBe(303)
    expect(fromAScript?.status).toBe(303)
  })

  test('behind a trusted proxy that took https, its own page is on https and the cookie is Secure', async () => {
    const trusting = directGateway({ trustForwardedProto: true }, 'http://myaccount.example')
    const notTrusting = directGateway({}, 'http://myaccount.example')
    const post = form({ person: 'tenant', returnTo: '/' })
    const headers = { ...post.headers, Origin: 'https://myaccount.example', 'X-Forwarded-Proto': 'https' }

    const trusted = await trusting.ask('POST', '/api/auth/sign-in', { ...post, headers })
    const untrusted = await notTrusting.ask('POST', '/api/auth/sign-in', { ...post, headers })

    expect(trusted?.status).toBe(303)
    expect(trusted?.headers.getSetCookie()[0]).toMatch(new RegExp(`^${SESSION_COOKIE}=.*; Secure$`))
    expect(untrusted?.status).toBe(403)
  })

  test('refuses someone who is not a demo person, even a name every object has', async () => {
    const gateway = directGateway()

    for (const person of ['mayor', 'constructor', 'toString']) {
      expect((await gateway.ask('POST', '/api/auth/sign-in', form({ person, returnTo: '/' })))?.status, person).toBe(400)
    }
    expect(gateway.council.state.sessions.size).toBe(0)
  })
})
