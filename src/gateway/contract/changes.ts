import { z } from 'zod'
import { isoDate, isoDateTime } from './common'

export const MOST_EVIDENCE_FILES = 5

export const changeKind = z.enum(['address', 'moved_in', 'moved_out', 'income', 'other']).meta({ id: 'ChangeKind' })
export type ChangeKind = z.infer<typeof changeKind>

/** A new home: from the gazetteer where it has a UPRN, or as the person typed it. */
export const newAddress = z
  .object({
    uprn: z
      .string()
      .regex(/^\d{1,12}$/)
      .optional(),
    lines: z.array(z.string().min(1).max(100)).min(1).max(4),
    postcode: z.string().min(1).max(10),
  })
  .meta({ id: 'NewAddress' })

export const personWhoMoved = z
  .object({
    name: z.string().min(1).max(100),
    relationship: z.enum(['partner', 'child', 'parent', 'relative', 'lodger', 'other']),
  })
  .meta({ id: 'PersonWhoMoved' })

export const incomeChange = z
  .object({
    whose: z.enum(['mine', 'partner', 'someone_else']),
    kind: z.enum(['earnings', 'benefits', 'pension', 'other']),
  })
  .meta({ id: 'IncomeChange' })

/**
 * A change of circumstances, told once. Each kind carries its own details: a new address for a move, who moved in or
 * out, whose income changed; the gateway refuses a change without the details its kind needs.
 */
export const changeOfCircumstances = z
  .object({
    what: changeKind,
    /** When it happened, or will. */
    date: isoDate,
    newAddress: newAddress.optional(),
    person: personWhoMoved.optional(),
    income: incomeChange.optional(),
    details: z.string().max(1000),
    /** Documents sent first, by the ids the council gave them. */
    evidenceIds: z.array(z.string().min(1).max(100)).max(MOST_EVIDENCE_FILES),
  })
  .meta({ id: 'ChangeOfCircumstances' })
export type ChangeOfCircumstances = z.infer<typeof changeOfCircumstances>

export const serviceTold = z.enum(['council_tax', 'benefits', 'housing', 'parking']).meta({ id: 'ServiceTold' })
export type ServiceTold = z.infer<typeof serviceTold>

export const changeReceived = z
  .object({
    reference: z.string(),
    receivedAt: isoDateTime,
    /** Every service the change reaches, from what the person has with the council. */
    servicesTold: z.array(serviceTold).max(4),
  })
  .meta({ id: 'ChangeReceived' })
export type ChangeReceived = z.infer<typeof changeReceived>
