import { useCallback, useEffect, useRef, useState } from 'react'
import { discardDraft, loadDraft, saveDraft } from './drafts'

/**
 * A journey's answers, kept on the device as a draft (only in memory on a shared computer) so a reload, an error
 * or a closed tab does not lose them. Null until what was kept has been read. `finish` lets the draft go once it is
 * sent or waiting in the outbox, keeping the answers on screen for the confirmation; `startAgain` clears them too.
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
        // A draft kept by an older version may lack newer answers: those start empty.
        if (current) setAnswers(kept ? { ...empty, ...kept } : empty)
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
  const startAgain = useCallback(() => {
    loaded.current = false
    setAnswers(empty)
    finish()
  }, [empty, finish])
  return { answers, answer, finish, startAgain }
}
