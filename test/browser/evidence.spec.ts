import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, localeText, signInDirectly, test } from './support'

const say = (key: string) => localeText('en', 'evidence', key)

function pdf(size: number) {
  const bytes = Buffer.alloc(size, 0x20)
  bytes.write('%PDF-1.7\n')
  return bytes
}

/** A small photo as the phone's camera would make it, drawn by the browser so it really decodes. */
async function photo(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(640, 480)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('No canvas')
    context.fillStyle = '#3366aa'
    context.fillRect(0, 0, 640, 480)
    context.fillStyle = '#ffffff'
    context.fillRect(40, 40, 560, 400)
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })
    const bytes = new Uint8Array(await blob.arrayBuffer())
    let binary = ''
    for (const byte of bytes) binary += String.fromCharCode(byte)
    return btoa(binary)
  })
  return Buffer.from(base64, 'base64')
}

test.describe('Sending documents', () => {
  test.use({ viewport: { width: 320, height: 800 } })

  test('refuses a 13 MB file and a wrongly typed one in plain words, sends a PDF and a photo, and lists them as received', async ({
    page,
  }) => {
    test.setTimeout(180_000)
    await signInDirectly(page, 'renter')
    await page.goto('/evidence/send')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('send.title'))
    await expectNoAxeViolations(page, 'the documents form')

    const upload = page.locator('#files')
    await upload.setInputFiles({ name: 'statements.pdf', mimeType: 'application/pdf', buffer: pdf(13 * 1024 * 1024) })
    const tooBig = 'statements.pdf must be smaller than 10MB'
    await expect(page.locator('#files-error')).toContainText(tooBig)
    await expect(page.locator('.govuk-error-summary')).toContainText(tooBig)
    await expectNoAxeViolations(page, 'a file too big')

    await upload.setInputFiles({ name: 'payslip.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('This is a text file, not a photo') })
    const wrongType = 'payslip.jpg must be a PDF or a photo (JPG, PNG or WebP)'
    await expect(page.locator('#files-error')).toContainText(wrongType)
    await expect(page.locator('.govuk-error-summary')).toContainText(wrongType)
    await expectNoAxeViolations(page, 'a file of the wrong type')

    await page.getByRole('radio', { name: say('purposes.council-tax') }).check()
    await upload.setInputFiles([
      { name: 'bank-statement.pdf', mimeType: 'application/pdf', buffer: pdf(1_600_000) },
      { name: 'letter-photo.jpg', mimeType: 'image/jpeg', buffer: await photo(page) },
    ])
    await expect(page.getByText('2 documents chosen')).toBeVisible({ timeout: 30_000 })
    await expect(page.locator('.govuk-error-summary')).toHaveCount(0)
    await expectNoAxeViolations(page, 'two documents chosen')
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(scrollWidth, 'nothing scrolls sideways at 320px').toBeLessThanOrEqual(320)

    await page.getByRole('button', { name: say('send.send') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('sent.title'), { timeout: 60_000 })
    await expect(page.getByRole('main')).toContainText('bank-statement.pdf')
    await expect(page.getByRole('main')).toContainText('letter-photo.jpg')
    await expectNoAxeViolations(page, 'documents sent')

    await page.getByRole('link', { name: say('send.seeReceived') }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('list.title'))
    const received = page.locator('.govuk-summary-card')
    await expect(received.filter({ hasText: 'bank-statement.pdf' })).toContainText(say('purposes.council-tax'))
    await expect(received.filter({ hasText: 'letter-photo.jpg' })).toContainText(say('kind.photo'))
    await expectNoAxeViolations(page, 'documents received')
  })
})
