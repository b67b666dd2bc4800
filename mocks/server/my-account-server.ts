import { createServer } from 'node:http'
import sirv from 'sirv'
import { createGatewayHandlers } from '../handlers'
import type { ReferenceCouncil } from '../reference-council'
import { createNodeGateway } from './node-gateway'
import { appHeaders, cacheControlFor, gatewayHeaders } from './security-headers'

export interface ServerSettings {
  port: number
  host: string
  latency: [number, number]
  /** Serve /api/__reference/*, which lets anyone end every session or break the gateway: for tests only. */
  referenceControls: boolean
  /** Only behind a proxy that sets X-Forwarded-Proto itself; otherwise anyone could claim https. */
  trustForwardedProto: boolean
  /** Where the built app calls its gateway, when that is on another site. */
  gatewayUrl: string | undefined
}

/** `npm start`'s settings, from its environment. Anything that widens what a stranger can do must be asked for by name. */
export function settingsFromEnvironment(environment: NodeJS.ProcessEnv): ServerSettings {
  return {
    port: Number(environment.PORT ?? 4173),
    host: environment.HOST ?? 'localhost',
    latency: environment.GATEWAY_LATENCY === 'off' ? [0, 0] : [80, 350],
    referenceControls: environment.REFERENCE_CONTROLS === 'on',
    trustForwardedProto: environment.TRUST_PROXY === 'on',
    gatewayUrl: environment.VITE_GATEWAY_URL,
  }
}

/** The built app from `dist`, and the reference gateway under /api, on one HTTP server. */
export function createMyAccountServer(council: ReferenceCouncil, dist: string, settings: ServerSettings) {
  const gateway = createNodeGateway(
    createGatewayHandlers(council, {
      basePath: '/api',
      latency: settings.latency,
      referenceControls: settings.referenceControls,
      trustForwardedProto: settings.trustForwardedProto,
    }),
  )
  const app = sirv(dist, {
    single: true,
    etag: true,
    // The build writes .br and .gz beside each file worth compressing; sirv picks the one the browser accepts.
    brotli: true,
    gzip: true,
    setHeaders(response, pathname) {
      response.setHeader('Cache-Control', cacheControlFor(pathname))
    },
  })
  const pageHeaders = appHeaders(settings.gatewayUrl)

  return createServer((request, response) => {
    gateway(request, response, () => {
      // Set before sirv so its 304 and 404 answers carry them too.
      for (const [name, value] of Object.entries(pageHeaders)) response.setHeader(name, value)
      app(request, response)
    }).catch((error: unknown) => {
      console.error('The reference gateway failed on a request:', error)
      if (!response.headersSent)
        response.writeHead(500, {
          ...gatewayHeaders('application/problem+json'),
          'content-type': 'application/problem+json',
          'cache-control': 'no-store',
        })
      response.end(JSON.stringify({ title: 'The reference gateway failed', status: 500 }))
    })
  })
}
