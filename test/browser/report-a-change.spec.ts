import type { Page } from '@playwright/test'
import {
  appliedKeys,
  controlledByServiceWorker,
  expect,
  expectNoAxeViolations,
  localeText,
  settledHeading,
  signInDirectly,
  storedOnDevice,
  test,
} from './support'

const say = (key: string) => localeText('en', 'changes', key)

/** Each step at 320 pixels wide: axe finds nothing, and nothing scrolls sideways. */
async function expectStep(page: Page, titleKey: string, where: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(titleKey))
  await expectNoAxeViolations(page, where)
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${where} fits 320 pixels`).toBeLessThanOrEqual(320)
}

/** A small PDF, which the device knows by its first bytes. */
function pdf(named: string) {
  const buffer = Buffer.alloc(4000, 0x20)
  buffer.write('%PDF-1.7\n')
  return { name: named, mimeType: 'application/pdf', buffer }
}

const continueButton = (page: Page) => page.getByRole('button', { name: say('continue'), exact: true })

/** A move to a new home, from the home page's way in to check answers, without a signal when asked. */
async function tellOfAMove(page: Page, { checkEachStep, document }: { checkEachStep: boolean; document: string }) {
  const step = checkEachStep ? (titleKey: string, where: string) => expectStep(page, titleKey, where) : async () => {}
  await page.getByRole('link', { name: say('home.start') }).click()

  await step('what.title', 'what has changed')
  await continueButton(page).click()
  await expect(page.locator('.govuk-error-summary')).toBeFocused()
  if (checkEachStep) await expectNoAxeViolations(page, 'what has changed, with its error')
  await page.getByRole('radio', { name: say('kinds.address') }).check()
  await continueButton(page).click()

  await step('when.title', 'when it changed')
  await page.locator('#date-day').fill('3')
  await page.locator('#date-month').fill('2')
  await continueButton(page).click()
  await expect(page.locator('.govuk-error-summary')).toBeFocused()
  if (checkEachStep) await expectNoAxeViolations(page, 'when it changed, with its error')
  await expect(page.locator('#date-day')).toHaveValue('3')
  await page.locator('#date-year').fill('2025')
  await continueButton(page).click()

  await step('details.title.address', 'the new address')
  await page.locator('#postcode').fill('not a postcode')
  await continueButton(page).click()
  await expect(page.locator('.govuk-error-summary')).toContainText(say('errors.postcode.format'))
  if (checkEachStep) await expectNoAxeViolations(page, 'the new address, with its errors')
  await expect(page.locator('#postcode')).toHaveValue('not a postcode')
  if (checkEachStep) {
    // With a signal, the address comes from the council's gazetteer.
    await page.locator('#postcode').fill('SE21 8JB')
    await page.getByRole('button', { name: say('details.address.find') }).click()
    await page.getByRole('radio', { name: '11 Kestrel Avenue, Southmere' }).check()
    await expect(page.locator('#addressLine1')).toHaveValue('11 Kestrel Avenue')
    await expectNoAxeViolations(page, 'the new address, found by its postcode')
  } else {
    await page.locator('#postcode').fill('SE9 4QT')
    await page.locator('#addressLine1').fill('Flat 4, 18 Larch Road')
  }
  await continueButton(page).click()

  await step('documents.title', 'documents')
  await page.locator('#evidence').setInputFiles(pdf(document))
  await expect(page.getByRole('term').filter({ hasText: document })).toBeVisible()
  if (checkEachStep) await expectNoAxeViolations(page, 'documents, one chosen')
  await continueButton(page).click()

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('check.title'))
  await step('check.title', 'check your answers')
  await expect(page.getByRole('listitem').filter({ hasText: document })).toBeVisible()
  await expect(page.getByText(checkEachStep ? '11 Kestrel Avenue' : 'Flat 4, 18 Larch Road')).toBeVisible()
}

test.describe('on a 320 pixel screen', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  test('Precious Okafor tells us once that she moved home; the confirmation names council tax, benefits and housing', async ({ page }) => {
    test.setTimeout(180_000)
    await signInDirectly(page, 'tenant')
    await page.goto('/')
    await settledHeading(page)
    await tellOfAMove(page, { checkEachStep: true, document: 'moving-in-letter.pdf' })
    await page.getByRole('button', { name: say('check.send') }).click()

    await expectStep(page, 'told.title', 'the confirmation')
    await expect(page.locator('.govuk-panel__body strong')).toHaveText(/^CC-\d+$/)
    await expect(page.getByRole('list', { name: say('told.whoTitle') }).getByRole('listitem')).toHaveText([
      say('services.council_tax'),
      say('services.benefits'),
      say('services.housing'),
    ])
    const reference = await page.locator('.govuk-panel__body strong').textContent()

    await page.goto('/evidence')
    const sent = page.locator('.govuk-summary-card').filter({ hasText: 'moving-in-letter.pdf' })
    await expect(sent).toHaveCount(1)
    await expect(sent).toContainText(reference ?? 'no reference')
  })
})

// Asking the gateway without a signal makes the browser log the failed request; nothing else may go wrong.
test.use({ expectedConsoleErrors: [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/] })

test('a change told with no signal, the tab then closed, is sent once when the app next starts', async ({ page, context }) => {
  test.setTimeout(180_000)
  await signInDirectly(page, 'renter')
  await page.goto('/')
  await controlledByServiceWorker(page)
  await settledHeading(page)

  await context.setOffline(true)
  await tellOfAMove(page, { checkEachStep: false, document: 'tenancy-offline.pdf' })
  await page.getByRole('button', { name: say('check.send') }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('waiting.title'))

  const outbox = ((await storedOnDevice(page, 'outbox')) ?? []) as { id: string; kind: string; state: string }[]
  const waiting = outbox.filter((item) => item.kind === 'change-of-circumstances')
  expect(waiting.map((item) => item.state)).toEqual(['queued'])
  const key = waiting[0]?.id ?? 'no key'
  expect((await appliedKeys(page))[key], 'nothing reaches the gateway while offline').toBeUndefined()
  await page.close()

  await context.setOffline(false)
  const later = await context.newPage()
  await later.goto('/')
  await settledHeading(later)
  await expect.poll(async () => (await appliedKeys(later))[key], { message: 'the change reaches the gateway', timeout: 15_000 }).toBe(1)
  await expect
    .poll(
      async () =>
        (((await storedOnDevice(later, 'outbox')) ?? []) as { id: string; state: string }[]).find((item) => item.id === key)?.state,
    )
    .toBe('sent')
  await later.goto('/waiting')
  await expect(later.getByText(localeText('en', 'outbox', 'kinds.change-of-circumstances'))).toHaveCount(1)
  expect((await appliedKeys(later))[key], 'told once, however often the app started').toBe(1)
  await later.goto('/evidence')
  await expect(later.locator('.govuk-summary-card').filter({ hasText: 'tenancy-offline.pdf' }), 'its document arrived once').toHaveCount(1)
})
