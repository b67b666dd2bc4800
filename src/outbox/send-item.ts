import type { GatewayClient } from '#src/gateway/client'
import type { GatewayResult } from '#src/gateway/errors'
import type { OutboxItemOf, OutboxKind, OutboxResults } from './outbox-item'

/**
 * Sends one item with the sender for its kind. The senders, and the document upload some of them use, are fetched
 * with the first item sent rather than with every page; a phone that cannot fetch them has no connection to send on.
 */
export async function sendItem<Kind extends OutboxKind>(
  gateway: GatewayClient,
  item: OutboxItemOf<Kind>,
  keepProgress: (progress: Record<string, string>) => Promise<void>,
): Promise<GatewayResult<OutboxResults[Kind]>> {
  let senders: typeof import('./outbox-senders')
  try {
    senders = await import('./outbox-senders')
  } catch {
    return { ok: false, failure: { kind: 'offline' } }
  }
  return senders.sendItem(gateway, item, keepProgress)
}
