import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  checkPlainWords,
  isLabel,
  plainText,
  readingAge,
  reportNamespace,
  sentencesOf,
  splitSentences,
  syllables,
  tooLong,
  wordsIn,
} from '../plain-words'

const sentenceOf = (words: number) => `${Array.from({ length: words - 1 }, () => 'word').join(' ')} end.`

describe('the plain words check', () => {
  it('reads each placeholder as one word and drops the markup around a text', () => {
    expect(plainText('Call us on <phone>{{phone}}</phone>.')).toBe('Call us on [phone].')
    expect(plainText('Your comment must be {{count, number}} characters or fewer')).toBe('Your comment must be [count] characters or fewer')
    expect(plainText('Remove <hidden>photo {{ number }}</hidden>')).toBe('Remove photo [number]')
    expect(plainText('$t(common:app.serviceName) is new')).toBe('[text] is new')
    expect(wordsIn(plainText('Wait {{count}} seconds, then try again.'))).toEqual(['Wait', '[count]', 'seconds', 'then', 'try', 'again'])
  })

  it('splits a text into sentences at full stops, question marks and ellipses', () => {
    expect(splitSentences('Try again later. Nothing you typed has been lost.')).toEqual([
      'Try again later.',
      'Nothing you typed has been lost.',
    ])
    expect(splitSentences('Is it an emergency? Call us now!')).toEqual(['Is it an emergency?', 'Call us now!'])
    expect(splitSentences('Making your photo smaller… Wait here.')).toEqual(['Making your photo smaller…', 'Wait here.'])
    expect(splitSentences('Bring a bill, e.g. council tax. Then call.')).toEqual(['Bring a bill, e.g. council tax.', 'Then call.'])
    expect(splitSentences('Is there anything else we should know? (optional)')).toEqual([
      'Is there anything else we should know? (optional)',
    ])
  })

  it('keeps a text with no full stop as one sentence', () => {
    expect(splitSentences('Enter a real postcode, like SE5 9QT')).toEqual(['Enter a real postcode, like SE5 9QT'])
    expect(splitSentences('Postcode')).toEqual(['Postcode'])
  })

  it('reads a web address, an email address and a phone number as one word each', () => {
    const text = 'Email name@example.com or go to www.southmere.gov.uk. Or call 020 7946 0000.'
    expect(splitSentences(text)).toEqual(['Email name@example.com or go to www.southmere.gov.uk.', 'Or call 02079460000.'])
    expect(sentencesOf({ contact: text }).map((sentence) => sentence.words)).toEqual([6, 3])
    expect(syllables('name@example.com')).toBe(1)
    expect(wordsIn(plainText('Enter a UK phone number, like 07700 900 982'))).toHaveLength(7)
  })

  it('counts a short label with no full stop as a label, not a sentence', () => {
    expect(isLabel('Postcode')).toBe(true)
    expect(isLabel('Payment reference')).toBe(true)
    expect(isLabel('Try again later.')).toBe(false)
    expect(isLabel('Sorry, something went wrong')).toBe(false)
    const report = reportNamespace('test', {
      postcode: 'Postcode',
      hint: 'For example, SE5 9QT',
      body: 'Try again later. Nothing has been lost.',
    })
    expect(report).toMatchObject({ texts: 3, labels: 1, sentences: 3, longestWords: 4 })
  })

  it('makes each bullet a sentence of its own', () => {
    const bullets = sentencesOf({
      'can.zoom': 'zoom in up to 400% without the text spilling off the screen',
      'can.keyboard': 'use the whole service with just a keyboard',
    })
    expect(bullets.map((sentence) => [sentence.key, sentence.words, sentence.isLabel])).toEqual([
      ['can.zoom', 12, false],
      ['can.keyboard', 8, false],
    ])
  })

  it('counts the syllables of words as a speaker says them', () => {
    const words: [string, number][] = [
      ['bin', 1],
      ['phone', 1],
      ['you’re', 1],
      ['moved', 1],
      ['types', 1],
      ['wanted', 2],
      ['boxes', 2],
      ['table', 2],
      ['people', 2],
      ['safely', 2],
      ['someone', 2],
      ['doing', 2],
      ['Wi-Fi', 2],
      ['council', 2],
      ['UK', 2],
      ['reported', 3],
      ['tenancy', 3],
      ['usually', 4],
      ['period', 3],
      ['experience', 4],
      ['information', 4],
      ['appropriate', 4],
      ['immediately', 5],
      ['accessibility', 6],
      ['[count]', 1],
      ['07700900982', 1],
    ]
    expect(words.map(([word]) => [word, syllables(word)])).toEqual(words)
  })

  it('passes a sentence of 25 words and fails one of 26, naming its key', () => {
    expect(wordsIn(sentenceOf(25))).toHaveLength(25)
    expect(tooLong(sentencesOf({ short: sentenceOf(25) }))).toEqual([])
    expect(tooLong(sentencesOf({ long: `Start here. ${sentenceOf(26)}` }))).toEqual([
      expect.objectContaining({ key: 'long', words: 26, text: sentenceOf(26) }),
    ])
  })

  it('gives plain writing a reading age near 9 and official writing a much higher one', () => {
    const plain = sentencesOf({
      a: 'Check your signal or Wi-Fi, then try again.',
      b: 'Nothing you typed has been lost.',
      c: 'We will tell you when anything changes.',
      d: 'You do not need to report it again.',
    })
    const official = sentencesOf({
      a: 'The Equality and Human Rights Commission is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.',
      b: 'Notwithstanding the foregoing, residents are individually responsible for ascertaining the applicability of any exemptions.',
    })
    expect(readingAge(plain)).toBeGreaterThan(5)
    expect(readingAge(plain)).toBeLessThan(10)
    expect(readingAge(official)).toBeGreaterThan(20)
    expect(readingAge([])).toBe(0)
  })

  it('lets only wording someone else prescribes, such as the Direct Debit Guarantee, run over 25 words', () => {
    const folder = mkdtempSync(join(tmpdir(), 'plain-words-'))
    mkdirSync(join(folder, 'en'))
    const long = sentenceOf(30)
    writeFileSync(join(folder, 'en', 'direct-debit.json'), JSON.stringify({ guarantee: { refund: long }, check: { confirmBody: long } }))

    expect(checkPlainWords(folder).tooLong.map((sentence) => sentence.key)).toEqual(['direct-debit:check.confirmBody'])
  })

  it("finds no sentence over 25 words in the app's English texts", () => {
    const { reports, tooLong: found } = checkPlainWords(join(process.cwd(), 'src/locales'))
    expect(found.map((sentence) => `${sentence.key}: ${sentence.text}`)).toEqual([])
    expect(reports.map((report) => report.namespace)).toContain('common')
  })
})
