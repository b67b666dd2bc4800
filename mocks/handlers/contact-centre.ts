import type { HttpHandler } from 'msw'
import type { CallerSearch, VerificationQuestionId } from '#src/gateway/contract/contact-centre'
import { addressByUprn } from '../gazetteer'
import { gatewayRoute, ok, refuse, type GatewayOptions } from '../gateway-route'
import type { Persona } from '../personas'
import type { CallerMatch, GatewaySession, ReferenceCouncil } from '../reference-council'
import { maskEmail, maskPhone } from './masked-contact-details'

const TRIES_PER_CALL = 3

const squashed = (text: string) =>
  text
    .trim()
    .toUpperCase()
    .replace(/[\s,.'-]+/g, '')
const sameName = (a: string, b: string) => squashed(a) === squashed(b)

/** Every reference a caller might read out from a letter, a text or an email the council sent them. */
function referencesOf(person: Persona): string[] {
  return [
    ...person.requests.filter((request) => !request.followed).map((request) => request.reference),
    ...person.bookings.map((booking) => booking.reference),
    ...person.payments.map((payment) => payment.reference),
    ...person.penaltyCharges.map((charge) => charge.reference),
    ...(person.councilTax ? [person.councilTax.accountReference] : []),
    ...(person.tenancy ? [person.tenancy.reference] : []),
  ]
}

function postcodeOf(person: Persona): string | null {
  const uprn = person.profile.address?.uprn
  return uprn ? (addressByUprn(uprn)?.postcode ?? null) : null
}

function firstLineOf(person: Persona): string | null {
  const uprn = person.profile.address?.uprn
  return uprn ? (addressByUprn(uprn)?.text.split(',')[0] ?? null) : null
}

function matching(residents: Persona[], search: CallerSearch): Persona[] {
  if (search.by === 'reference')
    return residents.filter((person) => referencesOf(person).some((reference) => squashed(reference) === squashed(search.reference)))
  if (search.by === 'name-and-postcode') {
    return residents.filter(
      (person) => sameName(person.profile.name, search.name) && squashed(postcodeOf(person) ?? '') === squashed(search.postcode),
    )
  }
  return residents.filter((person) => sameName(person.profile.name, search.name) && person.dateOfBirth === search.dateOfBirth)
}

/** Never what staff already told the gateway: a caller found by date of birth is asked something else. */
function questionsFor(match: CallerMatch): VerificationQuestionId[] {
  return match.foundBy === 'name-and-date-of-birth' ? ['firstLineOfAddress', 'postcode'] : ['dateOfBirth', 'firstLineOfAddress']
}

function rightAnswer(person: Persona, question: VerificationQuestionId, answer: string): boolean {
  const expected =
    question === 'dateOfBirth' ? (person.dateOfBirth ?? null) : question === 'postcode' ? postcodeOf(person) : firstLineOf(person)
  return expected !== null && squashed(answer) !== '' && squashed(answer) === squashed(expected)
}

const matchesOf = (session: GatewaySession): Map<string, CallerMatch> => (session.callerMatches ??= new Map<string, CallerMatch>())

export function contactCentreHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  const audit = (
    staffId: Persona['id'],
    action: string,
    about: Persona['id'] | null,
    item: string,
    kind?: 'callerVerified' | 'lookedUp' | 'finishLinkSent' | 'callEnded',
  ) =>
    council.state.audit.push({
      at: new Date(council.now()).toISOString(),
      staffId,
      action,
      about,
      item,
      ...(kind ? { kind, channel: 'telephone' as const } : {}),
    })

  return [
    gatewayRoute(council, options, 'findCaller', ({ session, person, body }) => {
      const residents = Object.values(council.state.people).filter((candidate) => candidate.role === 'resident')
      const found = matching(residents, body)
      const [only] = found
      // Every search is recorded, found or not: a member of staff fishing for people shows up too.
      audit(
        person.id,
        `searched for a caller by ${body.by}`,
        found.length === 1 && only ? only.id : null,
        body.by,
        found.length === 1 ? 'lookedUp' : undefined,
      )
      if (found.length === 0 || !only) return ok({ found: 'none' as const })
      if (found.length > 1) return ok({ found: 'several' as const })
      const matches = matchesOf(session)
      const existing = [...matches.entries()].find(([, match]) => match.personId === only.id)
      if (existing) return ok({ found: 'one' as const, matchId: existing[0] })
      const matchId = crypto.randomUUID()
      matches.set(matchId, { personId: only.id, foundBy: body.by, triesLeft: TRIES_PER_CALL })
      return ok({ found: 'one' as const, matchId })
    }),

    gatewayRoute(council, options, 'startCallerVerification', ({ session, params }) => {
      const match = matchesOf(session).get(params.matchId ?? '')
      if (!match) return refuse(404, 'There is no such match on this call')
      return ok({ questions: questionsFor(match).map((id) => ({ id })), triesLeft: match.triesLeft })
    }),

    gatewayRoute(council, options, 'verifyCaller', ({ session, person, body }) => {
      const match = matchesOf(session).get(body.matchId)
      if (!match) return refuse(404, 'There is no such match on this call')
      const caller = council.state.people[match.personId]
      if (match.triesLeft <= 0) return ok({ verified: false as const, triesLeft: 0 })
      const asked = questionsFor(match)
      const answered = asked.every((question) => {
        const given = body.answers.find((answer) => answer.questionId === question)
        return given !== undefined && rightAnswer(caller, question, given.answer)
      })
      if (!answered) {
        match.triesLeft -= 1
        audit(person.id, 'caller gave wrong answers', caller.id, `${match.triesLeft} tries left`)
        return ok({ verified: false as const, triesLeft: match.triesLeft })
      }
      session.assisting = { personId: caller.id, channel: 'telephone' }
      audit(person.id, 'verified the caller and started helping them', caller.id, '', 'callerVerified')
      return ok({
        verified: true as const,
        assisting: { personId: caller.id, name: caller.profile.name, tenant: caller.tenancy !== null, channel: 'telephone' as const },
      })
    }),

    gatewayRoute(council, options, 'sendFinishLink', ({ session, person, body }) => {
      const caller = session.assisting ? council.state.people[session.assisting.personId] : null
      if (!caller) return refuse(403, 'Verify the caller before acting for them')
      const to = body.channel === 'email' ? caller.profile.email : caller.profile.phone
      if (!to)
        return refuse(422, 'No contact details for that', [
          {
            field: 'channel',
            code: 'channel.noContact',
            message: `There is no ${body.channel === 'email' ? 'email address' : 'mobile number'} for this person`,
          },
        ])
      const link = { 'report-a-problem': '/report', 'book-an-appointment': '/bookings/face-to-face', 'your-details': '/your-details' }[
        body.task
      ]
      const message = { to, subject: 'Finish what you started with the contact centre', link }
      if (body.channel === 'email') council.state.emailsSent.push(message)
      else council.state.textsSent.push(message)
      audit(person.id, `sent a link to finish ${body.task} by ${body.channel}`, caller.id, body.task, 'finishLinkSent')
      return ok({ sentTo: body.channel === 'email' ? maskEmail(to) : maskPhone(to) })
    }),

    gatewayRoute(council, options, 'endCall', ({ session, person }) => {
      if (session.assisting) audit(person.id, 'ended the call', session.assisting.personId, '', 'callEnded')
      session.assisting = null
      session.callerMatches = new Map<string, CallerMatch>()
      return ok({ ended: true as const })
    }),

    gatewayRoute(council, options, 'listMyAccountActivity', ({ person }) => {
      const activity = council.state.audit
        .filter((entry) => entry.about === person.id && entry.kind !== undefined)
        .map((entry) => ({
          at: entry.at,
          kind: entry.kind ?? 'otherChange',
          item: entry.item || null,
          by: 'contact-centre' as const,
          channel: 'telephone' as const,
        }))
        .reverse()
      return ok({ activity })
    }),
  ]
}
