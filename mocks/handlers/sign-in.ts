import { http, HttpResponse, type HttpHandler } from 'msw'
import { gatewayRoute, isHttps, ok, problemDetailsResponse, sessionCookie, toMswPath, type GatewayOptions } from '../gateway-route'
import type { PersonaId } from '../personas'
import { sessionLifetimeMs, SHARED_DEVICE_SESSION_LIFETIME_MS, type GatewaySession, type ReferenceCouncil } from '../reference-council'
import {
  demoPageLanguage,
  demoPageWords,
  escapeHtml,
  languageSwitcher,
  languageSwitcherStyles,
  type DemoPageWords,
} from './demo-page-language'

// Browsers drop tabs and newlines from a URL, so `/\t/evil.example` would take the person to //evil.example.
const controlOrSpace = /[\p{Cc}\s\\]/u
const anyOrigin = 'https://my-account.invalid'

/** Only a path on this site may be returned to, so the sign-in page (or a payment) cannot be used to send people elsewhere. */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//')) return '/'
  let decoded: string
  try {
    decoded = decodeURIComponent(value)
  } catch {
    return '/'
  }
  if (controlOrSpace.test(value) || controlOrSpace.test(decoded) || decoded.startsWith('//')) return '/'
  try {
    if (new URL(value, anyOrigin).origin !== anyOrigin) return '/'
  } catch {
    return '/'
  }
  return value
}

/** This site's origin as the browser sees it, which a form posted from this site carries as its Origin. */
function ownOrigin(request: Request, options: GatewayOptions) {
  const url = new URL(request.url)
  return `${isHttps(request, options) ? 'https:' : url.protocol}//${url.host}`
}

/**
 * A browser says where a form post came from. Another site must not be able to sign someone in
 * as a person of its choosing. A caller that is not a browser says nothing, and is no such risk.
 */
function postedFromThisSite(request: Request, options: GatewayOptions) {
  const site = request.headers.get('Sec-Fetch-Site')
  if (site !== null && site !== 'same-origin' && site !== 'none') return false
  const origin = request.headers.get('Origin')
  return origin === null || origin === ownOrigin(request, options)
}

function signInPage(council: ReferenceCouncil, action: string, returnTo: string, words: DemoPageWords) {
  const { say } = words
  const sharedMinutes = SHARED_DEVICE_SESSION_LIFETIME_MS / 60_000
  const people = Object.values(council.state.people)
    .map(
      (person) => `<li class="person">
        <button type="submit" name="person" value="${escapeHtml(person.id)}" aria-describedby="about-${escapeHtml(person.id)}">${say('signIn.signInAs', { name: person.profile.name })}</button>
        <p id="about-${escapeHtml(person.id)}">${words.inEnglish(escapeHtml(person.about))}</p>
      </li>`,
    )
    .join('')
  return `<!doctype html>
<html ${words.htmlAttributes}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${say('signIn.documentTitle')}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; color: #0b0c0c; line-height: 1.4; }
  header { background: #0b0c0c; color: #fff; padding: 1rem; }
  main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
  fieldset { border: 0; margin: 1.5rem 0; padding: 0; }
  legend { font-size: 1.5rem; font-weight: 700; margin-bottom: 0.5rem; }
  .hint { color: #484949; margin: 0 0 1rem; }
  .radio { display: flex; align-items: center; margin-bottom: 0.5rem; }
  .radio input { width: 2rem; height: 2rem; margin: 0; accent-color: #0b0c0c; }
  .radio label { padding: 0.6rem 0.75rem; font-size: 1.1875rem; cursor: pointer; }
  .radio input:focus { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: 0 0 0 7px #0b0c0c; }
  h2 { font-size: 1.5rem; margin: 2rem 0 0; }
  ul { list-style: none; padding: 0; }
  .person { border-bottom: 1px solid #b1b4b6; padding: 1rem 0; }
  button { font: inherit; font-size: 1.1875rem; padding: 0.6rem 1rem; min-height: 44px; background: #00703c; color: #fff; border: 0; box-shadow: 0 2px 0 #002d18; cursor: pointer; }
  button:focus { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: inset 0 0 0 1px #ffdd00; background: #ffdd00; color: #0b0c0c; }
  p { margin: 0.5rem 0 0; }
${languageSwitcherStyles}
</style>
</head>
<body>
<header><p>${say('signIn.gateway')}</p></header>
${languageSwitcher(words, action, { returnTo })}
<main>
<h1>${say('signIn.title')}</h1>
<p>${say('signIn.intro')}</p>
<form method="post" action="${escapeHtml(action)}">
  <input type="hidden" name="returnTo" value="${escapeHtml(returnTo)}">
  <fieldset aria-describedby="shared-device-hint">
    <legend>${say('signIn.sharedQuestion')}</legend>
    <p class="hint" id="shared-device-hint">${say('signIn.sharedHint', { count: sharedMinutes })}</p>
    <div class="radio">
      <input type="radio" id="shared-device-no" name="sharedDevice" value="no" checked>
      <label for="shared-device-no">${say('signIn.no')}</label>
    </div>
    <div class="radio">
      <input type="radio" id="shared-device-yes" name="sharedDevice" value="yes">
      <label for="shared-device-yes">${say('signIn.yes')}</label>
    </div>
  </fieldset>
  <h2>${say('signIn.choosePerson')}</h2>
  <ul>${people}</ul>
</form>
</main>
</body>
</html>`
}

/** The caller staff are helping, once verified, as the app shows it in its banner. */
function assistedCaller(council: ReferenceCouncil, session: GatewaySession) {
  const caller = session.assisting ? council.state.people[session.assisting.personId] : null
  return caller ? { personId: caller.id, name: caller.profile.name, tenant: caller.tenancy !== null, channel: 'telephone' as const } : null
}

export function signInHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  const path = toMswPath(options.basePath, '/auth/sign-in')
  const noStore = { 'Cache-Control': 'no-store' }
  return [
    http.get(path, ({ request }) => {
      const url = new URL(request.url)
      const returnTo = safeReturnPath(url.searchParams.get('returnTo'))
      const words = demoPageWords(demoPageLanguage(url))
      return new HttpResponse(signInPage(council, url.pathname, returnTo, words), {
        headers: { 'Content-Type': 'text/html; charset=utf-8', ...noStore },
      })
    }),
    http.post(path, async ({ request }) => {
      if (!postedFromThisSite(request, options)) {
        return problemDetailsResponse({ title: "Sign in from this site's own sign-in page", status: 403 }, noStore)
      }
      const contentType = request.headers.get('Content-Type') ?? ''
      if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(contentType)) {
        return problemDetailsResponse({ title: 'Send the sign-in form as a form', status: 415 }, noStore)
      }
      let form: FormData
      try {
        form = await request.formData()
      } catch {
        return problemDetailsResponse({ title: 'The sign-in form could not be read', status: 400 }, noStore)
      }
      const personId = String(form.get('person') ?? '') as PersonaId
      const returnTo = safeReturnPath(String(form.get('returnTo') ?? '/'))
      if (!Object.hasOwn(council.state.people, personId))
        return new HttpResponse('Choose a person to sign in as', { status: 400, headers: noStore })
      const session = council.startSession(personId, Date.now(), form.get('sharedDevice') === 'yes')
      return new HttpResponse(null, {
        status: 303,
        headers: {
          Location: returnTo,
          'Set-Cookie': sessionCookie(request, options, session.id, sessionLifetimeMs(session) / 1000),
          ...noStore,
        },
      })
    }),
    gatewayRoute(council, options, 'getSession', ({ session, person }) => {
      if (!session || !person) return ok({ signedIn: false as const })
      return ok({
        signedIn: true as const,
        person: { id: person.id, name: person.profile.name, role: person.role, tenant: person.tenancy !== null },
        csrfToken: session.csrfToken,
        expiresAt: new Date(session.expiresAt).toISOString(),
        sharedDevice: session.sharedDevice,
        ...(person.role === 'staff' ? { assisting: assistedCaller(council, session) } : {}),
      })
    }),
    gatewayRoute(council, options, 'signOut', ({ session, request }) => {
      council.endSession(session?.id)
      return ok({ signedOut: true as const }, { 'Set-Cookie': sessionCookie(request, options, '', 0) })
    }),
  ]
}
