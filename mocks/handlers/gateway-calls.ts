import { createGatewayClient, CSRF_HEADER, IDEMPOTENCY_HEADER, type GatewayClientOptions } from '#src/gateway/client'
import { SESSION_COOKIE, type GatewaySession } from '../reference-council'

/** Calls the reference gateway as the app does; no retries, so a test never races one. */
export function clientFor(options: Partial<GatewayClientOptions> = {}) {
  return createGatewayClient({ baseUrl: '/api', backoffMs: 0, retries: 0, timeoutMs: 5000, ...options })
}

/**
 * Calls the reference gateway as the app does, as one person: their session cookie goes with every
 * request, so several people can call at once from one test, whoever the page's cookie names.
 */
export function clientAs(session: GatewaySession, options: Partial<GatewayClientOptions> = {}) {
  return clientFor({
    fetch: (input, init) => {
      const headers = new Headers(init?.headers)
      headers.set('Cookie', `${SESSION_COOKIE}=${session.id}`)
      return fetch(input, { ...init, headers })
    },
    ...options,
  })
}

/** Calls the reference gateway by hand, as something other than the app might, with the session's CSRF token when given one. */
export function send(
  method: string,
  path: string,
  options: { body?: unknown; session?: GatewaySession; headers?: Record<string, string> } = {},
) {
  return fetch(path.startsWith('/api/') ? path : `/api${path}`, {
    method,
    credentials: 'include',
    headers: {
      'Content-Type': 'application/json',
      ...(method === 'POST' ? { [IDEMPOTENCY_HEADER]: crypto.randomUUID() } : {}),
      ...(options.session ? { [CSRF_HEADER]: options.session.csrfToken } : {}),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
}

export function failureOf<T>(result: { ok: true; data: T } | { ok: false; failure: unknown }) {
  if (result.ok) throw new Error(`Expected a failure, got ${JSON.stringify(result.data)}`)
  return result.failure
}

export function dataOf<T>(result: { ok: true; data: T } | { ok: false; failure: unknown }): T {
  if (!result.ok) throw new Error(`Expected an answer, got ${JSON.stringify(result.failure)}`)
  return result.data
}

/** Uploads one small document in one part, as the app's evidence sender does, and answers the id to send it with a form. */
export async function uploadDocument(fileName: string, contentType: 'application/pdf' | 'image/jpeg', bytes: Uint8Array): Promise<string> {
  const client = clientFor()
  const { uploadId } = dataOf(
    await client.call('startEvidenceUpload', { body: { fileName, contentType, bytes: bytes.length }, idempotencyKey: crypto.randomUUID() }),
  )
  dataOf(
    await client.call('sendEvidencePart', {
      params: { uploadId, part: '1' },
      body: { dataBase64: Buffer.from(bytes).toString('base64') },
      idempotencyKey: crypto.randomUUID(),
    }),
  )
  return dataOf(await client.call('finishEvidenceUpload', { params: { uploadId }, body: {}, idempotencyKey: crypto.randomUUID() }))
    .documentId
}
