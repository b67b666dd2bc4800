import { z } from 'zod'
import { isoDate, isoDateTime, pence } from './common'

/** What takes something off the band's charge: each is its own line on the bill. */
export const councilTaxReductionKind = z.enum([
  'single_person_discount',
  'council_tax_reduction',
  'disabled_band_reduction',
  'student_exemption',
  'empty_home_exemption',
])
export type CouncilTaxReductionKind = z.infer<typeof councilTaxReductionKind>

/** A single person discount application waiting to be looked at: the council answers within 10 working days. */
export const singlePersonDiscountApplication = z
  .object({
    reference: z.string().max(20),
    livingAloneSince: isoDate,
    receivedAt: isoDateTime,
  })
  .meta({ id: 'SinglePersonDiscountApplication' })
export type SinglePersonDiscountApplication = z.infer<typeof singlePersonDiscountApplication>

export const councilTaxAccount = z
  .object({
    accountReference: z.string().max(20),
    /** The financial year the bill is for, as the bill prints it: "2026/27". */
    year: z.string().max(7),
    propertyAddress: z.string().max(300),
    /** Everyone named on the bill, who must each see that it is paid. */
    peopleLiable: z.array(z.string().max(100)).max(10),
    band: z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']),
    /** The full year's charge for the band, before anything is taken off. */
    bandCharge: pence,
    reductions: z.array(z.object({ kind: councilTaxReductionKind, amount: pence })).max(10),
    /** The band charge less every reduction: what the year's bill asks for. */
    yearTotal: pence,
    /** What is left to pay this year. */
    balance: pence,
    /** Instalments due before today that are not paid. */
    overdue: pence,
    instalments: z.array(z.object({ dueOn: isoDate, amount: pence, paid: z.boolean() })).max(12),
    payments: z.array(z.object({ paidOn: isoDate, amount: pence, method: z.enum(['card', 'direct_debit', 'bank', 'cash']) })).max(100),
    singlePersonDiscountApplication: singlePersonDiscountApplication.nullable(),
  })
  .meta({ id: 'CouncilTaxAccount' })
export type CouncilTaxAccount = z.infer<typeof councilTaxAccount>

/** Single person discount is given from the day someone started living alone, as far back as six years. */
export const SINGLE_PERSON_DISCOUNT_YEARS_BACK = 6

export const singlePersonDiscountClaim = z
  .object({
    livingAloneSince: isoDate,
    /** Nobody else aged 18 or over lives there, or everyone else is someone who is not counted. */
    nobodyElseCounted: z.literal(true),
    /** The person declares what they have said is true. */
    declaration: z.literal(true),
  })
  .meta({ id: 'SinglePersonDiscountClaim' })
export type SinglePersonDiscountClaim = z.infer<typeof singlePersonDiscountClaim>

/** The problem codes of a 422 for a date that cannot be right. */
export const livingAloneSinceCodes = { future: 'livingAloneSince.future', tooLongAgo: 'livingAloneSince.tooLongAgo' } as const
