import { useCallback, useEffect, useRef, useState } from 'react'
import { discardDraft, loadDraft, saveDraft } from './drafts'

/**
 * A form's answers, kept on the device as a draft (only in memory on a shared computer) so a reload, an error or
 * a closed tab does not lose them. Null until what was kept has been read. `finish` forgets them once sent or kept to send.
 */
export function useKeptDraft<Answers extends object>(name: string, personId: string, empty: Answers) {
  const [answers, setAnswers] = useState<Answers | null>(null)
  const loaded = useRef(false)
  // The empty answers are a starting point, read once.
  const emptyAnswers = useRef(empty)
  useEffect(() => {
    let current = true
    void loadDraft<Answers>(name, personId)
      // Storage blocked or broken: the form still works, it just cannot survive a reload.
      .catch(() => null)
      .then((kept) => {
        if (current) setAnswers(kept ? { ...emptyAnswers.current, ...kept } : emptyAnswers.current)
      })
    return () => {
      current = false
    }
  }, [name, personId])
  useEffect(() => {
    if (!answers) return
    if (!loaded.current) {
      loaded.current = true
      return
    }
    void saveDraft(name, personId, answers).catch(() => undefined)
  }, [answers, name, personId])
  const answer = useCallback((update: Partial<Answers>) => setAnswers((current) => (current ? { ...current, ...update } : current)), [])
  const finish = useCallback(() => {
    loaded.current = false
    setAnswers(emptyAnswers.current)
    void discardDraft(name).catch(() => undefined)
  }, [name])
  return { answers, answer, finish }
}
