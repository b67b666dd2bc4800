import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ overrideConfigFile: 'test/eslint.config.js' })

async function storageProblems(filePath: string, code: string) {
  const [result] = await eslint.lintText(`${code}\n`, { filePath })
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-globals' || message.ruleId === 'no-restricted-properties')
    .map((message) => message.message)
}

const keepingDirectly = [
  "localStorage.setItem('my-account.language', 'cy')",
  "export const draft = sessionStorage.getItem('my-account.draft')",
  "window.localStorage.removeItem('my-account.language')",
  'globalThis.sessionStorage.clear()',
]

describe('keeping things on the device', () => {
  it.each(keepingDirectly)('goes through src/device, not `%s` in a feature', async (code) => {
    expect(await storageProblems('src/features/feedback/probe.ts', code)).toEqual([expect.stringContaining('through src/device')])
  })

  it.each(['app', 'session', 'ui', 'outbox', 'i18n'])('goes through src/device from src/%s too', async (layer) => {
    expect(await storageProblems(`src/${layer}/probe.tsx`, keepingDirectly.join('\n'))).toHaveLength(keepingDirectly.length)
  })

  it('is done directly in src/device, where each way of keeping has its one function', async () => {
    expect(await storageProblems('src/device/probe.ts', keepingDirectly.join('\n'))).toEqual([])
  })

  it('may be set up or looked at directly by a test', async () => {
    expect(await storageProblems('src/features/feedback/probe.test.tsx', keepingDirectly.join('\n'))).toEqual([])
  })
})
