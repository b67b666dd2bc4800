import type { ProblemDetails } from './contract/common'

/**
 * Every way a call to the gateway can fail. Screens switch on `kind` and never see a thrown
 * exception, a raw status code or a stack trace.
 */
export type GatewayFailure =
  | { kind: 'offline' }
  | { kind: 'timeout' }
  | { kind: 'signed-out' }
  | { kind: 'forbidden' }
  | { kind: 'not-found' }
  | { kind: 'conflict'; details: ProblemDetails | null }
  | { kind: 'invalid'; details: ProblemDetails; fieldErrors: Record<string, string> }
  | { kind: 'too-many-requests'; retryAfterSeconds: number | null }
  | { kind: 'unavailable'; status: number }
  | { kind: 'broken-contract'; detail: string }

export type GatewayResult<T> = { ok: true; data: T } | { ok: false; failure: GatewayFailure }

/** Thrown only inside TanStack Query functions, which need a rejection to mark an error. */
export class GatewayError extends Error {
  readonly failure: GatewayFailure
  constructor(failure: GatewayFailure) {
    super(`Gateway call failed: ${failure.kind}`)
    this.name = 'GatewayError'
    this.failure = failure
  }
}

export function failureOf(error: unknown): GatewayFailure {
  if (error instanceof GatewayError) return error.failure
  return { kind: 'broken-contract', detail: error instanceof Error ? error.message : String(error) }
}

export function unwrap<T>(result: GatewayResult<T>): T {
  if (result.ok) return result.data
  throw new GatewayError(result.failure)
}
