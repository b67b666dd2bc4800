import type { Feedback } from '#src/gateway/contract/account'
import type { Payment } from '#src/gateway/contract/payments'
import { seedOthersReports, seedPersonas, type OthersReport, type Persona, type PersonaId } from './personas'

export interface Faults {
  /** Share of calls, from 0 to 1, answered with a 503 before anything is done. */
  errorRate: number
  /** Added to every answer. */
  extraLatencyMs: number
  /** How many of the next writes are carried out and then have their answer dropped, as when the signal goes. */
  dropAfterActing: number
  /** How many of the next calls are answered with a body that breaks the contract. */
  garbage: number
}

export interface StoredAnswer {
  fingerprint: string
  status: number
  body: unknown
}

export interface GatewaySession {
  id: string
  personId: PersonaId
  csrfToken: string
  expiresAt: number
  /** The person said at sign-in that this is a shared or public computer. */
  sharedDevice: boolean
}

export const SESSION_COOKIE = 'myaccount_session'
export const SESSION_LIFETIME_MS = 30 * 60 * 1000

/** The whole in-memory council behind the reference gateway. One per server, one per test. */
export function createReferenceCouncil(options: { random?: () => number; today?: Date } = {}) {
  const random = options.random ?? Math.random
  const state = {
    people: seedPersonas(options.today) as Record<PersonaId, Persona>,
    sessions: new Map<string, GatewaySession>(),
    answers: new Map<string, StoredAnswer>(),
    /** How many times each Idempotency-Key was acted on. Exactly-once means this never passes 1. */
    applied: new Map<string, number>(),
    feedback: [] as (Feedback & { reference: string; personId: PersonaId | null })[],
    faults: { errorRate: 0, extraLatencyMs: 0, dropAfterActing: 0, garbage: 0 } as Faults,
    othersReports: seedOthersReports(options.today) as OthersReport[],
    photos: new Map<string, { personId: PersonaId; contentType: string; bytes: number }>(),
    payments: new Map<string, { payment: Payment; personId: PersonaId; returnPath: string; checksBeforeBankAnswers: number }>(),
    emailsSent: [] as { to: string; subject: string; link?: string }[],
    textsSent: [] as { to: string; subject: string; link?: string }[],
    paymentLinks: new Map<string, { personId: PersonaId; owedId: string; expiresAt: string; sentBy: PersonaId }>(),
    /** Who did what on someone's behalf: the contact centre's honest record. */
    audit: [] as { at: string; staffId: PersonaId; action: string; about: PersonaId; item: string }[],
    nextReference: 1000,
  }

  return {
    state,
    random,
    reference(prefix: string) {
      state.nextReference += 1
      return `${prefix}-${state.nextReference}`
    },
    startSession(personId: PersonaId, now = Date.now(), sharedDevice = false): GatewaySession {
      const session = { id: crypto.randomUUID(), personId, csrfToken: crypto.randomUUID(), expiresAt: now + SESSION_LIFETIME_MS, sharedDevice }
      state.sessions.set(session.id, session)
      return session
    },
    sessionFor(sessionId: string | undefined, now = Date.now()): GatewaySession | null {
      if (!sessionId) return null
      const session = state.sessions.get(sessionId)
      if (!session) return null
      if (session.expiresAt <= now) {
        state.sessions.delete(sessionId)
        return null
      }
      session.expiresAt = now + SESSION_LIFETIME_MS
      return session
    },
    endSession(sessionId: string | undefined) {
      if (sessionId) state.sessions.delete(sessionId)
    },
    expireAllSessions() {
      state.sessions.clear()
    },
    reset() {
      state.people = seedPersonas(options.today)
      state.sessions.clear()
      state.answers.clear()
      state.applied.clear()
      state.feedback = []
      state.othersReports = seedOthersReports(options.today)
      state.photos.clear()
      state.payments.clear()
      state.emailsSent = []
      state.textsSent = []
      state.paymentLinks.clear()
      state.audit = []
      state.faults = { errorRate: 0, extraLatencyMs: 0, dropAfterActing: 0, garbage: 0 }
    },
  }
}

export type ReferenceCouncil = ReturnType<typeof createReferenceCouncil>
