import type { IncomingMessage, ServerResponse } from 'node:http'
import { getResponse, type HttpHandler } from 'msw'
import { largestRequestBytes } from '../gateway-route'
import { gatewayHeaders } from './security-headers'

const tooLarge = { title: 'The request is too large for the gateway', status: 413 }

/**
 * Reads a request body up to `limit` bytes. Past that it stops reading, so a caller cannot make
 * the server hold more than the limit however much it sends or however long it keeps sending.
 */
function readBody(request: IncomingMessage, limit: number): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const stop = () => {
      request.off('data', take)
      request.off('end', finish)
      request.off('error', reject)
    }
    const take = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        stop()
        request.pause()
        resolve('too-large')
        return
      }
      chunks.push(chunk)
    }
    const finish = () => {
      stop()
      const body = new Uint8Array(size)
      let at = 0
      for (const chunk of chunks) {
        body.set(chunk, at)
        at += chunk.length
      }
      resolve(body)
    }
    request.on('data', take)
    request.on('end', finish)
    request.on('error', reject)
  })
}

function answerWithProblemDetails(
  response: ServerResponse,
  details: { title: string; status: number },
  extra: Record<string, string> = {},
) {
  response.writeHead(details.status, {
    ...gatewayHeaders('application/problem+json'),
    'content-type': 'application/problem+json',
    'cache-control': 'no-store',
    ...extra,
  })
  response.end(JSON.stringify(details))
}

/**
 * Serves the MSW handler set over real HTTP, so the browser gets real cookies, real
 * redirects and real dropped connections from the same code the tests use.
 */
export function createNodeGateway(handlers: HttpHandler[], basePath = '/api') {
  return async function gateway(request: IncomingMessage, response: ServerResponse, next: () => void) {
    if (!request.url?.startsWith(`${basePath}/`) && request.url !== basePath) return next()
    const url = new URL(request.url, `http://${request.headers.host ?? 'localhost'}`)
    const headers = new Headers()
    for (const [name, value] of Object.entries(request.headers)) {
      if (Array.isArray(value)) value.forEach((item) => headers.append(name, item))
      else if (value !== undefined) headers.set(name, value)
    }

    // Refused before reading anything; the connection is closed so the rest of the body is not read either.
    if (Number(request.headers['content-length'] ?? 0) > largestRequestBytes)
      return answerWithProblemDetails(response, tooLarge, { connection: 'close' })
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
    const body = hasBody ? await readBody(request, largestRequestBytes) : undefined
    if (body === 'too-large') return answerWithProblemDetails(response, tooLarge, { connection: 'close' })

    const fetchRequest = new Request(url, { method: request.method, headers, body })
    const answer = await getResponse(handlers, fetchRequest)
    if (!answer) return answerWithProblemDetails(response, { title: 'There is no such gateway route', status: 404 })
    if (answer.type === 'error') {
      // What a phone sees when the signal drops after the council has acted: no answer at all.
      request.socket.destroy()
      return
    }
    // Headers gives lower-case names, so a handler's own header replaces the default of the same name.
    const outgoing: Record<string, string | string[]> = { ...gatewayHeaders(answer.headers.get('content-type')) }
    answer.headers.forEach((value, name) => {
      if (name === 'set-cookie') return
      outgoing[name] = value
    })
    // Answers are personal: no cache may keep them.
    outgoing['cache-control'] = 'no-store'
    const cookies = answer.headers.getSetCookie()
    if (cookies.length > 0) outgoing['set-cookie'] = cookies
    response.writeHead(answer.status, outgoing)
    response.end(Buffer.from(await answer.arrayBuffer()))
  }
}
