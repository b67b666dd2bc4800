import { render, screen } from '@testing-library/react'
import i18next from 'i18next'
import { I18nextProvider } from 'react-i18next'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { CouncilContext } from '#src/councils/council-context'
import { southmere } from '#src/councils/southmere'
import type { Language } from '#src/gateway/contract/common'
import type { GatewayFailure } from '#src/gateway/errors'
import { startI18n } from '#src/i18n/i18n'
import { GatewayFailureMessage } from './gateway-failure-message'

async function showProblem(failure: GatewayFailure, language: Language = 'en') {
  const i18n = i18next.isInitialized ? i18next : await startI18n(language, ['en', 'cy'])
  await i18n.changeLanguage(language)
  await i18n.loadNamespaces('common')
  render(
    <CouncilContext value={southmere}>
      <I18nextProvider i18n={i18n}>
        <MemoryRouter>
          <GatewayFailureMessage failure={failure} onTryAgain={() => {}} />
        </MemoryRouter>
      </I18nextProvider>
    </CouncilContext>,
  )
  return screen.getByRole('alert')
}

describe('too many tries', () => {
  it.each([
    [null, 'Wait a minute, then try again.'],
    [1, 'Wait 1 second, then try again.'],
    [45, 'Wait 45 seconds, then try again.'],
    [60, 'Wait 1 minute, then try again.'],
    [61, 'Wait 2 minutes, then try again.'],
    [1800, 'Wait 30 minutes, then try again.'],
  ])('after Retry-After %s, says "%s"', async (retryAfterSeconds, words) => {
    const problem = await showProblem({ kind: 'too-many-requests', retryAfterSeconds })
    expect(problem).toHaveTextContent('Too many tries')
    expect(problem).toHaveTextContent(words)
    expect(problem).toHaveTextContent('If you need help now, call us on')
  })

  it('says how many minutes in Welsh', async () => {
    const problem = await showProblem({ kind: 'too-many-requests', retryAfterSeconds: 1800 }, 'cy')
    expect(problem).toHaveTextContent('Arhoswch 30 munud, yna rhowch gynnig arall arni.')
  })
})
