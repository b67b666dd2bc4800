import { createServer } from 'node:http'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import sirv from 'sirv'
import { createGatewayHandlers } from '../handlers'
import { createReferenceCouncil } from '../reference-council'
import { createNodeGateway } from './node-gateway'

const port = Number(process.env.PORT ?? 4173)
const host = process.env.HOST ?? 'localhost'
const latency: [number, number] = process.env.GATEWAY_LATENCY === 'off' ? [0, 0] : [80, 350]
const dist = fileURLToPath(new URL('../../dist', import.meta.url))

if (!existsSync(dist)) {
  console.error('There is no production build in dist/. Run `npm start`, which builds it first.')
  process.exit(1)
}

const council = createReferenceCouncil()
const gateway = createNodeGateway(createGatewayHandlers(council, { basePath: '/api', latency }))
const app = sirv(dist, {
  single: true,
  etag: true,
  setHeaders(response, pathname) {
    response.setHeader('X-Content-Type-Options', 'nosniff')
    response.setHeader('Referrer-Policy', 'no-referrer')
    response.setHeader('X-Frame-Options', 'DENY')
    if (pathname.startsWith('/assets/')) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
    else response.setHeader('Cache-Control', 'no-cache')
  },
})

createServer((request, response) => {
  gateway(request, response, () => app(request, response)).catch((error: unknown) => {
    console.error('The reference gateway failed on a request:', error)
    if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'application/problem+json' })
    response.end(JSON.stringify({ title: 'The reference gateway failed', status: 500 }))
  })
}).listen(port, host, () => {
  const address = `http://${host}:${port}`
  console.log(`My Account is running at ${address}`)
  console.log(`The reference gateway is at ${address}/api (contract: ${address}/api/openapi.json)`)
  console.log('Demo people (choose one on the sign-in page):')
  for (const person of Object.values(council.state.people)) {
    console.log(`  ${person.profile.name.padEnd(18)} ${person.about}`)
  }
})
