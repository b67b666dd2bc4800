import i18next from 'i18next'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Language, ProblemDetails } from '#src/gateway/contract/common'
import { startI18n } from '#src/i18n/i18n'
import { formErrorsFromGateway as keptAsSaid, type Refusal } from './form-errors-from-gateway'
import type { Said } from './said'

/** What the person reads: each message said in the page's language as it is now. */
function formErrorsFromGateway(...args: Parameters<typeof keptAsSaid>) {
  const errors = keptAsSaid(...args)
  const say = (message: Said) =>
    i18next.t(message.key, typeof message.values === 'function' ? message.values(i18next.language) : message.values)
  return {
    byField: Object.fromEntries(Object.entries(errors.byField).map(([field, message]) => [field, say(message as Said)])),
    general: errors.general && say(errors.general),
    summary: errors.summary.map(({ said, ...where }) => ({ ...where, text: say(said) })),
  }
}

/** A 422 as the gateway client gives it: the problem, and the first message for each field. */
function refusal(errors: NonNullable<ProblemDetails['errors']>): Refusal {
  const fieldErrors: Record<string, string> = {}
  for (const error of errors) fieldErrors[error.field] ??= error.message
  return { kind: 'invalid', details: { title: 'Some details need changing', status: 422, errors }, fieldErrors }
}

async function inLanguage(language: Language) {
  const i18n = i18next.isInitialized ? i18next : await startI18n(language, ['en', 'cy'])
  await i18n.changeLanguage(language)
  await i18n.loadNamespaces(['common', 'details', 'requests', 'report'])
  return i18n
}

const yourDetails = { namespace: 'details', fields: { email: 'email', phone: 'phone', alerts: 'channels' } } as const

describe('a refused form, in our own words', () => {
  beforeEach(async () => {
    await inLanguage('en')
  })

  it('puts each known code on its field, never in the gateway’s words', () => {
    const errors = formErrorsFromGateway(refusal([{ field: 'email', code: 'email.format', message: 'Bad email' }]), yourDetails, i18next)
    expect(errors.byField).toEqual({ email: 'Enter an email address in the correct format, like name@example.com' })
    expect(errors.general).toBeNull()
    expect(errors.summary).toEqual([{ href: 'email', text: 'Enter an email address in the correct format, like name@example.com' }])
  })

  it('lists the fields in the form’s order, with the first error the gateway gave for each', () => {
    const errors = formErrorsFromGateway(
      refusal([
        { field: 'alerts.channels', code: 'channels.noTopics', message: 'Pick a topic' },
        { field: 'phone', code: 'phone.requiredForAlerts', message: 'Phone needed' },
        { field: 'phone', code: 'phone.format', message: 'Bad phone' },
      ]),
      yourDetails,
      i18next,
    )
    expect(errors.summary).toEqual([
      { href: 'phone', text: 'Enter a mobile number to get alerts by text' },
      { href: 'channels', text: 'Select what you would like alerts about' },
    ])
  })

  it('gives a code it does not know a plain message on its field', () => {
    const errors = formErrorsFromGateway(
      refusal([{ field: 'phone', code: 'phone.blocked', message: 'This number cannot get texts' }]),
      yourDetails,
      i18next,
    )
    expect(errors.byField).toEqual({ phone: 'Check this answer and try again' })
    expect(errors.general).toBeNull()
  })

  it('gives a field the form does not have a plain message of its own, linked to no field', () => {
    const errors = formErrorsFromGateway(
      refusal([
        { field: 'email', code: 'email.tooLong', message: 'Too long' },
        { field: 'language', code: 'invalid_value', message: 'Invalid option: expected one of "en"|"cy"' },
      ]),
      yourDetails,
      i18next,
    )
    expect(errors.general).toBe('Check your answers and try again')
    expect(errors.summary).toEqual([
      { href: 'email', text: 'Enter an email address of 254 characters or fewer' },
      { text: 'Check your answers and try again' },
    ])
  })

  it('still says something when the gateway names no field at all', () => {
    const errors = formErrorsFromGateway(refusal([]), yourDetails, i18next)
    expect(errors.byField).toEqual({})
    expect(errors.summary).toEqual([{ text: 'Check your answers and try again' }])
  })

  it('reads a gateway code the app names in its own way, and a code with no field in it', () => {
    const comment = { namespace: 'requests', fields: { text: 'comment' }, sameAs: { 'comment.empty': 'comment.missing' } } as const
    expect(
      formErrorsFromGateway(refusal([{ field: 'text', code: 'comment.empty', message: 'Add a comment' }]), comment, i18next).byField,
    ).toEqual({ comment: 'Enter a comment' })
    const reason = { namespace: 'requests', fields: { reason: 'reason' }, sameAs: { too_small: 'reason.missing' } } as const
    expect(
      formErrorsFromGateway(
        refusal([{ field: 'reason', code: 'too_small', message: 'Too small: expected string to have >=1 characters' }]),
        reason,
        i18next,
      ).byField,
    ).toEqual({ reason: 'Tell us why it still needs fixing' })
  })

  it('fills in what a field’s text needs', () => {
    const errors = formErrorsFromGateway(
      refusal([{ field: 'answers.bin_type', code: 'answer.notAChoice', message: 'Not one of the answers' }]),
      { namespace: 'report', fields: { 'answers.bin_type': 'bin_type' }, values: { bin_type: { question: 'Which bin was missed?' } } },
      i18next,
    )
    expect(errors.byField).toEqual({ bin_type: 'Choose one of the answers for: Which bin was missed?' })
  })

  it('speaks the person’s language, whatever language the gateway wrote in', async () => {
    await inLanguage('cy')
    const errors = formErrorsFromGateway(
      refusal([
        { field: 'email', code: 'email.format', message: 'Enter an email address in the correct format' },
        { field: 'phone', code: 'phone.blocked', message: 'This number cannot get texts' },
        { field: 'nickname', code: 'nickname.rude', message: 'Choose another nickname' },
      ]),
      yourDetails,
      i18next,
    )
    expect(errors.summary).toEqual([
      { href: 'email', text: 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com' },
      { href: 'phone', text: 'Gwiriwch yr ateb hwn a rhowch gynnig arall arni' },
      { text: 'Gwiriwch eich atebion a rhowch gynnig arall arni' },
    ])
  })
})
