import type { Page } from '@playwright/test'
import { expect, signInDirectly, test } from './support'

interface StoredFeedback {
  page: string
  satisfaction: string | null
  comments: string
  personId: string | null
}

async function storedFeedback(page: Page) {
  const response = await page.request.get('/api/__reference/feedback')
  expect(response.ok()).toBe(true)
  return ((await response.json()) as StoredFeedback[]).filter(
    (feedback) => feedback.personId === 'owner' && feedback.page === 'your-details',
  )
}

test('Margaret corrects a mistyped email address, saves it, and says how the service felt', async ({ page }) => {
  await signInDirectly(page, 'owner')
  const feedbackBefore = await storedFeedback(page)

  await page.goto('/your-details')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your details')
  const email = page.getByLabel('Email address')
  await expect(email).toHaveValue('margaret.ellis@example.com')
  await email.fill('margaret@')
  await page.getByRole('button', { name: 'Save your details' }).click()

  const summary = page.locator('.govuk-error-summary')
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible()
  await expect(summary).toBeFocused()
  await expect(page).toHaveURL('/your-details')
  const problem = summary.getByRole('link', { name: 'Enter an email address in the correct format, like name@example.com' })
  await problem.click()
  await expect(email).toBeFocused()
  await expect(email).toHaveValue('margaret@')
  await expect(email).toHaveAttribute('aria-describedby', 'email-error')
  await expect(page.locator('#email-error')).toHaveText('Error: Enter an email address in the correct format, like name@example.com')

  await email.fill('margaret.ellis@example.org')
  await page.getByRole('button', { name: 'Save your details' }).click()
  await expect(page).toHaveURL('/your-details/updated')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your details have been saved')
  const saved = await page.request.get('/api/me/profile')
  expect(await saved.json()).toMatchObject({ email: 'margaret.ellis@example.org' })

  const question = page.getByRole('group', { name: 'Overall, how did you feel about this service?' })
  await expect(question).toBeVisible()
  await question.getByRole('radio', { name: 'Satisfied', exact: true }).check()
  await page.getByRole('button', { name: 'Send feedback' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Thank you for your feedback.' })).toHaveText('Thank you for your feedback.')

  const feedbackAfter = await storedFeedback(page)
  expect(feedbackAfter).toHaveLength(feedbackBefore.length + 1)
  expect(feedbackAfter.at(-1)).toMatchObject({ page: 'your-details', satisfaction: 'satisfied', comments: '', personId: 'owner' })
})
