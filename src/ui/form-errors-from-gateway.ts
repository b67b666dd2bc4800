import type { i18n as I18n } from 'i18next'
import type { GatewayFailure } from '#src/gateway/errors'
import { said, type Said } from './said'

export type Refusal = Extract<GatewayFailure, { kind: 'invalid' }>

export interface RefusedForm<Field extends string> {
  /** The namespace of the form's own texts, each named `<namespace>:errors.<field>.<code>`. */
  namespace: string
  /**
   * For each field of the request the gateway may name, the form field that shows its error, in the order the
   * form shows them. Each form field is also the id of its input. A field inside another (`alerts.channels`)
   * goes with the one holding it (`alerts`).
   */
  fields: Record<string, Field>
  /** Gateway codes for a problem the app names in its own way, such as `comment.empty` for `comment.missing`. */
  sameAs?: Record<string, string>
  /** What a field's text needs filled in, such as the question asked. */
  values?: Partial<Record<Field, Said['values']>>
}

export interface FormErrors<Field extends string> {
  /** Each field's error message, to show with the field. */
  byField: Partial<Record<Field, Said>>
  /** The plain message for a refusal that belongs to none of the form's fields, if there was one. */
  general: Said | null
  /** Everything for the GOV.UK error summary: each field's message, linked to it, in the form's order, then the general one. */
  summary: { href?: string; said: Said }[]
}

/**
 * Turns a refused submission into the form's errors, in the app's words, kept as what to say (see `said.ts`). The gateway's code, like
 * `email.format`, names the text `<namespace>:errors.email.format`. The gateway's own message is never shown: it
 * may be in the wrong language, or not written for residents. A code with no text gets a plain message on its
 * field, and a field the form does not have gets a plain message of its own.
 */
export function formErrorsFromGateway<Field extends string>(
  refusal: Refusal,
  form: RefusedForm<Field>,
  i18n: Pick<I18n, 'exists'>,
): FormErrors<Field> {
  const byField: Partial<Record<Field, Said>> = {}
  let somethingElse = false
  for (const gatewayField of Object.keys(refusal.fieldErrors)) {
    const field = formFieldFor(gatewayField, form.fields)
    if (!field) {
      somethingElse = true
      continue
    }
    if (byField[field]) continue
    // The client keeps the first error for each field, as the gateway listed them.
    const code = refusal.details.errors?.find((error) => error.field === gatewayField)?.code ?? ''
    const ownCode = form.sameAs?.[code] ?? code
    const key = `${form.namespace}:errors.${ownCode.includes('.') ? ownCode : `${field}.${ownCode}`}`
    const values = form.values?.[field]
    byField[field] = i18n.exists(key) ? said(key, values) : said('common:errors.answer.notAccepted')
  }
  const placed = [...new Set(Object.values(form.fields))].flatMap((field) => {
    const message = byField[field]
    return message ? [{ href: field, said: message }] : []
  })
  const general = somethingElse || placed.length === 0 ? said('common:errors.answers.notAccepted') : null
  return { byField, general, summary: general ? [...placed, { said: general }] : placed }
}

function formFieldFor<Field extends string>(gatewayField: string, fields: Record<string, Field>): Field | null {
  for (const [name, field] of Object.entries(fields)) {
    if (gatewayField === name || gatewayField.startsWith(`${name}.`)) return field
  }
  return null
}
