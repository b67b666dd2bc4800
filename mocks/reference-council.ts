import type { Feedback } from '#src/gateway/contract/account'
import type { Language } from '#src/gateway/contract/common'
import type { Payment } from '#src/gateway/contract/payments'
import type { AccountActivityKind } from '#src/gateway/contract/contact-centre'
import { notify, type Notification, type SentNotification } from './notifications'
import { seedOthersReports, seedPersonas, type OthersReport, type Persona, type PersonaId } from './personas'
import { seedSlotInventory, type SlotHoldRecord } from './slot-inventory'

export interface Faults {
  /** Share of calls, from 0 to 1, answered with errorStatus before anything is done. */
  errorRate: number
  errorStatus: 500 | 502 | 503
  /** Added to every answer. */
  extraLatencyMs: number
  /** How many of the next writes are carried out and then have their answer dropped, as when the signal goes. */
  dropAfterActing: number
  /** How many of the next calls are answered 200 with JSON that breaks the contract. */
  garbage: number
  /** How many of the next calls are answered 200 with a body that is not JSON at all. */
  malformed: number
  /** How many of the next calls are never answered, until the council is reset or a minute has passed. */
  unanswered: number
  /** How many of the next calls are answered 429 with Retry-After: retryAfterSeconds. */
  tooManyRequests: number
  retryAfterSeconds: number
  /** When set, faults apply only to calls whose path below the base path starts with this. */
  path: string | null
}

export function noFaults(): Faults {
  return {
    errorRate: 0,
    errorStatus: 503,
    extraLatencyMs: 0,
    dropAfterActing: 0,
    garbage: 0,
    malformed: 0,
    unanswered: 0,
    tooManyRequests: 0,
    retryAfterSeconds: 30,
    path: null,
  }
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
  /** Contact-centre staff: the caller verified on this call. Resident calls act for them until the call ends. */
  assisting?: { personId: PersonaId; channel: 'telephone' } | null
  /** Contact-centre staff: the callers found on this call, by match id, and the tries each has left. */
  callerMatches?: Map<string, CallerMatch>
}

export interface CallerMatch {
  personId: PersonaId
  /** Found by date of birth: the questions then ask something else. */
  foundBy: 'reference' | 'name-and-postcode' | 'name-and-date-of-birth'
  triesLeft: number
}

export const SESSION_COOKIE = 'myaccount_session'
export const SESSION_LIFETIME_MS = 30 * 60 * 1000
/** Shorter on a shared or public computer, so a session left open there ends soon after the person walks away. */
export const SHARED_DEVICE_SESSION_LIFETIME_MS = 10 * 60 * 1000
/** However the fault was set, a call held unanswered is let go after this. */
const LONGEST_HOLD_MS = 60_000

export function sessionLifetimeMs(session: Pick<GatewaySession, 'sharedDevice'>) {
  return session.sharedDevice ? SHARED_DEVICE_SESSION_LIFETIME_MS : SESSION_LIFETIME_MS
}

/** The whole in-memory council behind the reference gateway. One per server, one per test. */
export function createReferenceCouncil(options: { random?: () => number; today?: Date } = {}) {
  const random = options.random ?? Math.random
  const people = seedPersonas(options.today) as Record<PersonaId, Persona>
  /** Added to the time of day, so a test can see holds and sessions run out without waiting for them. */
  let clockAheadMs = 0
  const now = () => Date.now() + clockAheadMs
  const state = {
    people,
    sessions: new Map<string, GatewaySession>(),
    /** What was acted on, by the caller's scope and Idempotency-Key, so a retry gets the same answer. */
    answers: new Map<string, StoredAnswer>(),
    /** Settles when the request acting under this scope and key has finished: a second one with the same key waits for its answer. */
    acting: new Map<string, Promise<void>>(),
    /** How many times each Idempotency-Key was acted on. Exactly-once means this never passes 1. */
    applied: new Map<string, number>(),
    feedback: [] as (Feedback & { reference: string; personId: PersonaId | null })[],
    faults: noFaults(),
    othersReports: seedOthersReports(options.today) as OthersReport[],
    photos: new Map<string, { personId: PersonaId; contentType: string; bytes: number }>(),
    payments: new Map<
      string,
      // The language the card page first shows, as the app asked when it started the payment.
      { payment: Payment; personId: PersonaId; returnPath: string; checksBeforeBankAnswers: number; language: Language | null }
    >(),
    emailsSent: [] as { to: string; subject: string; link?: string }[],
    textsSent: [] as { to: string; subject: string; link?: string }[],
    paymentLinks: new Map<string, { personId: PersonaId; owedId: string; expiresAt: string; sentBy: PersonaId | null }>(),
    /** Who did what on someone's behalf: the contact centre's honest record. */
    audit: [] as {
      at: string
      staffId: PersonaId
      action: string
      about: PersonaId | null
      item: string
      /** Set on what was done while helping a verified caller, which the caller sees on their own account. */
      kind?: AccountActivityKind
      channel?: 'telephone'
    }[],
    /** The council's diary of bookable slots, shared by everyone: capacity is enforced here, not per person. */
    slots: seedSlotInventory(options.today ?? new Date(), Object.values(people)),
    holds: new Map<string, SlotHoldRecord>(),
    /** Everything the council sent through Notify, oldest first. */
    notifications: [] as SentNotification[],
    /** Each booking reminded of the day before, by person, reference and start time, so a reminder goes once for each time. */
    reminded: new Set<string>(),
    nextReference: 1000,
  }
  const heldCalls = new Set<() => void>()

  function releaseHeldCalls() {
    for (const release of heldCalls) release()
    heldCalls.clear()
  }

  return {
    state,
    random,
    /** The council's clock, in ms: the time of day, unless a test has moved it on. */
    now,
    moveClockOn(ms: number) {
      clockAheadMs += ms
    },
    reference(prefix: string) {
      state.nextReference += 1
      return `${prefix}-${state.nextReference}`
    },
    startSession(personId: PersonaId, startedAt = now(), sharedDevice = false): GatewaySession {
      const session = {
        id: crypto.randomUUID(),
        personId,
        csrfToken: crypto.randomUUID(),
        expiresAt: startedAt + sessionLifetimeMs({ sharedDevice }),
        sharedDevice,
      }
      state.sessions.set(session.id, session)
      return session
    },
    sessionFor(sessionId: string | undefined, at = now()): GatewaySession | null {
      if (!sessionId) return null
      const session = state.sessions.get(sessionId)
      if (!session) return null
      if (session.expiresAt <= at) {
        state.sessions.delete(sessionId)
        return null
      }
      session.expiresAt = at + sessionLifetimeMs(session)
      return session
    },
    endSession(sessionId: string | undefined) {
      if (sessionId) state.sessions.delete(sessionId)
    },
    expireAllSessions() {
      state.sessions.clear()
    },
    /** Settles when the council is reset, or after a minute: how long a call faulted as unanswered is held. */
    holdUnanswered(): Promise<void> {
      return new Promise((resolve) => {
        const release = () => {
          clearTimeout(timer)
          heldCalls.delete(release)
          resolve()
        }
        const timer = setTimeout(release, LONGEST_HOLD_MS)
        // A held call must not keep a test run or a stopping server alive.
        if (typeof timer === 'object' && 'unref' in timer) timer.unref()
        heldCalls.add(release)
      })
    },
    /** Sends through Notify what the person chose to hear about; see notify(). */
    notify(person: Persona, notification: Notification) {
      return notify(state.notifications, person, notification, now())
    },
    heldCallCount() {
      return heldCalls.size
    },
    reset() {
      clockAheadMs = 0
      state.people = seedPersonas(options.today)
      state.sessions.clear()
      state.answers.clear()
      state.acting.clear()
      state.applied.clear()
      state.slots = seedSlotInventory(options.today ?? new Date(), Object.values(state.people))
      state.holds.clear()
      state.notifications = []
      state.reminded.clear()
      state.feedback = []
      state.othersReports = seedOthersReports(options.today)
      state.photos.clear()
      state.payments.clear()
      state.emailsSent = []
      state.textsSent = []
      state.paymentLinks.clear()
      state.audit = []
      state.faults = noFaults()
      releaseHeldCalls()
    },
  }
}

export type ReferenceCouncil = ReturnType<typeof createReferenceCouncil>
