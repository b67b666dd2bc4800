import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { checkLocales, compareTexts, flatten, placeholders } from '../locale-check'

const english = flatten({
  title: 'Your account',
  greeting: 'Hello {{name}}',
  help: 'Call <phone>{{phone}}</phone>',
  reports_one: 'You have {{count}} report',
  reports_other: 'You have {{count}} reports',
})

const completeWelsh = flatten({
  title: 'Eich cyfrif',
  greeting: 'Helo {{name}}',
  help: 'Ffoniwch <phone>{{phone}}</phone>',
  reports_zero: 'Mae gennych {{count}} adroddiad',
  reports_one: 'Mae gennych {{count}} adroddiad',
  reports_two: 'Mae gennych {{count}} adroddiad',
  reports_few: 'Mae gennych {{count}} adroddiad',
  reports_many: 'Mae gennych {{count}} adroddiad',
  reports_other: 'Mae gennych {{count}} adroddiad',
})

describe('the locale check', () => {
  it('passes a complete translation', () => {
    expect(compareTexts(english, 'en', completeWelsh, 'cy', 'cy/test')).toEqual([])
  })

  it('fails on a missing key', () => {
    const { title: _title, ...withoutTitle } = completeWelsh
    expect(compareTexts(english, 'en', withoutTitle, 'cy', 'cy/test')).toEqual(['cy/test: missing key "title"'])
  })

  it('fails on an extra key', () => {
    expect(compareTexts(english, 'en', { ...completeWelsh, stray: 'Crwydr' }, 'cy', 'cy/test')).toEqual(['cy/test: extra key "stray"'])
  })

  it('fails when Welsh lacks one of its six plural forms', () => {
    const { reports_few: _few, ...withoutFew } = completeWelsh
    expect(compareTexts(english, 'en', withoutFew, 'cy', 'cy/test')).toEqual([expect.stringContaining('missing plural form "reports_few"')])
  })

  it('fails on a plural form the language does not use', () => {
    const englishWithTwo = { ...english, reports_two: 'You have two reports' }
    expect(compareTexts(english, 'en', englishWithTwo, 'en', 'en/test')).toEqual(['en/test: "reports_two" is not a plural form en uses'])
  })

  it('fails on a changed placeholder or component tag', () => {
    const problems = compareTexts(
      english,
      'en',
      { ...completeWelsh, greeting: 'Helo {{enw}}', help: 'Ffoniwch {{phone}}' },
      'cy',
      'cy/test',
    )
    expect(problems).toHaveLength(2)
    expect(problems[0]).toContain('"greeting" placeholders differ')
    expect(problems[1]).toContain('"help" placeholders differ')
  })

  it('fails on an empty text', () => {
    expect(compareTexts(english, 'en', { ...completeWelsh, title: ' ' }, 'cy', 'cy/test')).toEqual(['cy/test: "title" is empty'])
  })

  it('reads placeholders and tags', () => {
    expect(placeholders('Call <phone>{{phone}}</phone> about {{ count }}')).toEqual(['<phone>', '{{count}}', '{{phone}}'])
  })

  it("passes the app's own locale files", () => {
    expect(checkLocales(join(process.cwd(), 'src/locales'))).toEqual([])
  })
})
