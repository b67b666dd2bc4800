import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { EvidenceFile } from '#src/evidence/evidence-file'
import type { GatewayClient } from '#src/gateway/client'
import type { Language } from '#src/gateway/contract/common'
import type { NewPenaltyChargeChallenge } from '#src/gateway/contract/penalty-charges'
import { unwrap } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'
import { outcomeAsResult } from '#src/outbox/submit'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { useSubmit } from '#src/outbox/use-outbox'
import { accountSummaryKey } from '#src/session/account-queries'
import { useSignedInPersonId } from '#src/session/session-queries'

/** The person's own penalty charges: readable offline, as a resident checks one on the street. */
export const penaltyChargesKey = ['penalty-charges'] as const
export const penaltyChargeKey = (reference: string) => [...penaltyChargesKey, reference] as const

export const penaltyChargesQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: penaltyChargesKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('listPenaltyCharges', { signal })).penaltyCharges,
    meta: { readableOffline: true },
  })

export function usePenaltyCharges() {
  return useQuery(penaltyChargesQuery(useGateway()))
}

export const penaltyChargeQuery = (gateway: GatewayClient, reference: string) =>
  queryOptions({
    queryKey: penaltyChargeKey(reference),
    queryFn: async ({ signal }) => unwrap(await gateway.call('getPenaltyCharge', { params: { reference }, signal })),
    meta: { readableOffline: true },
  })

export function usePenaltyCharge(reference: string) {
  return useQuery(penaltyChargeQuery(useGateway(), reference))
}

/** Finding a charge without signing in: asked by POST, so the number and registration stay out of URLs and logs. Never kept. */
export function useFindPenaltyCharge() {
  const gateway = useGateway()
  return useMutation({
    mutationFn: (lookup: { pcnNumber: string; vehicleRegistration: string }) => gateway.call('findPenaltyCharge', { body: lookup }),
  })
}

/** Paying from a lookup goes as a payment link does: the lookup's token pays that one charge, at the amount the gateway set. */
export function useStartLookupPayment() {
  const gateway = useGateway()
  const starting = useSubmissionKey('pay-found-penalty-charge')
  const { i18n } = useTranslation()
  return useMutation({
    mutationFn: ({ token, amount }: { token: string; amount: number }) =>
      gateway.call('startLinkPayment', {
        params: { token },
        body: { amount, language: i18n.language as Language },
        idempotencyKey: starting.keyFor({ token, amount }),
      }),
    onSuccess: (result) => {
      if (result.ok) starting.succeeded()
    },
  })
}

export interface ChallengeToSend {
  reference: string
  challenge: Omit<NewPenaltyChargeChallenge, 'evidenceIds'>
  evidence: EvidenceFile[]
}

/** A challenge goes through the outbox with its documents, so one made with no signal is kept and sent, once, later. */
export function useChallengePenaltyCharge() {
  const submit = useSubmit(useSignedInPersonId() ?? '')
  const submission = useSubmissionKey('penalty-charge-challenge')
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ reference, challenge, evidence }: ChallengeToSend) => {
      const key = submission.keyFor({ reference, challenge, evidence: evidence.map((file) => [file.name, file.blob.size]) })
      const outcome = await submit('penalty-charge-challenge', { reference, challenge, evidence }, key)
      return { ...outcomeAsResult(outcome), notKept: outcome.state === 'not-sent' }
    },
    onSuccess: (result) => {
      if (!result.ok) return
      submission.succeeded()
      void queryClient.invalidateQueries({ queryKey: penaltyChargesKey })
      void queryClient.invalidateQueries({ queryKey: accountSummaryKey })
    },
  })
}

export type ChallengingPenaltyCharge = ReturnType<typeof useChallengePenaltyCharge>
