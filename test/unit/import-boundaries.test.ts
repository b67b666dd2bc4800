import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ overrideConfigFile: 'test/eslint.config.js' })

async function importProblems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((message) => message.ruleId?.startsWith('import-x/')).map((message) => message.message)
}

describe('the import boundaries', () => {
  it('stop one feature importing from another', async () => {
    const problems = await importProblems(
      'src/features/feedback/probe.ts',
      "export { penceFromPounds } from '#src/features/payments/amount'\n",
    )
    expect(problems).toEqual([expect.stringContaining('Features must not import from each other')])
  })

  it('let a feature import its own files and shared code', async () => {
    const code = "export { useSession } from '#src/session/session-queries'\nexport { FeedbackPage } from './feedback-page'\n"
    expect(await importProblems('src/features/feedback/probe.ts', code)).toEqual([])
  })

  it.each(['outbox', 'session', 'ui', 'device', 'gateway'])('stop shared code in src/%s importing a feature or the app', async (layer) => {
    const code = "export { FeedbackPage } from '#src/features/feedback/feedback-page'\nexport { routes } from '#src/app/routes'\n"
    const problems = await importProblems(`src/${layer}/probe.ts`, code)
    expect(problems).toHaveLength(2)
    expect(problems).toEqual(expect.arrayContaining([expect.stringContaining('Shared code must not depend on features or the app')]))
  })

  it('find an import cycle', async () => {
    // submit.ts imports flush-outbox.ts, so flush-outbox.ts importing submit.ts closes a loop.
    const problems = await importProblems('src/outbox/flush-outbox.ts', "export { submitThroughOutbox } from './submit'\n")
    expect(problems).toContain('Dependency cycle detected')
  })
})
