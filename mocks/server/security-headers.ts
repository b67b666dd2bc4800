/**
 * The headers every answer from `npm start` carries, in one place: the app's files, and the
 * gateway's JSON and HTML under /api. Names are lower case, as `Headers` gives them, so a
 * handler's own header of the same name can be told apart and kept.
 */
export const commonSecurityHeaders: Readonly<Record<string, string>> = {
  // A JSON answer or an uploaded photo is never taken for a script or a page.
  'x-content-type-options': 'nosniff',
  // For browsers too old for frame-ancestors: no other site may show ours in a frame to trick a click.
  'x-frame-options': 'DENY',
  // Paths name payments and reports, so no other site learns them. Not no-referrer: that would also make the
  // browser send \`Origin: null\` on this site's own form posts, which the sign-in form is checked by. index.html's meta agrees.
  'referrer-policy': 'same-origin',
  // "Use where I am now" and taking a photo are the only powerful features the app uses, and only on its own pages.
  'permissions-policy':
    'geolocation=(self), camera=(self), microphone=(), payment=(), usb=(), serial=(), accelerometer=(), gyroscope=(), magnetometer=()',
}

/**
 * The app's pages: its own scripts, styles and connections only, and no inline script, so
 * injected markup cannot run. Photo previews are blob: images; govuk-frontend's CSS has data:
 * images. A gateway on another origin (`VITE_GATEWAY_URL`) is added to what the app may call.
 */
export function appContentSecurityPolicy(gatewayUrl?: string) {
  const gatewayOrigin = gatewayUrl && /^https?:\/\//i.test(gatewayUrl) ? new URL(gatewayUrl).origin : null
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    `connect-src 'self'${gatewayOrigin ? ` ${gatewayOrigin}` : ''}`,
    "font-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** The gateway's own pages (demo sign-in, card page) keep their styles inline and run no script. */
export const gatewayPageContentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

/** A JSON answer opened as a page loads nothing and shows in no frame. */
export const gatewayDataContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"

export function appHeaders(gatewayUrl?: string): Record<string, string> {
  return { ...commonSecurityHeaders, 'content-security-policy': appContentSecurityPolicy(gatewayUrl) }
}

/** What a gateway answer of this type carries, besides whatever its handler set itself. */
export function gatewayHeaders(contentType: string | null): Record<string, string> {
  const isPage = /^\s*text\/html\b/i.test(contentType ?? '')
  return {
    ...commonSecurityHeaders,
    'content-security-policy': isPage ? gatewayPageContentSecurityPolicy : gatewayDataContentSecurityPolicy,
  }
}

/**
 * How long a browser may keep one of the app's files. Files under /assets/ have a hash in
 * their name, so a new build gives new names; everything else (index.html, sw.js, the
 * manifest) must be checked every time, or people would be stuck on an old version.
 */
export function cacheControlFor(pathname: string) {
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'
}
