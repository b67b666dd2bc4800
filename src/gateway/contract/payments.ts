import { z } from 'zod'
import { isoDateTime, language, pence, sitePath } from './common'

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
    /**
     * What went back to the card, as GOV.UK Pay's refund: a collection paid for only after its time was
     * let go, and taken by someone else by then, is refunded in full.
     */
    refunded: pence.nullable(),
  })
  .meta({ id: 'Payment' })
export type Payment = z.infer<typeof payment>

export const amountsOwed = z.object({ owed: z.array(amountOwed) }).meta({ id: 'AmountsOwed' })
export const paymentList = z.object({ payments: z.array(payment) }).meta({ id: 'PaymentList' })

export const newPayment = z
  .object({
    owedId: z.string().max(100),
    amount: pence.min(1),
    /** A path on this site the card page returns to. The app never trusts it: it asks for the payment's state. */
    returnPath: sitePath,
    /** The language the card page opens in, as GOV.UK Pay's `language`. Not personal data. */
    language: language.optional(),
  })
  .meta({ id: 'NewPayment' })
export type NewPayment = z.infer<typeof newPayment>

export const receiptSent = z.object({ sentTo: z.string() }).meta({ id: 'ReceiptSent' })

/** Where the person wants their receipt: their own email address or mobile phone, as the council holds them. */
export const receiptRequest = z.object({ channel: z.enum(['email', 'text']) }).meta({ id: 'ReceiptRequest' })

/** What contact-centre staff see of a caller's debt: enough to confirm it, contact details masked. */
export const owedLookup = z
  .object({
    resident: z.object({ name: z.string(), email: z.string().nullable(), phone: z.string().nullable() }),
    owed: amountOwed,
  })
  .meta({ id: 'OwedLookup' })

export const paymentLinkRequest = z
  .object({ reference: z.string().min(1).max(40), channel: z.enum(['text', 'email']) })
  .meta({ id: 'PaymentLinkRequest' })

export const paymentLinkSent = z.object({ sentTo: z.string(), expiresAt: isoDateTime }).meta({ id: 'PaymentLinkSent' })

/** What the person who opens a payment link sees: the one thing it pays, and nothing else of theirs. */
export const paymentLink = z
  .object({ owed: amountOwed.nullable(), expiresAt: isoDateTime, usable: z.boolean() })
  .meta({ id: 'PaymentLink' })
