import type { Page } from '@playwright/test'
import type { Language } from '#src/gateway/contract/common'
import { chooseRadio, expect, expectNoAxeViolations, localeText, signInDirectly, tabTo, test } from './support'

const cc = (language: Language, key: string) => localeText(language, 'contact-centre', key)
const report = (key: string) => localeText('en', 'report', key)
const booking = (key: string) => localeText('en', 'booking', key)
const payments = (key: string) => localeText('en', 'payments', key)

async function expectHeading(page: Page, text: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text)
}

/** Finds Margaret Ellis by her council tax account, using only the keyboard, and answers her questions as she would. */
async function findAndVerifyMargaret(page: Page, language: Language, { axe = false } = {}) {
  const say = (key: string) => cc(language, key)
  await page.goto(language === 'en' ? '/staff/callers' : `/staff/callers?lang=${language}`)
  await expectHeading(page, say('find.title'))
  if (axe) await expectNoAxeViolations(page, 'find the caller', language)
  await tabTo(page, page.getByRole('button', { name: say('find.button') }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('link', { name: say('errors.how.missing') })).toBeVisible()
  if (axe) await expectNoAxeViolations(page, 'find the caller, with an error', language)

  await page.getByRole('link', { name: say('errors.how.missing') }).click()
  await chooseRadio(page, page.getByRole('radio', { name: say('find.byReference') }))
  await page.keyboard.press('Tab')
  await expect(page.getByRole('textbox', { name: say('find.reference') })).toBeFocused()
  await page.keyboard.type('CT-60298154')
  await page.keyboard.press('Enter')

  await expectHeading(page, say('verify.title'))
  await expect(page.getByRole('main')).not.toContainText(/Margaret|Kestrel|SE21/)
  if (axe) await expectNoAxeViolations(page, 'check it is the caller', language)
  const birth = page.getByRole('group', { name: say('verify.questions.dateOfBirth') })
  await birth.getByRole('textbox', { name: say('find.day') }).fill('27')
  await birth.getByRole('textbox', { name: say('find.month') }).fill('2')
  await birth.getByRole('textbox', { name: say('find.year') }).fill('1950')
  await page.getByRole('textbox', { name: say('verify.questions.firstLineOfAddress') }).fill('9 Kestrel Avenue')
  await page.getByRole('button', { name: say('verify.button') }).click()
  await expect(page.getByText(say('verify.wrong'))).toBeVisible()
  if (axe) await expectNoAxeViolations(page, 'check it is the caller, with wrong answers', language)
  await birth.getByRole('textbox', { name: say('find.year') }).fill('1949')
  await page.getByRole('button', { name: say('verify.button') }).click()

  const banner = page.getByRole('region', { name: say('banner.title') })
  await expect(banner.getByText(cc(language, 'banner.helping').replace('{{name}}', 'Margaret Ellis'))).toBeVisible()
  return banner
}

test.describe('the contact centre helps a caller', () => {
  // A link by text to a caller with no mobile number is refused with 422, which the browser notes and the page says plainly.
  test.use({ expectedConsoleErrors: [/status of 422 \(Unprocessable Entity\) \(http:\/\/[^/]+\/api\/staff\/finish-links\)/] })

  test('finds and verifies Margaret, reports and books for her, sends links, ends the call; she sees it all in her account', async ({
    page,
  }) => {
    test.setTimeout(300_000)
    await signInDirectly(page, 'staff')
    const banner = await findAndVerifyMargaret(page, 'en', { axe: true })
    await expectNoAxeViolations(page, "the caller's account, under the banner")

    // A report made for her, through the resident's own journey.
    await page.goto('/report')
    await expect(banner).toBeVisible()
    await page.locator('#service-search').fill('bin not emptied')
    await page.getByRole('button', { name: report('service.searchButton') }).click()
    await page.getByRole('radio', { name: 'Missed bin collection' }).check()
    await page.getByRole('button', { name: report('continue'), exact: true }).click()
    await page.getByRole('radio', { name: 'Recycling' }).check()
    await page.getByRole('button', { name: report('continue'), exact: true }).click()
    await page.locator('#location-method').check()
    await page.locator('#postcode').fill('SE21 8JB')
    await page.getByRole('button', { name: report('location.findAddress') }).click()
    await page.getByRole('radio', { name: '9 Kestrel Avenue, Southmere' }).check()
    await page.getByRole('button', { name: report('continue'), exact: true }).click()
    await expectHeading(page, report('photos.title'))
    await page.getByRole('button', { name: report('continue'), exact: true }).click()
    await expectHeading(page, report('nearby.title'))
    await page.getByRole('button', { name: report('nearby.newReport') }).click()
    await expectHeading(page, report('check.title'))
    await page.getByRole('button', { name: report('check.send') }).click()
    await expectHeading(page, report('sent.title'))
    const reportReference = (await page.locator('.govuk-panel__body strong').textContent()) ?? ''
    expect(reportReference).toMatch(/^SR-\d+$/)

    // An appointment booked for her, at a later time than other tests take.
    await page.goto('/bookings/face-to-face')
    await page.getByRole('radio', { name: 'Southmere One Stop Shop, Civic Centre' }).check()
    await page.getByRole('button', { name: booking('continue'), exact: true }).click()
    await page.getByRole('radio', { name: booking('purposes.council_tax') }).check()
    await page.getByRole('button', { name: booking('continue'), exact: true }).click()
    await page.getByRole('radio', { name: booking('interpreter.no') }).check()
    await page.getByRole('button', { name: booking('continue'), exact: true }).click()
    await expectHeading(page, booking('time.title'))
    await page.getByRole('button', { name: booking('slots.showLater') }).click()
    await page.getByRole('radio').last().check()
    await page.getByRole('button', { name: booking('continue'), exact: true }).click()
    await expectHeading(page, booking('check.title'))
    await page.getByRole('radio', { name: booking('reminder.none') }).check()
    await page.getByRole('button', { name: booking('check.book') }).click()
    await expectHeading(page, booking('booked.title'))

    // Staff never take a card payment: they send a link, to her email address, never shown in full.
    await page.goto('/payments/pay/council-tax')
    await expectHeading(page, cc('en', 'card.title'))
    await expectNoAxeViolations(page, 'a card payment refused while helping a caller')
    await page
      .getByRole('main')
      .getByRole('link', { name: cc('en', 'card.link') })
      .click()
    await expectHeading(page, payments('staff.title'))
    await page.getByRole('textbox', { name: payments('staff.reference') }).fill('CT-60298154')
    await page.getByRole('button', { name: payments('staff.find') }).click()
    await page.getByRole('radio', { name: /m•••@example\.com/ }).check()
    await page.getByRole('button', { name: payments('staff.send') }).click()
    await expectHeading(page, payments('staff.sentTitle'))

    // A link for her to finish booking herself.
    await banner.getByRole('link', { name: cc('en', 'banner.finishLink') }).click()
    await expectHeading(page, cc('en', 'finishLink.title'))
    await page.getByRole('button', { name: cc('en', 'finishLink.button') }).click()
    await expect(page.getByRole('link', { name: cc('en', 'errors.task.missing') })).toBeVisible()
    await expectNoAxeViolations(page, 'send a link to finish a task, with errors')
    await page.getByRole('radio', { name: cc('en', 'finishLink.tasks.book-an-appointment') }).check()
    await page.getByRole('radio', { name: cc('en', 'finishLink.byText') }).check()
    await page.getByRole('button', { name: cc('en', 'finishLink.button') }).click()
    await expect(page.getByRole('link', { name: cc('en', 'errors.channel.noContact') })).toBeVisible()
    await expectNoAxeViolations(page, 'send a link by text to a caller with no mobile number')
    await page.getByRole('radio', { name: cc('en', 'finishLink.byEmail') }).check()
    await page.getByRole('button', { name: cc('en', 'finishLink.button') }).click()
    await expectHeading(page, cc('en', 'finishLink.sentTitle'))
    await expect(page.getByText('m•••@example.com')).toBeVisible()
    await expect(page.getByRole('main')).not.toContainText('margaret.ellis@example.com')

    // Ending the call: back to finding a caller, still signed in, with nothing of her left.
    await tabTo(page, banner.getByRole('button', { name: cc('en', 'banner.endCall') }))
    await page.keyboard.press('Enter')
    await expectHeading(page, cc('en', 'find.title'))
    await expect(page.getByRole('region', { name: cc('en', 'banner.title') })).toHaveCount(0)
    await expect(page.locator('body')).not.toContainText('Margaret Ellis')
    const session = (await (await page.request.get('/api/session')).json()) as { person: { id: string }; assisting: unknown }
    expect(session).toMatchObject({ person: { id: 'staff' }, assisting: null })

    // The gateway's audit trail says who did what for her, on the telephone.
    const audit = (await (await page.request.get('/api/__reference/audit')).json()) as {
      staffId: string
      about: string
      kind?: string
      item: string
    }[]
    const forHer = audit.filter((entry) => entry.staffId === 'staff' && entry.about === 'owner' && entry.kind)
    expect(forHer.map((entry) => entry.kind)).toEqual(
      expect.arrayContaining(['lookedUp', 'callerVerified', 'problemReported', 'appointmentBooked', 'finishLinkSent', 'callEnded']),
    )
    expect(forHer).toContainEqual(expect.objectContaining({ kind: 'problemReported', item: reportReference, channel: 'telephone' }))

    // Margaret, in her own account, sees what was made for her and the activity on her account.
    await signInDirectly(page, 'owner')
    await page.goto('/requests')
    const madeBy = cc('en', 'madeBy')
    await expect(page.getByRole('listitem').filter({ hasText: reportReference }).getByText(madeBy)).toBeVisible()
    await page.goto('/bookings')
    await expect(page.getByText(madeBy).first()).toBeVisible()
    await page.goto('/')
    await page.getByRole('link', { name: cc('en', 'activity.homeLink') }).click()
    await expectHeading(page, cc('en', 'activity.title'))
    await expect(
      page.getByRole('row', { name: new RegExp(`${cc('en', 'activity.kinds.problemReported')} ${reportReference}`) }),
    ).toContainText(cc('en', 'activity.byContactCentre'))
    await expectNoAxeViolations(page, 'activity on your account')
  })

  test('in Welsh, the staff pages and the banner have no violations axe finds', async ({ page }) => {
    test.setTimeout(180_000)
    await signInDirectly(page, 'staff')
    await findAndVerifyMargaret(page, 'cy', { axe: true })
    await expectNoAxeViolations(page, 'the banner', 'cy')
    await page.goto('/staff/finish-link?lang=cy')
    await expectHeading(page, cc('cy', 'finishLink.title'))
    await expectNoAxeViolations(page, 'send a link to finish a task', 'cy')
    await page
      .getByRole('region', { name: cc('cy', 'banner.title') })
      .getByRole('button', { name: cc('cy', 'banner.endCall') })
      .click()
    await expectHeading(page, cc('cy', 'find.title'))
  })

  test('three wrong answers lock the match for the call, said plainly in English and Welsh', async ({ page }) => {
    await signInDirectly(page, 'staff')
    for (const language of ['en', 'cy'] as const) {
      await page.goto(`/staff/callers?lang=${language}`)
      await page.getByRole('radio', { name: cc(language, 'find.byNameAndDateOfBirth') }).check()
      await page.getByRole('textbox', { name: cc(language, 'find.name') }).fill('Tomasz Nowak')
      const birth = page.getByRole('group', { name: cc(language, 'find.dateOfBirth') })
      await birth.getByRole('textbox', { name: cc(language, 'find.day') }).fill('3')
      await birth.getByRole('textbox', { name: cc(language, 'find.month') }).fill('11')
      await birth.getByRole('textbox', { name: cc(language, 'find.year') }).fill('1991')
      await page.getByRole('button', { name: cc(language, 'find.button') }).click()
      // The match found again in Welsh is the one locked in English: it stays locked for the call.
      if (language === 'en') {
        await expectHeading(page, cc(language, 'verify.title'))
        for (let tries = 0; tries < 3; tries++) {
          await page.getByRole('textbox', { name: cc(language, 'verify.questions.firstLineOfAddress') }).fill('1 Wrong Street')
          await page.getByRole('textbox', { name: cc(language, 'verify.questions.postcode') }).fill('SE1 1AA')
          await page.getByRole('button', { name: cc(language, 'verify.button') }).click()
          if (tries < 2)
            await expect(page.getByText(cc(language, 'verify.triesLeft').replace('{{count}}', String(2 - tries)))).toBeVisible()
        }
      }
      await expectHeading(page, cc(language, 'verify.lockedTitle'))
      await expectNoAxeViolations(page, 'a caller locked out', language)
    }
  })
})
