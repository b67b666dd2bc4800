import { describe, expect, it } from 'vitest'
import { isBlank, meaningfulText } from './typed-text'

describe('typed text', () => {
  it.each([
    ['nothing', ''],
    ['spaces', '   '],
    ['tabs and new lines', '\t\n \r\n'],
    ['a non-breaking space', '\u00A0'],
    ['zero-width spaces', '\u200B\u200B'],
    ['zero-width joiners', '\u200C\u200D'],
    ['a word joiner', '\u2060'],
    ['a byte-order mark', '\uFEFF'],
    ['a mixture', ' \u200B\n\u2060\uFEFF\u200D '],
  ])('counts %s as blank', (_, typed) => {
    expect(isBlank(typed)).toBe(true)
  })

  it('keeps what was written, without the blank or invisible edges', () => {
    expect(isBlank('\u200Ba\u200B')).toBe(false)
    expect(meaningfulText('\u200B  Still dark.\n\u2060')).toBe('Still dark.')
    expect(meaningfulText('Line one\n\nLine two')).toBe('Line one\n\nLine two')
  })
})
