import { z } from 'zod'

/** Money is always held in pence, as a whole number, from the gateway to the screen. */
export const pence = z.int().meta({ description: 'An amount of money in pence' })
export const isoDate = z.iso.date()
export const isoDateTime = z.iso.datetime({ offset: true })
/** English, Welsh, and the community languages most spoken in London boroughs. Each council offers its own choice. */
export const language = z.enum(['en', 'cy', 'pl', 'ro', 'es', 'pt', 'bn', 'gu', 'tr', 'so', 'ar', 'ur'])
export type Language = z.infer<typeof language>

/**
 * The council's systems hold their texts in English: service names, questions, staff notes and payment
 * descriptions reach the screen as the gateway gives them, so a page in another language marks them as English.
 */
export const gatewayWordsLanguage = 'en' satisfies Language
export const gatewayWordsDescription =
  "The council's systems hold their texts in English. Service names, descriptions, groups, questions, staff notes and payment descriptions are in English whatever language the person chose; the app marks them as English on a page in another language."

/** RFC 9457 problem details, with the invalid fields of a 422. */
export const problemDetails = z
  .object({
    type: z.string().optional(),
    title: z.string(),
    status: z.int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'ProblemDetails' })
export type ProblemDetails = z.infer<typeof problemDetails>

/** The problem type of a 403 for a missing or stale CSRF token: the client fetches a fresh token and tries once more. */
export const csrfProblemType = 'urn:my-account:problem:csrf-token'

/**
 * A path on this site to send a person back to. Printable URL characters only: a browser drops
 * tabs and line breaks and reads a backslash as a slash, so any of them could turn the path into
 * another site's address.
 */
export const sitePath = z
  .string()
  .max(300)
  .regex(/^\/(?![/\\])[\w\-.~!$&'()*+,;=:@/?%]*$/)

/** RFC 5321 allows no longer address, and a longer one would only slow every check made of it. */
export const LONGEST_EMAIL = 254
export const emailAddress = z.string().max(LONGEST_EMAIL)
