import { z } from 'zod'
import { isoDateTime, pence } from './common'

export const payableKind = z.enum(['council_tax', 'rent', 'penalty_charge', 'permit', 'booking'])

/** Something the resident owes. Fixed amounts cannot be changed; the others fall within limits. */
export const amountOwed = z
  .object({
    id: z.string(),
    kind: payableKind,
    description: z.string(),
    amount: pence,
    dueBy: isoDateTime.nullable(),
    amountRule: z.discriminatedUnion('type', [
      z.object({ type: z.literal('fixed') }),
      z.object({ type: z.literal('chosen'), minimum: pence, maximum: pence }),
    ]),
  })
  .meta({ id: 'AmountOwed' })
export type AmountOwed = z.infer<typeof amountOwed>

/** States follow GOV.UK Pay's payment state machine. */
export const paymentState = z.enum(['created', 'started', 'submitted', 'success', 'failed', 'cancelled', 'error'])

export const payment = z
  .object({
    paymentId: z.string(),
    reference: z.string(),
    owedId: z.string(),
    kind: payableKind,
    description: z.string(),
    amount: pence,
    state: paymentState,
    /** The hosted card page, while the payment can still be made. */
    nextUrl: z.string().nullable(),
    createdAt: isoDateTime,
    finishedAt: isoDateTime.nullable(),
    /** For the receipt, such as "Visa ending 1111". */
    cardDescription: z.string().nullable(),
  })
  .meta({ id: 'Payment' })
export type Payment = z.infer<typeof payment>

export const amountsOwed = z.object({ owed: z.array(amountOwed) }).meta({ id: 'AmountsOwed' })
export const paymentList = z.object({ payments: z.array(payment) }).meta({ id: 'PaymentList' })

export const newPayment = z
  .object({
    owedId: z.string(),
    amount: pence.min(1),
    /** A path on this site the card page returns to. The app never trusts it: it asks for the payment's state. */
    returnPath: z.string().regex(/^\/[^/\\]/),
  })
  .meta({ id: 'NewPayment' })
export type NewPayment = z.infer<typeof newPayment>

export const receiptSent = z.object({ sentTo: z.string() }).meta({ id: 'ReceiptSent' })
