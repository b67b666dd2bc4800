import { forgetKeptThroughReload, keepThroughReload, keptThroughReload } from '#src/device/before-reload'
import { LONGEST_EMAIL } from '#src/gateway/contract/common'
import type { Profile, ProfileChange } from '#src/gateway/contract/session'

export interface DetailsAnswers {
  email: string
  phone: string
  language: Profile['language']
  channels: Profile['alerts']['channels']
  topics: Profile['alerts']['topics']
}

export type DetailsField = 'email' | 'phone' | 'channels'
export type DetailsErrors = Partial<Record<DetailsField, string>>

// The domain's labels cannot overlap, so checking takes time in step with the length, however hostile the text.
const emailPattern = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/
const ukPhonePattern = /^(?:\+44\s?|0)(?:\d\s?){9,10}$/

export function answersFrom(profile: Profile): DetailsAnswers {
  return {
    email: profile.email ?? '',
    phone: profile.phone ?? '',
    language: profile.language,
    channels: profile.alerts.channels,
    topics: profile.alerts.topics,
  }
}

/** Returns translation keys, so the same check reads well in every language. */
export function checkDetails(answers: DetailsAnswers): DetailsErrors {
  const errors: DetailsErrors = {}
  const email = answers.email.trim()
  const phone = answers.phone.trim()
  if (email.length > LONGEST_EMAIL) errors.email = 'errors.email.tooLong'
  else if (email && !emailPattern.test(email)) errors.email = 'errors.email.format'
  else if (!email && answers.channels.includes('email')) errors.email = 'errors.email.requiredForAlerts'
  if (phone && !ukPhonePattern.test(phone)) errors.phone = 'errors.phone.format'
  else if (!phone && answers.channels.includes('text')) errors.phone = 'errors.phone.requiredForAlerts'
  if (answers.channels.length > 0 && answers.topics.length === 0) errors.channels = 'errors.channels.noTopics'
  return errors
}

export function changeFrom(answers: DetailsAnswers): ProfileChange {
  return {
    email: answers.email.trim() || null,
    phone: answers.phone.trim() || null,
    language: answers.language,
    alerts: { channels: answers.channels, topics: answers.channels.length > 0 ? answers.topics : [] },
  }
}

const KEPT_AS = 'your-details'

/** Kept only for this tab, while the person signs in again or the app reloads into a new version; cleared at sign-out with everything else. */
export function keepDraftWhileSigningIn(personId: string, answers: DetailsAnswers) {
  keepThroughReload(KEPT_AS, JSON.stringify({ personId, answers }))
}

/**
 * Given back only to the person who typed it: someone else may sign in on this tab once a session
 * has ended. Read during render without removing it, since a render can be started again; the form
 * forgets it once it has appeared.
 */
export function keptDraft(personId: string): DetailsAnswers | null {
  const stored = keptThroughReload(KEPT_AS)
  if (!stored) return null
  let kept: { personId?: unknown; answers?: DetailsAnswers } | null
  try {
    kept = JSON.parse(stored) as typeof kept
  } catch {
    kept = null
  }
  if (kept?.personId === personId && kept.answers) return kept.answers
  // Someone else's, or unreadable: nobody will get it back, so it goes now.
  forgetDraft()
  return null
}

export function forgetDraft() {
  forgetKeptThroughReload(KEPT_AS)
}
