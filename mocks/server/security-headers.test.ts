import { describe, expect, test } from 'vitest'
import { appContentSecurityPolicy, appHeaders, cacheControlFor, gatewayHeaders } from './security-headers'

function directives(policy: string) {
  return Object.fromEntries(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/)
      return [name, sources]
    }),
  )
}

describe('the app’s pages', () => {
  test('run only the app’s own script files: nothing inline, nothing evaluated, nothing from elsewhere', () => {
    const policy = directives(appContentSecurityPolicy())

    expect(policy['script-src']).toEqual(["'self'"])
    expect(policy['default-src']).toEqual(["'self'"])
    expect(policy['object-src']).toEqual(["'none'"])
    expect(policy['base-uri']).toEqual(["'none'"])
    expect(policy['frame-ancestors']).toEqual(["'none'"])
    expect(policy['connect-src']).toEqual(["'self'"])
  })

  test('show photo previews (blob:) and govuk-frontend’s data: images, but take no inline styles', () => {
    const policy = directives(appContentSecurityPolicy())

    expect(policy['img-src']).toEqual(["'self'", 'data:', 'blob:'])
    expect(policy['style-src']).toEqual(["'self'"])
  })

  test('may call a gateway on another site, and only that site', () => {
    expect(directives(appContentSecurityPolicy('https://gateway.southmere.example/my-account/api'))['connect-src']).toEqual([
      "'self'",
      'https://gateway.southmere.example',
    ])
    expect(directives(appContentSecurityPolicy('/api'))['connect-src']).toEqual(["'self'"])
  })

  test('carry every header besides the policy', () => {
    expect(appHeaders()).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'same-origin',
      'permissions-policy': expect.stringMatching(/^geolocation=\(self\), camera=\(self\), microphone=\(\)/),
      'content-security-policy': appContentSecurityPolicy(),
    })
  })
})

describe('gateway answers', () => {
  test('a page may style itself inline but runs no script, and no site may frame it', () => {
    const policy = directives(gatewayHeaders('text/html; charset=utf-8')['content-security-policy'] ?? '')

    expect(policy['default-src']).toEqual(["'none'"])
    expect(policy['style-src']).toEqual(["'unsafe-inline'"])
    expect(policy['script-src']).toBeUndefined()
    expect(policy['frame-ancestors']).toEqual(["'none'"])
    expect(policy['form-action']).toEqual(["'self'"])
  })

  test('data loads nothing at all if opened as a page', () => {
    for (const type of ['application/json', 'application/problem+json', null]) {
      const headers = gatewayHeaders(type)

      expect(directives(headers['content-security-policy'] ?? '')).toEqual({
        'default-src': ["'none'"],
        'frame-ancestors': ["'none'"],
        'base-uri': ["'none'"],
      })
      expect(headers['x-content-type-options']).toBe('nosniff')
    }
  })
})

describe('caching of the app’s files', () => {
  test('files with a hash in their name are kept for a year; the rest are checked every time', () => {
    expect(cacheControlFor('/assets/index-DNQ0JTw4.js')).toBe('public, max-age=31536000, immutable')
    for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest', '/councils/southmere/logo.svg', '/report']) {
      expect(cacheControlFor(path), path).toBe('no-cache')
    }
  })
})
