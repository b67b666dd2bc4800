import { useCallback, useEffect, useRef, useState } from 'react'
import { discardDraft, loadDraft, saveDraft } from './drafts'

/**
 * A journey's answers, kept on the device as a draft (only in memory on a shared computer) so a reload does not
 * lose them. `finish` lets them go once they are sent or waiting in the outbox.
 */
export function useKeptAnswers<Answers extends object>(name: string, personId: string, noAnswers: Answers) {
  const [answers, setAnswers] = useState<Answers | null>(null)
  const loaded = useRef(false)
  const [empty] = useState(noAnswers)
  useEffect(() => {
    let current = true
    void loadDraft<Answers>(name, personId)
      // Storage blocked or broken: the journey still works, it just cannot survive a reload.
      .catch(() => null)
      .then((kept) => {
        if (current) setAnswers(kept ?? empty)
      })
    return () => {
      current = false
    }
  }, [name, personId, empty])
  useEffect(() => {
    if (!answers) return
    if (!loaded.current) {
      loaded.current = true
      return
    }
    void saveDraft(name, personId, answers).catch(() => undefined)
  }, [answers, name, personId])
  const answer = useCallback((update: Partial<Answers>) => setAnswers((current) => (current ? { ...current, ...update } : current)), [])
  const finish = useCallback(() => void discardDraft(name).catch(() => undefined), [name])
  return { answers, answer, finish }
}
