/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { createGatewayClient } from './gateway/client'
import { gatewayBaseUrl } from './gateway/gateway-config'
import { flushOutbox } from './outbox/flush-outbox'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] }

// Only the app itself is cached: its code, styles, texts and icons. Gateway answers hold personal
// data, so they are never put in Cache Storage; the signed-in person's data lives in IndexedDB.
precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }))

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting()
})

interface SyncEvent extends ExtendableEvent {
  tag: string
}

/** Background Sync runs the same sender as the page, under the same lock, for whoever is signed in. */
self.addEventListener('sync', (event) => {
  const sync = event as SyncEvent
  if (sync.tag !== 'outbox') return
  sync.waitUntil(
    (async () => {
      const gateway = createGatewayClient({ baseUrl: gatewayBaseUrl })
      const session = await gateway.call('getSession')
      // Could not ask who is signed in: fail, so the browser tries this sync again later.
      if (!session.ok) throw new Error('Could not reach the gateway to check the session')
      if (!session.data.signedIn) return
      const outcome = await flushOutbox(gateway, session.data.person.id)
      // Still waiting: reject so the browser tries this sync again later.
      if (outcome === 'waiting') throw new Error('Some items are still waiting to send')
    })(),
  )
})
