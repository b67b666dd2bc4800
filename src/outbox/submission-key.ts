import { useState } from 'react'
import { forgetSubmission, keptSubmissionKey } from '#src/device/submission-keys'

/** The key of one step of a submission, such as each of a report's photos: the same every time the submission is sent. */
export function stepKey(submissionKey: string, step: string): string {
  return `${submissionKey}:${step}`
}

/** The same short text for the same submission, so nothing of what was typed is kept to tell them apart. */
function fingerprint(submission: unknown): string {
  const text = JSON.stringify(submission) ?? ''
  let first = 0xdeadbeef
  let second = 0x41c6ce57
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    first = Math.imul(first ^ code, 2654435761)
    second = Math.imul(second ^ code, 1597334677)
  }
  first = Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909)
  second = Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909)
  return (4294967296 * (2097151 & second) + (first >>> 0)).toString(36)
}

export interface SubmissionKey {
  /**
   * The Idempotency-Key to send with: the same for the same submission after a lost answer, a second press or a
   * reload, so the council acts once. Given what is sent, a different submission (other words, another amount) gets
   * another key; without it, the form has one key until it succeeds.
   */
  keyFor(submission?: unknown): string
  /** The council took it: the form's next submission is a new one. */
  succeeded(): void
}

/** For code outside React, such as after a payment comes back from the card page. */
export function submissionKey(form: string): SubmissionKey {
  return keyedBy(
    () => keptSubmissionKey(form),
    () => forgetSubmission(form),
  )
}

function keyedBy(currentKey: () => string, forget: () => void): SubmissionKey {
  return {
    keyFor: (submission) => {
      const key = currentKey()
      return submission === undefined ? key : stepKey(key, fingerprint(submission))
    },
    succeeded: forget,
  }
}

/**
 * The one way a form holds the key of what it submits. `form` names the form, never anything of the person.
 * The form keeps the key it started with: if another tab sends the same submission first and renews the
 * device's key, this one still sends under the first, so the council acts once.
 */
export function useSubmissionKey(form: string): SubmissionKey {
  const [held] = useState(() => {
    const state = { form, key: keptSubmissionKey(form) }
    return keyedBy(
      () => state.key,
      () => {
        forgetSubmission(state.form)
        state.key = keptSubmissionKey(state.form)
      },
    )
  })
  return held
}
