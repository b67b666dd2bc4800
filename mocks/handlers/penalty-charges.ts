import { http, HttpResponse, type HttpHandler } from 'msw'
import type { PenaltyCharge, PenaltyChargeChallenge } from '#src/gateway/contract/penalty-charges'
import { isBlank, meaningfulText } from '#src/ui/typed-text'
import { gatewayRoute, ok, refuse, toMswPath, type GatewayOptions } from '../gateway-route'
import { enforcementPhotoSvg } from '../enforcement-photos'
import { amountDueNow, type PenaltyChargeRecord } from '../penalty-charges-seed'
import type { Persona } from '../personas'
import type { ReferenceCouncil } from '../reference-council'
import { cancelOpenPayments } from './payments'
import { takeEvidenceFor } from './evidence'

/** A link from a lookup pays for one charge without signing in, for as long as paying it takes. */
const LOOKUP_LINK_LIFETIME_MS = 30 * 60 * 1000

/** The same answer for a wrong number and a wrong registration, so a guess learns nothing of which was right. */
const notFound = () => refuse(404, 'We could not find a penalty charge with that number and registration')

/** What the person is told of a challenge: the statement they wrote stays with the council. */
function challengeAnswer(challenge: NonNullable<PenaltyChargeRecord['challenge']>): PenaltyChargeChallenge {
  const { reference, ground, receivedAt, status, decidedOn, decision, documents } = challenge
  return { reference, ground, receivedAt, status, decidedOn, decision, documents }
}

export function penaltyChargeHandlers(council: ReferenceCouncil, options: GatewayOptions): HttpHandler[] {
  const photoPath = (photoId: string) => `${options.basePath.replace(/^https?:\/\/[^/]+/, '')}/penalty-charge-photos/${photoId}`

  function answerOf(charge: PenaltyChargeRecord): PenaltyCharge {
    return {
      ...charge,
      photos: charge.photos.map((photo) => ({ address: photoPath(photo.photoId), description: photo.description })),
      amountDueNow: amountDueNow(charge, council.now()),
      challenge: charge.challenge && challengeAnswer(charge.challenge),
    }
  }

  const ownCharge = (person: Persona, reference: string | undefined) =>
    person.penaltyCharges.find((charge) => charge.reference === reference)

  /** One link per charge at a time: a second lookup while the first is still good gives the same one. */
  function lookupLinkFor(person: Persona, charge: PenaltyChargeRecord): string {
    const owedId = `pcn-${charge.reference}`
    const soon = new Date(council.now() + 5 * 60 * 1000).toISOString()
    for (const [token, link] of council.state.paymentLinks) {
      if (link.sentBy === null && link.personId === person.id && link.owedId === owedId && link.expiresAt > soon) return token
    }
    const token = crypto.randomUUID()
    const expiresAt = new Date(council.now() + LOOKUP_LINK_LIFETIME_MS).toISOString()
    council.state.paymentLinks.set(token, { personId: person.id, owedId, expiresAt, sentBy: null })
    return token
  }

  return [
    gatewayRoute(council, options, 'listPenaltyCharges', ({ person }) => ok({ penaltyCharges: person.penaltyCharges.map(answerOf) })),

    gatewayRoute(council, options, 'getPenaltyCharge', ({ person, params }) => {
      const charge = ownCharge(person, params.reference)
      return charge ? ok(answerOf(charge)) : refuse(404, 'This person has no such penalty charge')
    }),

    gatewayRoute(council, options, 'findPenaltyCharge', ({ body }) => {
      for (const person of Object.values(council.state.people)) {
        const charge = person.penaltyCharges.find(
          (candidate) => candidate.reference === body.pcnNumber && candidate.vehicleRegistration === body.vehicleRegistration,
        )
        if (charge) {
          return ok({
            penaltyCharge: answerOf(charge),
            paymentLinkToken: charge.status === 'unpaid' ? lookupLinkFor(person, charge) : null,
          })
        }
      }
      return notFound()
    }),

    gatewayRoute(council, options, 'challengePenaltyCharge', ({ person, params, body }) => {
      const charge = ownCharge(person, params.reference)
      if (!charge) return refuse(404, 'This person has no such penalty charge')
      if (charge.status !== 'unpaid') return refuse(409, `This penalty charge is ${charge.status} and cannot be challenged online`)
      if (isBlank(body.statement)) {
        return refuse(422, 'Say why you are challenging the penalty charge', [
          { field: 'statement', code: 'statement.missing', message: 'Say why you think you should not pay' },
        ])
      }
      const documentsRefused = takeEvidenceFor(person, body.evidenceIds, { for: 'penalty-charge-challenge', reference: charge.reference })
      if (documentsRefused) {
        return refuse(
          422,
          'Add your documents again',
          documentsRefused.map((problem) => ({ ...problem, field: 'evidenceIds' })),
        )
      }
      charge.status = 'challenged'
      const challenge: NonNullable<PenaltyChargeRecord['challenge']> = {
        reference: council.reference('PCC'),
        ground: body.ground,
        statement: meaningfulText(body.statement),
        receivedAt: new Date(council.now()).toISOString(),
        status: 'received',
        decidedOn: null,
        decision: null,
        documents: body.evidenceIds.length,
      }
      charge.challenge = challenge
      // Payment is on hold while the council considers it: a card page left open can no longer pay.
      cancelOpenPayments(council, person.id, `pcn-${charge.reference}`)
      return ok(challengeAnswer(challenge))
    }),

    // The officer's photos, by an address that names nothing of the person. Never kept by a browser or the service worker.
    http.get(toMswPath(options.basePath, '/penalty-charge-photos/:photoId'), ({ params }) => {
      for (const person of Object.values(council.state.people)) {
        for (const charge of person.penaltyCharges) {
          const photo = charge.photos.find((candidate) => candidate.photoId === params.photoId)
          if (photo) {
            return new HttpResponse(enforcementPhotoSvg(charge, photo), {
              headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
            })
          }
        }
      }
      return new HttpResponse('There is no such photo', { status: 404, headers: { 'Cache-Control': 'no-store' } })
    }),
  ]
}
