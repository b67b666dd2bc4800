import { renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { stepKey, useSubmissionKey } from './submission-key'

const comment = (text: string) => ({ reference: 'SR-1047760', body: { text, photoIds: [] } })

describe('the key a submission is sent with', () => {
  it('is the same when the same submission is sent again, after a lost answer or a second press', () => {
    const { result } = renderHook(() => useSubmissionKey('comment'))
    const first = result.current.keyFor(comment('Still dark at night'))
    expect(result.current.keyFor(comment('Still dark at night'))).toBe(first)
    expect(result.current.keyFor()).toBe(result.current.keyFor())
  })

  it('is the same after the form is put on screen again', () => {
    const first = renderHook(() => useSubmissionKey('comment'))
    const key = first.result.current.keyFor(comment('Still dark at night'))
    const bare = first.result.current.keyFor()
    first.unmount()

    const again = renderHook(() => useSubmissionKey('comment'))
    expect(again.result.current.keyFor(comment('Still dark at night'))).toBe(key)
    expect(again.result.current.keyFor()).toBe(bare)
  })

  it('is the same after the page is reloaded, or in a second tab, since the device keeps it', async () => {
    const before = renderHook(() => useSubmissionKey('report-a-problem'))
    const key = before.result.current.keyFor()
    before.unmount()

    vi.resetModules()
    const reloaded = await import('./submission-key')
    const after = renderHook(() => reloaded.useSubmissionKey('report-a-problem'))
    expect(after.result.current.keyFor()).toBe(key)
  })

  it('stays with a form that was open in a second tab when the first tab sent the same submission', () => {
    const firstTab = renderHook(() => useSubmissionKey('report-a-problem'))
    const secondTab = renderHook(() => useSubmissionKey('report-a-problem'))
    const sent = firstTab.result.current.keyFor()
    firstTab.result.current.succeeded()

    expect(secondTab.result.current.keyFor()).toBe(sent)
    expect(firstTab.result.current.keyFor()).not.toBe(sent)
  })

  it('is new once the submission has succeeded', () => {
    const { result } = renderHook(() => useSubmissionKey('feedback'))
    const sent = result.current.keyFor(comment('Thank you'))
    const bare = result.current.keyFor()
    result.current.succeeded()
    expect(result.current.keyFor(comment('Thank you'))).not.toBe(sent)
    expect(result.current.keyFor()).not.toBe(bare)
  })

  it('differs for a different submission, and for another form', () => {
    const { result } = renderHook(() => useSubmissionKey('comment'))
    const other = renderHook(() => useSubmissionKey('reopen'))
    const keys = [
      result.current.keyFor(comment('Still dark at night')),
      result.current.keyFor(comment('Still dark at night.')),
      result.current.keyFor({ reference: 'SR-1047761', body: { text: 'Still dark at night', photoIds: [] } }),
      result.current.keyFor(),
      other.result.current.keyFor(comment('Still dark at night')),
      other.result.current.keyFor(),
    ]
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('keeps nothing of what the person sent, only a random key named by the form', () => {
    const { result } = renderHook(() => useSubmissionKey('comment'))
    const key = result.current.keyFor(comment('Margaret Evans, 11 Kestrel Avenue'))
    const kept = Object.entries(localStorage)
    expect(kept).toEqual([['my-account.submission.comment', expect.any(String)]])
    expect(kept[0]?.[1]).not.toMatch(/Margaret|Kestrel|SR-1047760/)
    expect(key).not.toMatch(/Margaret|Kestrel|SR-1047760/)
    expect(result.current.keyFor()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('still holds for as long as the page is open where local storage is blocked', () => {
    const blocked = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Blocked', 'SecurityError')
    })
    try {
      const { result } = renderHook(() => useSubmissionKey('payment'))
      const key = result.current.keyFor({ owedId: 'rent', amount: 1000 })
      expect(result.current.keyFor({ owedId: 'rent', amount: 1000 })).toBe(key)
      result.current.succeeded()
      expect(result.current.keyFor({ owedId: 'rent', amount: 1000 })).not.toBe(key)
    } finally {
      blocked.mockRestore()
    }
  })

  it('gives each step of a submission, such as each photo of a report, its own key made from the submission’s', () => {
    expect(stepKey('report-1', 'photo-0')).toBe('report-1:photo-0')
    expect(stepKey('report-1', 'photo-1')).not.toBe(stepKey('report-1', 'photo-0'))
  })
})
