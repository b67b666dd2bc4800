import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { getResponse, type HttpHandler } from 'msw'

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
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
    const fetchRequest = new Request(url, {
      method: request.method,
      headers,
      body: hasBody ? (Readable.toWeb(request) as ReadableStream) : undefined,
      duplex: 'half',
    } as RequestInit)

    const answer = await getResponse(handlers, fetchRequest)
    if (!answer) {
      response.writeHead(404, { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' })
      response.end(JSON.stringify({ title: 'There is no such gateway route', status: 404 }))
      return
    }
    if (answer.type === 'error') {
      // What a phone sees when the signal drops after the council has acted: no answer at all.
      request.socket.destroy()
      return
    }
    // Answers are personal: no cache may keep them. (Headers gives lower-case names, so this one key replaces any the handler set.)
    const outgoing: Record<string, string | string[]> = {}
    answer.headers.forEach((value, name) => {
      if (name === 'set-cookie') return
      outgoing[name] = value
    })
    outgoing['cache-control'] = 'no-store'
    const cookies = answer.headers.getSetCookie()
    if (cookies.length > 0) outgoing['set-cookie'] = cookies
    response.writeHead(answer.status, outgoing)
    response.end(Buffer.from(await answer.arrayBuffer()))
  }
}
