import type { Locator, Page } from '@playwright/test'
import { expect, localeText, people, settledHeading, signInDirectly, test } from './support'

const say = (key: string) => localeText('en', 'report', key)

/** Presses Tab (or Shift+Tab) until the locator has focus, as someone using only a keyboard would. */
async function tabTo(page: Page, target: Locator, { backwards = false, most = 60 } = {}) {
  for (let presses = 0; presses < most; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`${backwards ? 'Shift+Tab' : 'Tab'} did not reach ${String(target)} in ${most} presses`)
}

/** The new page's heading, with focus on it, as it should be after every move to another page. */
async function arriveAt(page: Page, title: string) {
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText(title)
  await expect(heading).toBeFocused()
}

/** From the home page, by keyboard, to the first step of reporting a problem. */
async function startReportingByKeyboard(page: Page) {
  await tabTo(page, page.getByRole('main').getByRole('link', { name: localeText('en', 'account', 'home.requests.report') }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL('/report')
  await arriveAt(page, say('service.title'))
  await settledHeading(page)
}

/** The legend of the group whose radio has focus, or null when focus is not on a radio. */
function focusedRadioGroup(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement
    if (!(focused instanceof HTMLInputElement) || focused.type !== 'radio') return null
    return focused.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? ''
  })
}

test.describe('choosing the problem by keyboard', () => {
  test('Tab from the heading reaches the search first, then every group of problems, then Continue', async ({ page }) => {
    // A tenant sees every group, council housing too.
    await signInDirectly(page, 'tenant')
    await page.goto('/')
    await settledHeading(page)
    await startReportingByKeyboard(page)
    const groups = await page.locator('form:not([role="search"]) fieldset legend').allTextContents()
    expect(groups).toEqual(['Bins and recycling', 'Council housing', 'Noise and nuisance', 'Roads', 'Streets and pavements'])

    await page.keyboard.press('Tab')
    await expect(page.getByLabel(say('service.searchLabel'))).toBeFocused()

    const continueButton = page.getByRole('button', { name: say('continue'), exact: true })
    const radioStops: string[] = []
    for (let presses = 0; presses < 20; presses++) {
      await page.keyboard.press('Tab')
      if (await continueButton.evaluate((element) => element === document.activeElement)) break
      const group = await focusedRadioGroup(page)
      if (group !== null) radioStops.push(group)
    }
    await expect(continueButton).toBeFocused()
    expect(radioStops, 'each group of problems is one Tab stop of its own').toEqual(groups)
  })

  test('arrow keys stay within a group, and a choice in another group replaces it', async ({ page }) => {
    await signInDirectly(page, 'owner')
    await page.goto('/')
    await settledHeading(page)
    await startReportingByKeyboard(page)

    const streets = page.getByRole('group', { name: 'Streets and pavements' })
    await tabTo(page, streets.getByRole('radio', { name: 'Fly-tipping' }))
    await page.keyboard.press('ArrowDown')
    await expect(streets.getByRole('radio', { name: 'Street light not working' })).toBeFocused()
    await expect(streets.getByRole('radio', { name: 'Street light not working' })).toBeChecked()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    // Past the last problem in the group, the arrow comes round to its first, never into another group.
    await expect(streets.getByRole('radio', { name: 'Fly-tipping' })).toBeFocused()
    await expect(streets.getByRole('radio', { name: 'Fly-tipping' })).toBeChecked()

    await tabTo(page, page.getByRole('radio', { name: 'Pothole' }), { backwards: true })
    await page.keyboard.press('Space')
    await expect(page.getByRole('radio', { name: 'Pothole' })).toBeChecked()
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(1)

    await tabTo(page, page.getByRole('button', { name: say('continue'), exact: true }))
    await page.keyboard.press('Enter')
    await arriveAt(page, say('questions.title'))
    await expect(page.getByRole('group', { name: 'About how wide is it?' })).toBeVisible()
  })
})

test('a missed bin reported from start to finish with only the keyboard', async ({ page }) => {
  await page.goto('/')
  await settledHeading(page)

  // Signing in, on the council's own sign-in page.
  await tabTo(page, page.getByRole('main').getByRole('link', { name: localeText('en', 'common', 'signIn.button') }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in (demo)')
  await tabTo(page, page.getByRole('button', { name: `Sign in as ${people.renter}` }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account')
  await settledHeading(page)

  await startReportingByKeyboard(page)

  // Continue with nothing chosen: the error summary takes focus, and its link goes to the first problem.
  await tabTo(page, page.getByRole('button', { name: say('continue'), exact: true }))
  await page.keyboard.press('Enter')
  const errorSummary = page.locator('.govuk-error-summary')
  await expect(errorSummary).toBeFocused()
  await expect(page).toHaveTitle(/^Error: /)
  await page.keyboard.press('Tab')
  await expect(errorSummary.getByRole('link', { name: say('errors.service.missing') })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('group', { name: 'Bins and recycling' }).getByRole('radio').first()).toBeFocused()

  // Back up to the search, which comes first, and find the problem in everyday words.
  const search = page.getByLabel(say('service.searchLabel'))
  await tabTo(page, search, { backwards: true })
  await page.keyboard.type('bin not emptied')
  await page.keyboard.press('Enter')
  await expect(page.locator('[role="status"]').filter({ hasText: /Choose the one that fits best/ })).toBeVisible()
  await expect(search).toBeFocused()
  const missedBin = page.getByRole('radio', { name: 'Missed bin collection' })
  await tabTo(page, missedBin)
  await page.keyboard.press('Space')
  await expect(missedBin).toBeChecked()
  await tabTo(page, page.getByRole('button', { name: say('continue'), exact: true }))
  await page.keyboard.press('Enter')

  // The service's own question: forgetting it shows the error summary, whose link goes to the answers.
  await arriveAt(page, say('questions.title'))
  await tabTo(page, page.getByRole('button', { name: say('continue'), exact: true }))
  await page.keyboard.press('Enter')
  await expect(errorSummary).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  const whichBin = page.getByRole('group', { name: 'Which bin was missed?' })
  await expect(whichBin.getByRole('radio', { name: 'General waste' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(whichBin.getByRole('radio', { name: 'Recycling' })).toBeChecked()
  await tabTo(page, page.getByLabel(say('questions.details')))
  await page.keyboard.type('The green box was left full')
  await tabTo(page, page.getByRole('button', { name: say('continue'), exact: true }))
  await page.keyboard.press('Enter')

  // Where: a postcode, with Enter in its box finding the addresses, which take focus.
  await arriveAt(page, say('location.title'))
  const byPostcode = page.getByRole('radio', { name: say('location.methods.postcode') })
  await tabTo(page, byPostcode)
  await page.keyboard.press('Space')
  await expect(byPostcode).toBeChecked()
  const postcode = page.getByLabel(say('location.postcode'), { exact: true })
  await tabTo(page, postcode)
  await page.keyboard.type('se21 8jb')
  await page.keyboard.press('Enter')
  const addresses = page.getByRole('group', { name: /addresses found for SE21 8JB/ })
  await expect(addresses).toBeVisible()
  await expect(page.locator('.app-takes-focus')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(addresses.getByRole('radio', { name: '7 Kestrel Avenue, Southmere' })).toBeFocused()
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowDown')
  await expect(addresses.getByRole('radio', { name: '9 Kestrel Avenue, Southmere' })).toBeChecked()
  await tabTo(page, page.getByRole('button', { name: say('continue'), exact: true }))
  await page.keyboard.press('Enter')

  // A photo, through the file chooser the keyboard opens.
  await arriveAt(page, say('photos.title'))
  const photo = await smallPhoto(page)
  const photoInput = page.getByLabel(localeText('en', 'photos', 'label'))
  await tabTo(page, photoInput)
  const chooser = page.waitForEvent('filechooser')
  await page.keyboard.press('Space')
  await (await chooser).setFiles({ name: 'green-box.jpg', mimeType: 'image/jpeg', buffer: photo })
  await expect(page.getByRole('img', { name: /green-box\.jpg/ })).toBeVisible()
  await tabTo(page, page.getByRole('button', { name: say('continue'), exact: true }))
  await page.keyboard.press('Enter')

  // Someone has reported a missed bin on this street already; this one is new.
  await arriveAt(page, say('nearby.title'))
  await tabTo(page, page.getByRole('button', { name: say('nearby.newReport') }))
  await page.keyboard.press('Enter')

  await arriveAt(page, say('check.title'))
  await expect(page.getByText('Missed bin collection', { exact: true })).toBeVisible()
  await expect(page.getByText('9 Kestrel Avenue, Southmere SE21 8JB')).toBeVisible()
  await expect(page.getByText('green-box.jpg')).toBeVisible()
  await tabTo(page, page.getByRole('button', { name: say('check.send') }))
  await page.keyboard.press('Enter')

  await arriveAt(page, say('sent.title'))
  const reference = await page.locator('.govuk-panel__body strong').textContent()
  expect(reference).toMatch(/^SR-\d+$/)
  const saved = await (await page.request.get(`/api/me/requests/${reference}`)).json()
  expect(saved).toMatchObject({ serviceCode: 'missed-bin', location: '9 Kestrel Avenue, Southmere SE21 8JB', photos: 1 })
})

/** A small JPEG drawn in the page, so no image file is needed. */
async function smallPhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(320, 240)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('No 2D canvas')
    context.fillStyle = '#2e7d32'
    context.fillRect(0, 0, 320, 240)
    const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg' })).arrayBuffer())
    return btoa(String.fromCharCode(...bytes))
  })
  return Buffer.from(base64, 'base64')
}
