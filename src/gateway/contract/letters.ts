import { z } from 'zod'
import { isoDate, pence } from './common'

export const letterId = z.string().min(1).max(40)

/** Words are the council's English; money and dates are values, so the app says them in the page's language. */
export const letterCell = z
  .union([z.object({ text: z.string().max(200) }), z.object({ money: pence }), z.object({ date: isoDate })])
  .meta({ id: 'LetterCell' })
export type LetterCell = z.infer<typeof letterCell>

export const letterPart = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('heading'), text: z.string().max(200) }),
    z.object({ type: z.literal('paragraph'), text: z.string().max(2000) }),
    z.object({
      type: z.literal('table'),
      caption: z.string().max(200),
      head: z.array(z.string().max(100)).min(1).max(5),
      rows: z.array(z.array(letterCell).min(1).max(5)).max(60),
      /** The last row is a total, shown in bold. */
      lastRowIsTotal: z.boolean(),
    }),
  ])
  .meta({ id: 'LetterPart' })
export type LetterPart = z.infer<typeof letterPart>

const letterFacts = {
  id: letterId,
  service: z.enum(['council_tax', 'benefits']),
  kind: z.enum(['bill', 'reminder', 'award_notice', 'change_notice']),
  title: z.string().max(200),
  sentOn: isoDate,
  /** The accounts and claims the letter is about: CT-60277310, HB-220981. */
  about: z.array(z.string().max(20)).max(5),
}

export const letterSummary = z.object(letterFacts).meta({ id: 'LetterSummary' })
export type LetterSummary = z.infer<typeof letterSummary>

export const letter = z.object({ ...letterFacts, body: z.array(letterPart).max(100) }).meta({ id: 'Letter' })
export type Letter = z.infer<typeof letter>

/** Newest first. */
export const letterList = z.object({ letters: z.array(letterSummary).max(200) }).meta({ id: 'LetterList' })
