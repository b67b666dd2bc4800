import { act, renderHook, waitFor } from '@testing-library/react'
import { http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { createGatewayClient } from '#src/gateway/client'
import { gatewayServer, signInAs } from '#test/gateway-server'
import { flushOutbox, outboxIsBeingSent } from './flush-outbox'
import { addToOutbox, outboxFor, updateOutboxItem } from './outbox-store'
import { useOutbox } from './use-outbox'

// Wrapped so one test can hold a read at the point where it asks whether anything is sending.
vi.mock('./flush-outbox', async (original) => {
  const actual = await original<typeof import('./flush-outbox')>()
  return { ...actual, outboxIsBeingSent: vi.fn(actual.outboxIsBeingSent) }
})

// Wrapped so a test can count how often the whole outbox is read.
vi.mock('./outbox-store', async (original) => {
  const actual = await original<typeof import('./outbox-store')>()
  return { ...actual, outboxFor: vi.fn(actual.outboxFor) }
})

const gateway = () => createGatewayClient({ baseUrl: '/api', backoffMs: 0, retries: 0, timeoutMs: 2000 })
const comment = { reference: 'SR-1047760', body: { text: 'Cut off', photoIds: [] } }

describe('what is waiting to send, as the person sees it', () => {
  it('shows an item a closed tab left marked "sending" as waiting, because nothing is sending it', async () => {
    await addToOutbox({ id: 'c-1', personId: 'owner', kind: 'comment', payload: comment })
    await updateOutboxItem('c-1', { state: 'sending', attempts: 1 })

    const { result } = renderHook(() => useOutbox('owner'))

    await waitFor(() => expect(result.current).toHaveLength(1))
    expect(result.current[0]?.state).toBe('queued')
  })

  it('shows "sending" while it really is being sent', async () => {
    signInAs('owner')
    let answer: () => void = () => {}
    const answered = new Promise<void>((resolve) => {
      answer = resolve
    })
    let arrived: () => void = () => {}
    const hasArrived = new Promise<void>((resolve) => {
      arrived = resolve
    })
    gatewayServer.use(
      http.post('*/api/me/requests/:reference/comments', async () => {
        arrived()
        // Then on to the reference gateway, to add it.
        await answered
      }),
    )
    await addToOutbox({ id: 'c-2', personId: 'owner', kind: 'comment', payload: comment })
    const { result } = renderHook(() => useOutbox('owner'))
    await waitFor(() => expect(result.current[0]?.state).toBe('queued'))

    const sending = flushOutbox(gateway(), 'owner')
    await hasArrived
    await waitFor(() => expect(result.current[0]?.state).toBe('sending'))
    answer()
    await sending
    await waitFor(() => expect(result.current[0]?.state).toBe('sent'))
  })

  it('never lets an older read, finishing late, put back a sent item as waiting', async () => {
    await addToOutbox({ id: 'c-3', personId: 'owner', kind: 'comment', payload: comment })
    await updateOutboxItem('c-3', { state: 'sending', attempts: 1 })
    let answerFirstRead: (sending: boolean) => void = () => {}
    let firstReadAsked: () => void = () => {}
    const firstReadHeld = new Promise<void>((resolve) => {
      firstReadAsked = resolve
    })
    vi.mocked(outboxIsBeingSent).mockImplementationOnce(
      () =>
        new Promise<boolean>((resolve) => {
          answerFirstRead = resolve
          firstReadAsked()
        }),
    )

    const { result } = renderHook(() => useOutbox('owner'))
    await firstReadHeld
    await updateOutboxItem('c-3', { state: 'sent' })
    await waitFor(() => expect(result.current[0]?.state).toBe('sent'))

    // The first read, which saw "sending" with nothing sending it, finishes last.
    await act(async () => {
      answerFirstRead(false)
      await new Promise((settled) => setTimeout(settled, 0))
    })
    expect(result.current[0]?.state).toBe('sent')
  })

  it('reads the outbox a few times for a burst of changes, not once for each, so sending many items keeps the phone free', async () => {
    await addToOutbox({ id: 'c-4', personId: 'owner', kind: 'comment', payload: comment })
    const { result } = renderHook(() => useOutbox('owner'))
    await waitFor(() => expect(result.current).toHaveLength(1))
    vi.mocked(outboxFor).mockClear()

    for (let attempts = 1; attempts <= 20; attempts++) await updateOutboxItem('c-4', { attempts })

    await waitFor(() => expect(result.current[0]?.attempts).toBe(20))
    // Read once for each change, it is 20; at most one read every 100 ms leaves room for a slow machine.
    expect(vi.mocked(outboxFor).mock.calls.length).toBeLessThan(10)
  })
})
