/**
 * The Idempotency-Key of each submission under way on this device, with what it started at the council (a
 * payment's id), so a retry, a reload or the same submission sent from a second tab is one submission.
 * Named by the form, never by anything of the person; it goes at sign-out with the rest of local storage.
 */
interface Kept {
  key: string
  started: string | null
}

const storageName = (form: string) => `my-account.submission.${form}`
// Where local storage is blocked, a submission is still the same one for as long as the page is open.
const inThisPage = new Map<string, Kept>()

function read(form: string): Kept | null {
  try {
    const stored = localStorage.getItem(storageName(form))
    return stored ? (JSON.parse(stored) as Kept) : (inThisPage.get(form) ?? null)
  } catch {
    return inThisPage.get(form) ?? null
  }
}

function write(form: string, kept: Kept) {
  try {
    localStorage.setItem(storageName(form), JSON.stringify(kept))
  } catch {
    inThisPage.set(form, kept)
  }
}

/** The key of the form's submission under way, made now if there is none. */
export function keptSubmissionKey(form: string): string {
  const kept = read(form)
  if (kept) return kept.key
  const made = { key: crypto.randomUUID(), started: null }
  write(form, made)
  return made.key
}

/** The submission went through: the form's next one is a new submission, with a new key. */
export function forgetSubmission(form: string) {
  inThisPage.delete(form)
  try {
    localStorage.removeItem(storageName(form))
  } catch {
    // Nothing was kept there.
  }
}

export function rememberWhatSubmissionStarted(form: string, started: string) {
  write(form, { key: keptSubmissionKey(form), started })
}

export function whatSubmissionStarted(form: string): string | null {
  return read(form)?.started ?? null
}
