import type { Language } from '#src/gateway/contract/common'
import type { Message, MessageTemplate } from '#src/gateway/contract/messages'
import type { Profile } from '#src/gateway/contract/session'
import type { Persona, PersonaId } from './personas'

type Topic = Profile['alerts']['topics'][number]

/** A message as the council's Notify account keeps it: the app's Message, and whose it is. */
export interface SentNotification extends Message {
  personId: PersonaId
}

/**
 * The council's Notify templates. Notify keeps one template per language, so each template has an id for
 * each language; the id is made from the two, so the table needs no upkeep as languages are added.
 */
export function notifyTemplateId(template: MessageTemplate, language: Language): string {
  const hex = Array.from(`${template}:${language}`, (character) => character.charCodeAt(0).toString(16).padStart(2, '0'))
    .join('')
    .padEnd(32, '0')
    .slice(0, 32)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

export interface Notification {
  template: MessageTemplate
  topic: Topic
  personalisation: Record<string, string>
  reference: string
}

/**
 * Sends a notification to each channel the person chose for its topic, in their language, and keeps what
 * was sent. Nothing goes on a channel or topic they did not choose, nor on a channel with no address.
 */
export function notify(sent: SentNotification[], person: Persona, notification: Notification, now: number): SentNotification[] {
  const { alerts, language, email, phone } = person.profile
  if (!alerts.topics.includes(notification.topic)) return []
  const messages = alerts.channels.flatMap((channel): SentNotification[] => {
    const to = channel === 'email' ? email : phone
    if (!to) return []
    return [
      {
        id: crypto.randomUUID(),
        personId: person.id,
        ...notification,
        templateId: notifyTemplateId(notification.template, language),
        channel,
        language,
        to,
        sentAt: new Date(now).toISOString(),
      },
    ]
  })
  sent.push(...messages)
  return messages
}
