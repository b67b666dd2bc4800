import { createContext, useContext } from 'react'
import { createGatewayClient, type GatewayClient } from './client'
import { gatewayBaseUrl } from './gateway-config'

export const GatewayContext = createContext<GatewayClient | null>(null)

export function createDefaultGateway() {
  return createGatewayClient({ baseUrl: gatewayBaseUrl })
}

export function useGateway(): GatewayClient {
  const gateway = useContext(GatewayContext)
  if (!gateway) throw new Error('useGateway needs a GatewayContext provider')
  return gateway
}

/**
 * The gateway's own sign-in page, which comes back to `returnTo` (a path on this site, never personal data),
 * in the language the person is reading (not personal data either). English is the page's own default.
 */
export function signInUrl(returnTo: string, language: string) {
  const lang = language === 'en' ? '' : `&lang=${encodeURIComponent(language)}`
  return `${gatewayBaseUrl}/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}${lang}`
}
