import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ overrideConfigFile: 'test/eslint.config.js' })

async function queryProblems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-syntax').map((message) => message.message)
}

const page = 'src/features/payments/probe-page.tsx'

describe('the one way to fetch', () => {
  it('stops a page asking for a query written out in it', async () => {
    const code = `import { useQuery } from '@tanstack/react-query'
export function OwedPage() {
  const owed = useQuery({ queryKey: ['owed'], queryFn: () => [] })
  return owed.data
}
`
    expect(await queryProblems(page, code)).toEqual([
      expect.stringContaining('Call the hook the *-queries.ts file exports'),
      expect.stringContaining('Use the query key exported by the *-queries.ts file'),
    ])
  })

  it('stops a page refreshing or reading a query by a key written out in it', async () => {
    const code = `import { useQueryClient } from '@tanstack/react-query'
export function usePaid() {
  const queryClient = useQueryClient()
  void queryClient.invalidateQueries({ queryKey: ['account-summary'] })
  return queryClient.getQueryData(['payments'])
}
`
    expect(await queryProblems(page, code)).toEqual([
      expect.stringContaining('Use the query key exported by the *-queries.ts file'),
      expect.stringContaining('Use the query key exported by the *-queries.ts file'),
    ])
  })

  it('stops query options being written outside a *-queries.ts file', async () => {
    const code = `import { queryOptions } from '@tanstack/react-query'
import { amountsOwedKey } from './payment-queries'
export const owedQuery = queryOptions({ queryKey: amountsOwedKey, queryFn: () => [] })
`
    expect(await queryProblems(page, code)).toEqual([expect.stringContaining("Write a query's options in the *-queries.ts file")])
  })

  it('lets a page use the hooks and keys its queries file exports', async () => {
    const code = `import { useQueryClient } from '@tanstack/react-query'
import { accountSummaryKey } from '#src/session/account-queries'
import { amountsOwedKey, useAmountsOwed } from './payment-queries'
export function OwedPage() {
  const owed = useAmountsOwed()
  const queryClient = useQueryClient()
  void queryClient.invalidateQueries({ queryKey: amountsOwedKey })
  queryClient.setQueryData(accountSummaryKey, [])
  return owed.data
}
`
    expect(await queryProblems(page, code)).toEqual([])
  })

  it('lets a *-queries.ts file write its keys, options and hooks', async () => {
    const code = `import { queryOptions, useQuery } from '@tanstack/react-query'
export const amountsOwedKey = ['owed'] as const
export const amountsOwedQuery = () => queryOptions({ queryKey: amountsOwedKey, queryFn: () => [] })
export const paymentQuery = (paymentId: string) => queryOptions({ queryKey: ['payments', paymentId], queryFn: () => null })
export function useAmountsOwed() {
  return useQuery(amountsOwedQuery())
}
`
    expect(await queryProblems('src/features/payments/payment-queries.ts', code)).toEqual([])
  })
})
