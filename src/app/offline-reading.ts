import type { Query, QueryCacheNotifyEvent, QueryClient, QueryKey, QueryMeta } from '@tanstack/react-query'
import {
  answersFor,
  forgetAccountAnswers,
  forgetOtherPeople,
  keepAnswer,
  lastSignedIn,
  rememberSignedIn,
  type RememberedPerson,
} from '#src/device/account-cache'
import { forgetWhatIsKeptOf } from '#src/device/forget-the-person'
import { keepsNothingOnDevice, markSharedComputer } from '#src/device/shared-computer'
import { sessionKey } from '#src/session/session-queries'
import type { Session } from '#src/gateway/contract/session'
import { failureOf } from '#src/gateway/errors'

interface SeenAnswer {
  queryKey: QueryKey
  data: unknown
  updatedAt: number
}

/** The person last signed in on this device, and the account answers last seen for them. */
interface Snapshot {
  person: RememberedPerson
  answers: Map<string, SeenAnswer>
  /** Whether the answers were put back into the query cache since the session said who this is. */
  shown: boolean
}

const snapshots = new WeakMap<QueryClient, Snapshot>()

/** The answers a resident can read again with no signal: each query says so of itself, with its meta. */
const isReadableOffline = (query: Query) => query.meta?.readableOffline === true
const isSession = (queryKey: QueryKey) => queryKey[0] === sessionKey[0]
const print = (queryKey: QueryKey) => JSON.stringify(queryKey)

/** A session that says who was signed in, for reading only: it expired long ago, so it is never taken as fresh. */
function restoredSession(person: RememberedPerson): Session {
  return {
    signedIn: true,
    person: { id: person.id, name: person.name, role: person.role === 'staff' ? 'staff' : 'resident', tenant: person.tenant },
    csrfToken: '',
    expiresAt: new Date(0).toISOString(),
    sharedDevice: false,
  }
}

/** Puts an answer into the cache as already stale, so it is shown at once and asked for again. */
function seed(queryClient: QueryClient, queryKey: QueryKey, data: unknown, updatedAt: number, meta?: QueryMeta) {
  // A kept answer can be shown before any page asks for it: built with its meta, it is still found to forget at sign-out.
  queryClient.getQueryCache().build(queryClient, { queryKey, meta })
  queryClient.setQueryData(queryKey, data, { updatedAt })
  queryClient.getQueryCache().find({ queryKey, exact: true })?.invalidate()
}

function ignoreStorageFailure(promise: Promise<unknown>) {
  // Storage can be full or refused (private browsing): the app works the same, just not offline.
  promise.catch((error: unknown) => console.warn('Could not keep the account for reading offline', error))
}

/**
 * Before the first render: reads what this device kept of the person last signed in on it. Their
 * answers go into the query cache (see keepAccountReadable) only once the gateway says that same
 * person is signed in, or cannot be reached to say; so nobody else's name or account is ever shown
 * while the gateway is asked who is signed in.
 */
export async function restoreAccount(queryClient: QueryClient) {
  snapshots.delete(queryClient)
  try {
    const person = await lastSignedIn()
    if (!person) return
    const answers = await answersFor(person.id)
    snapshots.set(queryClient, { person, answers: new Map(answers.map((answer) => [print(answer.queryKey), answer])), shown: false })
  } catch (error) {
    console.warn('Could not read the account kept for reading offline', error)
  }
}

/**
 * Keeps every account answer the signed-in person sees, for that person only, so it can be read
 * offline, and shows the kept answers again when the gateway cannot be reached. Returns a
 * function that stops it.
 */
export function keepAccountReadable(queryClient: QueryClient): () => void {
  const cache = queryClient.getQueryCache()
  let seeding = false

  const sessionNow = () => queryClient.getQueryData<Session>(sessionKey)
  const seedAnswer = (answer: SeenAnswer) => seed(queryClient, answer.queryKey, answer.data, answer.updatedAt, { readableOffline: true })
  const withSeeding = (work: () => void) => {
    seeding = true
    try {
      work()
    } finally {
      seeding = false
    }
  }

  /** The kept answers, wherever the cache has none (a newer answer in memory always wins). */
  function showAnswers(snapshot: Snapshot) {
    snapshot.shown = true
    withSeeding(() => {
      for (const answer of snapshot.answers.values()) {
        if (queryClient.getQueryData(answer.queryKey) === undefined) seedAnswer(answer)
      }
    })
  }

  function sessionAnswered(session: Session) {
    const snapshot = snapshots.get(queryClient)
    if (!session.signedIn) {
      snapshots.delete(queryClient)
      queryClient.removeQueries({ predicate: isReadableOffline })
      ignoreStorageFailure(forgetAccountAnswers())
      return
    }
    const person = { ...session.person, at: Date.now() }
    // Nothing of a caller staff are helping is kept on the staff member's computer.
    const keepNothing = session.sharedDevice || Boolean(session.assisting)
    markSharedComputer(keepNothing)
    if (snapshot?.person.id === person.id && !keepNothing) {
      snapshot.person = person
      if (!snapshot.shown) showAnswers(snapshot)
    } else {
      // Someone else, or a shared computer: nothing kept of anyone before may be shown again, and on a shared
      // computer nothing of this person is kept from now on.
      snapshots.set(queryClient, { person, answers: new Map(), shown: true })
      if (snapshot && snapshot.person.id !== person.id) void queryClient.resetQueries({ predicate: isReadableOffline })
    }
    if (keepNothing) ignoreStorageFailure(forgetWhatIsKeptOf(person.id).then(() => forgetOtherPeople(person.id)))
    else ignoreStorageFailure(rememberSignedIn(person).then(() => forgetOtherPeople(person.id)))
  }

  /** The gateway cannot be reached to say who is signed in: the person last signed in here can still read. */
  function sessionUnreachable(query: Query) {
    const snapshot = snapshots.get(queryClient)
    const kind = failureOf(query.state.error).kind
    // On a shared computer, nobody's account is shown without the gateway saying they are signed in.
    if (!snapshot || keepsNothingOnDevice() || query.state.data !== undefined || (kind !== 'offline' && kind !== 'timeout')) return
    withSeeding(() => seed(queryClient, sessionKey, restoredSession(snapshot.person), snapshot.person.at))
    showAnswers(snapshot)
  }

  function answered(query: Query) {
    const session = sessionNow()
    if (!session?.signedIn || query.state.data === undefined) return
    const { queryKey } = query
    const { data, dataUpdatedAt } = query.state
    const snapshot = snapshots.get(queryClient)
    if (snapshot?.person.id === session.person.id) snapshot.answers.set(print(queryKey), { queryKey, data, updatedAt: dataUpdatedAt })
    ignoreStorageFailure(keepAnswer(session.person.id, queryKey, data, dataUpdatedAt))
  }

  /** An answer dropped from memory (after some minutes unseen) comes back when it is asked for again. */
  function added(query: Query) {
    const snapshot = snapshots.get(queryClient)
    const session = sessionNow()
    if (!snapshot?.shown || !session?.signedIn || session.person.id !== snapshot.person.id) return
    const answer = snapshot.answers.get(print(query.queryKey))
    if (answer && query.state.data === undefined) withSeeding(() => seedAnswer(answer))
  }

  function onEvent(event: QueryCacheNotifyEvent) {
    if (seeding) return
    const { query } = event
    if (event.type === 'removed') {
      // queryClient.clear(), at sign-out: nothing is shown again until the gateway says who is signed in.
      if (isSession(query.queryKey)) snapshots.delete(queryClient)
      return
    }
    // A query already removed from the cache may still finish its fetch: its answer belongs to nobody now.
    if (cache.get(query.queryHash) !== query) return
    if (isSession(query.queryKey)) {
      if (event.type === 'updated' && event.action.type === 'success') sessionAnswered(query.state.data as Session)
      else if (event.type === 'updated' && event.action.type === 'error') sessionUnreachable(query)
      return
    }
    if (!isReadableOffline(query)) return
    if (event.type === 'added') added(query)
    else if (event.type === 'updated' && event.action.type === 'success') answered(query)
  }

  return cache.subscribe(onEvent)
}
