import { http, HttpResponse, type HttpHandler } from 'msw'
import type { GatewayOptions } from '../gateway-route'
import { gatewayRoute, ok, toMswPath } from '../gateway-route'
import type { PersonaId } from '../personas'
import { SESSION_COOKIE, SESSION_LIFETIME_MS, type ReferenceCouncil } from '../reference-council'

/** Only a path on this site may be returned to, so the sign-in page cannot be used to send people elsewhere. */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/'
  return value
}

function escapeHtml(value: string) {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

function cookie(request: Request, value: string, maxAgeSeconds: number) {
  const secure = new URL(request.url).protocol === 'https:' ? '; Secure' : ''
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`
}

function signInPage(council: ReferenceCouncil, action: string, returnTo: string) {
  const people = Object.values(council.state.people)
    .map(
      (person) => `<li class="person">
        <form method="post" action="${escapeHtml(action)}">
          <input type="hidden" name="person" value="${person.id}">
          <input type="hidden" name="returnTo" value="${escapeHtml(returnTo)}">
          <button type="submit">Sign in as ${escapeHtml(person.profile.name)}</button>
          <p>${escapeHtml(person.about)}</p>
        </form>
      </li>`,
    )
    .join('')
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in (demo) – My Account reference gateway</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; color: #0b0c0c; line-height: 1.4; }
  header { background: #0b0c0c; color: #fff; padding: 1rem; }
  main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
  ul { list-style: none; padding: 0; }
  .person { border-bottom: 1px solid #b1b4b6; padding: 1rem 0; }
  button { font: inherit; font-size: 1.1875rem; padding: 0.6rem 1rem; min-height: 44px; background: #00703c; color: #fff; border: 0; box-shadow: 0 2px 0 #002d18; cursor: pointer; }
  button:focus { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: inset 0 0 0 1px #ffdd00; background: #ffdd00; color: #0b0c0c; }
  p { margin: 0.5rem 0 0; }
</style>
</head>
<body>
<header><p>Reference gateway</p></header>
<main>
<h1>Sign in (demo)</h1>
<p>A council's real gateway sends people to its own sign-in service here. This demo lets you choose a person.</p>
<ul>${people}</ul>
</main>
</body>
</html>`
}

export function signInHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  const path = toMswPath(options.basePath, '/auth/sign-in')
  return [
    http.get(path, ({ request }) => {
      const url = new URL(request.url)
      const returnTo = safeReturnPath(url.searchParams.get('returnTo'))
      return new HttpResponse(signInPage(council, url.pathname, returnTo), {
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
      })
    }),
    http.post(path, async ({ request }) => {
      const form = await request.formData()
      const personId = String(form.get('person') ?? '') as PersonaId
      const returnTo = safeReturnPath(String(form.get('returnTo') ?? '/'))
      if (!(personId in council.state.people)) return new HttpResponse('Choose a person to sign in as', { status: 400 })
      const session = council.startSession(personId)
      return new HttpResponse(null, {
        status: 303,
        headers: { Location: returnTo, 'Set-Cookie': cookie(request, session.id, SESSION_LIFETIME_MS / 1000), 'Cache-Control': 'no-store' },
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
      })
    }),
    gatewayRoute(council, options, 'signOut', ({ session, request }) => {
      council.endSession(session?.id)
      return ok({ signedOut: true as const }, { 'Set-Cookie': cookie(request, '', 0) })
    }),
  ]
}
