import { describe, expect, it } from 'vitest'
import { startI18n } from './i18n'

describe('numbers in sentences', () => {
  it('use Western digits in Bengali, as money, dates and council bills do, and as amounts are typed', async () => {
    const i18n = await startI18n('bn', ['en', 'bn'])
    await i18n.loadNamespaces('requests')
    const tooLong = i18n.t('requests:errors.comment.tooLong', { count: 2000 })
    expect(tooLong).toContain('2,000')
    expect(tooLong).not.toMatch(/[\u09e6-\u09ef]/)
  })
})
