import { z } from 'zod'
import { isoDate, isoDateTime } from './common'

/** A card payment started while staff are helping a caller: staff never see card details, so they send a payment link instead. */
export const cardPaymentWhileAssistingProblemType = 'urn:my-account:problem:card-payment-while-assisting'

/** Contact-centre calls are by telephone; other channels (a One Stop Shop desk) would join this list. */
export const assistedChannel = z.enum(['telephone'])

/** Who made something for the resident: set by the gateway on everything made while staff were helping them. */
export const madeBy = z.object({ staffId: z.string(), channel: assistedChannel }).meta({ id: 'MadeBy' })
export type MadeBy = z.infer<typeof madeBy>

/** The caller staff are helping, as the session says: only after the caller has answered the gateway's questions. */
export const assisting = z
  .object({ personId: z.string(), name: z.string(), tenant: z.boolean(), channel: assistedChannel })
  .meta({ id: 'Assisting' })
export type Assisting = z.infer<typeof assisting>

/**
 * How staff look for a caller: by a reference the caller reads out, or by name with a postcode or a
 * date of birth. POST keeps all of it out of URLs and logs.
 */
export const callerSearch = z
  .discriminatedUnion('by', [
    z.object({ by: z.literal('reference'), reference: z.string().min(1).max(40) }),
    z.object({ by: z.literal('name-and-postcode'), name: z.string().min(1).max(100), postcode: z.string().min(1).max(10) }),
    z.object({ by: z.literal('name-and-date-of-birth'), name: z.string().min(1).max(100), dateOfBirth: isoDate }),
  ])
  .meta({ id: 'CallerSearch' })
export type CallerSearch = z.infer<typeof callerSearch>

/** Before the caller is verified staff learn only whether there is one match: never a name, address or anything else of theirs. */
export const callerSearchResult = z
  .discriminatedUnion('found', [
    z.object({ found: z.literal('one'), matchId: z.string() }),
    z.object({ found: z.enum(['several', 'none']) }),
  ])
  .meta({ id: 'CallerSearchResult' })
export type CallerSearchResult = z.infer<typeof callerSearchResult>

export const verificationQuestionId = z.enum(['dateOfBirth', 'firstLineOfAddress', 'postcode'])
export type VerificationQuestionId = z.infer<typeof verificationQuestionId>

export const callerVerification = z
  .object({
    questions: z.array(z.object({ id: verificationQuestionId })).max(5),
    triesLeft: z.int(),
  })
  .meta({ id: 'CallerVerification' })

export const callerAnswers = z
  .object({
    matchId: z.string().min(1).max(64),
    answers: z.array(z.object({ questionId: verificationQuestionId, answer: z.string().max(200) })).max(5),
  })
  .meta({ id: 'CallerAnswers' })

/** Wrong answers use up a try; with none left the match is locked for this call and staff must not go on. */
export const callerVerified = z
  .discriminatedUnion('verified', [
    z.object({ verified: z.literal(true), assisting }),
    z.object({ verified: z.literal(false), triesLeft: z.int() }),
  ])
  .meta({ id: 'CallerVerified' })

export const finishLinkRequest = z
  .object({ task: z.enum(['report-a-problem', 'book-an-appointment', 'your-details']), channel: z.enum(['text', 'email']) })
  .meta({ id: 'FinishLinkRequest' })
export type FinishLinkRequest = z.infer<typeof finishLinkRequest>

export const finishLinkSent = z.object({ sentTo: z.string() }).meta({ id: 'FinishLinkSent' })

export const callEnded = z.object({ ended: z.literal(true) }).meta({ id: 'CallEnded' })

/** What was done on the resident's account by someone else, in words the app translates by kind. */
export const accountActivityKind = z.enum([
  'callerVerified',
  'problemReported',
  'appointmentBooked',
  'bookingChanged',
  'paymentLinkSent',
  'finishLinkSent',
  'detailsChanged',
  'lookedUp',
  'callEnded',
  'otherChange',
])
export type AccountActivityKind = z.infer<typeof accountActivityKind>

export const accountActivity = z
  .object({
    activity: z.array(
      z.object({
        at: isoDateTime,
        kind: accountActivityKind,
        /** The reference or item it was about, in the gateway's words; null when it was about the account as a whole. */
        item: z.string().nullable(),
        by: z.literal('contact-centre'),
        channel: assistedChannel,
      }),
    ),
  })
  .meta({ id: 'AccountActivity' })
export type AccountActivity = z.infer<typeof accountActivity>
