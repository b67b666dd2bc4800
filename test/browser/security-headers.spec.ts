import type { APIResponse, Page } from '@playwright/test'
import { chooseOnSignInPage, expect, localeText, settledHeading, test } from './support'

const everyAnswer = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'permissions-policy': expect.stringMatching(/geolocation=\(self\), camera=\(self\), microphone=\(\)/),
  'content-security-policy': expect.stringContaining("frame-ancestors 'none'"),
}

/** The hashed scripts index.html starts the app with: the one it runs, and those it has the browser fetch alongside. */
async function firstLoadScripts(page: Page) {
  const html = await (await page.request.get('/')).text()
  const paths = [
    ...html.matchAll(/<(?:script type="module"|link rel="modulepreload") crossorigin (?:src|href)="(\/assets\/[^"]+\.js)"/g),
  ].map(([, path]) => path ?? '')
  if (paths.length === 0) throw new Error(`index.html starts no script from /assets/:\n${html}`)
  return paths
}

/** The largest of them, which holds most of the app. */
async function largestFirstLoadScript(page: Page) {
  const sizes = await Promise.all(
    (await firstLoadScripts(page)).map(async (path) => ({ path, size: (await (await page.request.get(path)).body()).length })),
  )
  return sizes.sort((a, b) => b.size - a.size)[0]?.path ?? ''
}

function headersOf(response: APIResponse) {
  return response.headers()
}

test.describe('what npm start sends', () => {
  test('the app’s pages, a gateway JSON answer, the demo sign-in page and a static file each carry every header', async ({ page }) => {
    const app = await page.request.get('/report')
    const json = await page.request.get('/api/session')
    const signIn = await page.request.get('/api/auth/sign-in?returnTo=/')
    const asset = await page.request.get(await largestFirstLoadScript(page))

    for (const [name, response] of Object.entries({ app, json, signIn, asset })) {
      expect(response.status(), name).toBe(200)
      expect(headersOf(response), name).toMatchObject(everyAnswer)
    }
    expect(headersOf(app)['content-security-policy']).toMatch(/(^|; )script-src 'self'(;|$)/)
    expect(headersOf(app)['content-security-policy']).not.toContain('unsafe-inline')
    expect(headersOf(app)['cache-control']).toBe('no-cache')
    expect(headersOf(json)['content-security-policy']).toMatch(/^default-src 'none'/)
    expect(headersOf(signIn)['content-security-policy']).toMatch(/^default-src 'none'/)
  })

  test('a script goes brotli-compressed to a browser that takes brotli, and is kept for a year', async ({ page }) => {
    const path = await largestFirstLoadScript(page)

    const compressed = await page.request.get(path, { headers: { 'Accept-Encoding': 'br, gzip' } })
    const gzipOnly = await page.request.get(path, { headers: { 'Accept-Encoding': 'gzip' } })

    expect(compressed.status()).toBe(200)
    expect(headersOf(compressed)['content-encoding']).toBe('br')
    expect(headersOf(compressed)['cache-control']).toContain('immutable')
    expect(headersOf(compressed)['cache-control']).toContain('max-age=31536000')
    expect(headersOf(compressed)['vary']).toBe('Accept-Encoding')
    expect(headersOf(gzipOnly)['content-encoding']).toBe('gzip')
  })

  test('the service worker is checked every time and precaches none of the compressed copies', async ({ page }) => {
    const worker = await page.request.get('/sw.js')

    expect(headersOf(worker)['cache-control']).toBe('no-cache')
    const source = await worker.text()
    expect(source).toMatch(/"\/?assets\/[^"]+\.js"/)
    expect(source).not.toMatch(/\.(br|gz)"/)
  })
})

test.describe('the app under its Content-Security-Policy', () => {
  test.beforeEach(async ({ page }) => {
    // Every blocked script, style, image or connection becomes a console error, which fails the test.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(
          `Content-Security-Policy blocked ${event.blockedURI || 'inline code'} (${event.violatedDirective}) at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        )
      })
    })
  })

  test('a person signs in on the demo page, and home, reporting with a photo, and their details all work', async ({ page }) => {
    await page.goto('/api/auth/sign-in?returnTo=/')
    await chooseOnSignInPage(page, 'owner')
    await expect(page).toHaveURL('/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(localeText('en', 'account', 'home.title'))

    await page.goto('/report')
    await expect(await settledHeading(page)).toHaveText(localeText('en', 'report', 'service.title'))
    await page.getByRole('radio', { name: 'Pothole' }).check()
    await page.getByRole('button', { name: localeText('en', 'report', 'continue'), exact: true }).click()
    await page.getByRole('radio', { name: 'Bigger than a dinner plate' }).check()
    await page.getByRole('button', { name: localeText('en', 'report', 'continue'), exact: true }).click()
    await page.getByRole('radio', { name: localeText('en', 'report', 'location.methods.described') }).check()
    await page.locator('#described').fill('Outside the bakery on Elmwood Road')
    await page.getByRole('button', { name: localeText('en', 'report', 'continue'), exact: true }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(localeText('en', 'report', 'photos.title'))
    const photo = await page.evaluate(async () => {
      const canvas = new OffscreenCanvas(320, 240)
      const context = canvas.getContext('2d')
      if (!context) throw new Error('No 2D canvas')
      context.fillStyle = '#556b2f'
      context.fillRect(0, 0, 320, 240)
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg' })).arrayBuffer())
      return Array.from(bytes)
    })
    await page.locator('#photos').setInputFiles({ name: 'pothole.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(photo) })
    // The preview is a blob: image; a policy without blob: would leave it empty.
    const preview = page.getByRole('img', { name: /pothole\.jpg/ })
    await expect(preview).toHaveAttribute('src', /^blob:/)
    await expect.poll(() => preview.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0)

    await page.goto('/your-details')
    await expect(await settledHeading(page)).toHaveText(localeText('en', 'details', 'title'))
  })
})
