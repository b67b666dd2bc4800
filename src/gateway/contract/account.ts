import { z } from 'zod'
import { isoDate, isoDateTime, pence } from './common'

/**
 * The home page in one call: what needs doing in each service the person uses.
 * Absent sections mean the person does not use that service.
 */
export const accountSummary = z
  .object({
    rent: z.object({ owed: pence, weeklyRent: pence }).nullable(),
    councilTax: z
      .object({
        nextInstalment: z.object({ dueOn: isoDate, amount: pence }).nullable(),
        balance: pence,
        /** Instalments due before today that are not paid. */
        overdue: pence,
        payingByDirectDebit: z.boolean(),
      })
      .nullable(),
    parking: z
      .object({
        activePermits: z.int(),
        /** Resident permits ending within 28 days, or ended, that can be renewed. */
        permitsToRenew: z.array(z.object({ reference: z.string().max(20), zone: z.string().max(60), validTo: isoDate })).max(10),
        /** Permit applications, renewals and changes of vehicle waiting to be paid for, by the id `/payments` pays them under. */
        permitsToPay: z
          .array(
            z.object({
              reference: z.string().max(20),
              owedId: z.string().max(100),
              for: z.enum(['new', 'renewal', 'vehicle-change']),
              amount: pence,
            }),
          )
          .max(10),
        /** What is due now, and the last day to pay it: the discount's last day, or after it, the day before a charge certificate. */
        penaltyChargesToPay: z.array(z.object({ reference: z.string(), amount: pence, payBy: isoDate })),
      })
      .nullable(),
    nextBooking: z.object({ reference: z.string(), description: z.string(), startsAt: isoDateTime }).nullable(),
    openRequests: z.int(),
    benefits: z
      .object({
        claims: z.int(),
        /** Claims still being looked at, so the home page can say a decision is coming. */
        assessing: z.int(),
        awards: z.array(z.object({ kind: z.enum(['housing_benefit', 'council_tax_reduction']), weekly: pence })).max(10),
      })
      .nullable(),
  })
  .meta({ id: 'AccountSummary' })
export type AccountSummary = z.infer<typeof accountSummary>

export const feedback = z
  .object({
    page: z.string().max(200),
    satisfaction: z.enum(['very_satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very_dissatisfied']).nullable(),
    comments: z.string().max(1200),
  })
  .meta({ id: 'Feedback' })
export type Feedback = z.infer<typeof feedback>

export const received = z.object({ reference: z.string() }).meta({ id: 'Received' })
