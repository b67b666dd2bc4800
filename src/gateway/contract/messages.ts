import { z } from 'zod'
import { alertChannel, alertTopic } from './session'
import { isoDateTime, language } from './common'

/**
 * What the council sends a person, each one the same shape as a GOV.UK Notify call: a template (one per
 * language, as Notify keeps them), the values put into it, and the reference it is about.
 */
export const messageTemplate = z.enum([
  'booking-confirmed',
  'booking-moved',
  'booking-cancelled',
  'booking-reminder',
  'request-status-changed',
  'payment-receipt',
])
export type MessageTemplate = z.infer<typeof messageTemplate>

export const message = z
  .object({
    id: z.string(),
    template: messageTemplate,
    templateId: z.uuid().meta({ description: "The Notify template's id, for this template in the person's language" }),
    channel: alertChannel,
    topic: alertTopic,
    language,
    to: z.string().meta({ description: 'The email address or mobile number it went to' }),
    personalisation: z.record(z.string(), z.string()).meta({ description: "The values put into the template's ((placeholders))" }),
    reference: z.string().meta({ description: 'What it is about: a report, booking or payment reference' }),
    sentAt: isoDateTime,
  })
  .meta({ id: 'Message' })
export type Message = z.infer<typeof message>

export const messageList = z
  .object({ messages: z.array(message).max(200).meta({ description: 'Newest first' }) })
  .meta({ id: 'MessageList' })
