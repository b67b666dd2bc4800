/** Where the council's gateway is. Read by the page and the service worker alike. */
export const gatewayBaseUrl: string = import.meta.env.VITE_GATEWAY_URL ?? '/api'
