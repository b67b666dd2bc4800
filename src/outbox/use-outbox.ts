import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useState } from 'react'
import { useGateway } from '#src/gateway/gateway-context'
import { accountSummaryKey, myBookingsKey, myRequestsKey } from '#src/session/account-queries'
import { flushOutbox, outboxIsBeingSent } from './flush-outbox'
import { onOutboxChange, outboxFor, type OutboxItem } from './outbox-store'
import type { OutboxKind, OutboxPayloads } from './outbox-item'
import { submitThroughOutbox } from './submit'

/** "Sending" only while a tab or the service worker really is; one cut off by a closed tab is waiting. */
async function readAsItIs(personId: string): Promise<OutboxItem[]> {
  const items = await outboxFor(personId)
  if (!items.some((item) => item.state === 'sending') || (await outboxIsBeingSent())) return items
  return items.map((item) => (item.state === 'sending' ? { ...item, state: 'queued' } : item))
}

/** The signed-in person's outbox, kept current as any tab or the service worker changes it. */
export function useOutbox(personId: string | null) {
  const [read, setRead] = useState<{ personId: string; items: OutboxItem[] } | null>(null)
  useEffect(() => {
    if (!personId) return
    let current = true
    // Reads can finish out of order (one that finds an item "sending" asks the locks first), and an older one must
    // never put back what a newer one has replaced: an item sent would show as waiting until the next change.
    let latest = 0
    const read = () => {
      const asked = ++latest
      void readAsItIs(personId).then((items) => {
        if (current && asked === latest) setRead({ personId, items })
      })
    }
    // Sending 500 items changes the outbox 1,500 times; reading all of it after each change kept the phone too busy to send.
    let soon: ReturnType<typeof setTimeout> | undefined
    const readSoon = () => {
      soon ??= setTimeout(() => {
        soon = undefined
        read()
      }, 100)
    }
    read()
    const stop = onOutboxChange(readSoon)
    return () => {
      current = false
      clearTimeout(soon)
      stop()
    }
  }, [personId])
  // What was read for someone else, or for nobody, is never shown.
  return read && read.personId === personId ? read.items : []
}

/** The person's submissions of these kinds that have not gone yet, such as a permit application made with no signal. */
export function useNotYetSent(personId: string | null, kinds: readonly OutboxKind[]): OutboxItem[] {
  return useOutbox(personId).filter((item) => item.state !== 'sent' && kinds.includes(item.kind))
}

/** How many of the person's submissions have not gone yet. */
export function useWaitingToSendCount(personId: string | null): number {
  return useOutbox(personId).filter((item) => item.state !== 'sent').length
}

export function useSubmit(personId: string) {
  const gateway = useGateway()
  const queryClient = useQueryClient()
  return useCallback(
    async <Kind extends OutboxKind>(kind: Kind, payload: OutboxPayloads[Kind], id: string) => {
      const outcome = await submitThroughOutbox(gateway, personId, kind, payload, id)
      if (outcome.state === 'sent') {
        await queryClient.invalidateQueries({ queryKey: myRequestsKey })
        await queryClient.invalidateQueries({ queryKey: myBookingsKey })
        await queryClient.invalidateQueries({ queryKey: accountSummaryKey })
      }
      return outcome
    },
    [gateway, personId, queryClient],
  )
}

/** Sends what is waiting when the app starts, when the connection returns, and when the app comes back into view. */
export function useOutboxSending(personId: string | null) {
  const gateway = useGateway()
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!personId) return
    const send = () =>
      void flushOutbox(gateway, personId).then((outcome) => {
        if (outcome === 'sent-all') void queryClient.invalidateQueries()
      })
    send()
    const whenVisible = () => {
      if (document.visibilityState === 'visible') send()
    }
    window.addEventListener('online', send)
    document.addEventListener('visibilitychange', whenVisible)
    return () => {
      window.removeEventListener('online', send)
      document.removeEventListener('visibilitychange', whenVisible)
    }
  }, [gateway, personId, queryClient])
}
