import { z } from 'zod'
import { isoDateTime, language } from './common'
import { assisting } from './contact-centre'

export const role = z.enum(['resident', 'staff'])

export const person = z
  .object({
    id: z.string(),
    name: z.string(),
    role,
    /** A council tenant, who can report housing repairs and see a rent account. */
    tenant: z.boolean(),
  })
  .meta({ id: 'Person' })

export const session = z
  .discriminatedUnion('signedIn', [
    z.object({ signedIn: z.literal(false) }),
    z.object({
      signedIn: z.literal(true),
      person,
      csrfToken: z.string(),
      expiresAt: isoDateTime,
      /** Chosen at sign-in: on a shared or public computer the app keeps nothing of the person on the device. */
      sharedDevice: z.boolean(),
      /** Contact-centre staff helping a verified caller: resident pages act for the caller until the call ends. */
      assisting: assisting.nullable().optional(),
    }),
  ])
  .meta({ id: 'Session' })
export type Session = z.infer<typeof session>

export const alertChannel = z.enum(['email', 'text'])
export const alertTopic = z.enum(['requests', 'bookings', 'payments'])

export const profile = z
  .object({
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.object({ uprn: z.string(), text: z.string() }).nullable(),
    language,
    alerts: z.object({ channels: z.array(alertChannel), topics: z.array(alertTopic) }),
  })
  .meta({ id: 'Profile' })
export type Profile = z.infer<typeof profile>

/**
 * What a person may change, each part capped so a hostile body costs the gateway nothing. The
 * gateway then checks an email address against the 254 characters RFC 5321 allows, in words.
 */
export const profileChange = z
  .object({
    email: z.string().max(1000).nullable(),
    phone: z.string().max(30).nullable(),
    language,
    alerts: z.object({
      channels: z.array(alertChannel).max(alertChannel.options.length),
      topics: z.array(alertTopic).max(alertTopic.options.length),
    }),
  })
  .meta({ id: 'ProfileChange' })
export type ProfileChange = z.infer<typeof profileChange>
