import { MOST_EVIDENCE_FILES, type ChangeKind, type ChangeOfCircumstances } from '#src/gateway/contract/changes'
import type { EvidenceFile } from '#src/evidence/evidence-file'
import type { DatePart, DateParts } from '#src/ui/date-input'
import { checkDate } from '#src/ui/date-check'
import { said, type Said } from '#src/ui/said'

export const MOST_LINE_CHARACTERS = 100
export const MOST_NAME_CHARACTERS = 100
export const MOST_DETAIL_CHARACTERS = 1000

export const changeKinds = ['address', 'moved_in', 'moved_out', 'income', 'other'] as const satisfies readonly ChangeKind[]
export const relationships = ['partner', 'child', 'parent', 'relative', 'lodger', 'other'] as const
export const incomeWhose = ['mine', 'partner', 'someone_else'] as const
export const incomeKinds = ['earnings', 'benefits', 'pension', 'other'] as const

/** What the person has said so far, as typed: nothing is lost or tidied away when an answer needs changing. */
export interface ChangeDraft {
  what: ChangeKind | null
  date: DateParts
  /** `uprn` only while the lines are the gazetteer's, as chosen from the postcode's addresses. */
  address: { uprn: string | null; line1: string; line2: string; town: string; postcode: string }
  person: { name: string; relationship: (typeof relationships)[number] | null }
  income: { whose: (typeof incomeWhose)[number] | null; kind: (typeof incomeKinds)[number] | null }
  details: string
  evidence: EvidenceFile[]
}

export function emptyChange(): ChangeDraft {
  return {
    what: null,
    date: { day: '', month: '', year: '' },
    address: { uprn: null, line1: '', line2: '', town: '', postcode: '' },
    person: { name: '', relationship: null },
    income: { whose: null, kind: null },
    details: '',
    evidence: [],
  }
}

/** Every field a step asks, in the order the steps ask them; each is also its input's id. */
export const changeFields = [
  'what',
  'date',
  'postcode',
  'addressLine1',
  'addressLine2',
  'addressTown',
  'name',
  'relationship',
  'whose',
  'incomeKind',
  'details',
  'evidence',
] as const
export type ChangeField = (typeof changeFields)[number]

export interface Problem {
  said: Said
  /** For a date, the boxes the problem is about. */
  parts?: DatePart[]
}
export type Problems = Partial<Record<ChangeField, Problem>>

export type Step = 'what' | 'when' | 'details' | 'documents'
export const steps: Step[] = ['what', 'when', 'details', 'documents']

/** A UK postcode, with or without its space, in either case. */
const postcodePattern = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i

export function postcodeProblem(postcode: string): Problem | null {
  if (!postcode.trim()) return { said: said('errors.postcode.missing') }
  return postcodePattern.test(postcode.trim()) ? null : { said: said('errors.postcode.format') }
}

export function tidyPostcode(postcode: string): string {
  const bare = postcode.replace(/\s+/g, '').toUpperCase()
  return `${bare.slice(0, -3)} ${bare.slice(-3)}`
}

function tooLong(field: string, text: string, most: number): Problem | null {
  return text.trim().length > most ? { said: said(`errors.${field}.tooLong`, { count: most }) } : null
}

/** A gazetteer address as the lines a person would write: the town last, the rest on the first line. */
export function linesOf(text: string): { line1: string; town: string } {
  const parts = text.split(',').map((part) => part.trim())
  const town = parts.length > 1 ? (parts.pop() ?? '') : ''
  return { line1: parts.join(', '), town }
}

/** What is wrong with the answers a step asks for, if anything. */
export function problemsWith(draft: ChangeDraft, step: Step, today?: string): Problems {
  const problems: Problems = {}
  const add = (field: ChangeField, problem: Problem | null) => {
    if (problem) problems[field] = problem
  }
  if (step === 'what' && !draft.what) add('what', { said: said('errors.what.missing') })
  if (step === 'when') {
    const date = checkDate(draft.date, today)
    if ('said' in date) add('date', date)
  }
  if (step === 'details') {
    const { address, person, income } = draft
    if (draft.what === 'address') {
      add('postcode', postcodeProblem(address.postcode))
      add(
        'addressLine1',
        address.line1.trim() ? tooLong('addressLine1', address.line1, MOST_LINE_CHARACTERS) : { said: said('errors.addressLine1.missing') },
      )
      add('addressLine2', tooLong('addressLine2', address.line2, MOST_LINE_CHARACTERS))
      add('addressTown', tooLong('addressTown', address.town, MOST_LINE_CHARACTERS))
    }
    if (draft.what === 'moved_in' || draft.what === 'moved_out') {
      add('name', person.name.trim() ? tooLong('name', person.name, MOST_NAME_CHARACTERS) : { said: said('errors.name.missing') })
      if (!person.relationship) add('relationship', { said: said('errors.relationship.missing') })
    }
    if (draft.what === 'income') {
      if (!income.whose) add('whose', { said: said('errors.whose.missing') })
      if (!income.kind) add('incomeKind', { said: said('errors.incomeKind.missing') })
    }
    if (draft.what === 'other' && !draft.details.trim()) add('details', { said: said('errors.details.missing') })
    else add('details', tooLong('details', draft.details, MOST_DETAIL_CHARACTERS))
  }
  if (step === 'documents' && draft.evidence.length > MOST_EVIDENCE_FILES) {
    add('evidence', { said: said('errors.evidence.tooMany', { count: MOST_EVIDENCE_FILES }) })
  }
  return problems
}

/** The first step with a problem, or null once every answer is right. */
export function firstStepToAnswer(draft: ChangeDraft, today?: string): Step | null {
  return steps.find((step) => Object.keys(problemsWith(draft, step, today)).length > 0) ?? null
}

/** The change to send, without its documents' ids (they come once the documents are sent), once every answer is right. */
export function changeOf(draft: ChangeDraft, today?: string): Omit<ChangeOfCircumstances, 'evidenceIds'> | null {
  const date = checkDate(draft.date, today)
  if (!draft.what || 'said' in date || firstStepToAnswer(draft, today)) return null
  const change: Omit<ChangeOfCircumstances, 'evidenceIds'> = { what: draft.what, date: date.iso, details: draft.details.trim() }
  const { address, person, income } = draft
  if (draft.what === 'address') {
    const lines = [address.line1, address.line2, address.town].map((line) => line.trim()).filter(Boolean)
    change.newAddress = { ...(address.uprn ? { uprn: address.uprn } : {}), lines, postcode: tidyPostcode(address.postcode) }
  }
  if ((draft.what === 'moved_in' || draft.what === 'moved_out') && person.relationship) {
    change.person = { name: person.name.trim(), relationship: person.relationship }
  }
  if (draft.what === 'income' && income.whose && income.kind) change.income = { whose: income.whose, kind: income.kind }
  return change
}
