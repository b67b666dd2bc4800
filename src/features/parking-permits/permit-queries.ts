import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { GatewayClient } from '#src/gateway/client'
import type { ResidentPermit, VehicleProof } from '#src/gateway/contract/parking-permits'
import { unwrap } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'
import type { EvidenceFile } from '#src/evidence/evidence-file'
import { outcomeAsResult, type SubmitOutcome } from '#src/outbox/submit'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { useSubmit } from '#src/outbox/use-outbox'
import { accountSummaryKey, amountsOwedKey, parkingPermitsKey } from '#src/session/account-queries'
import { useSignedInPersonId } from '#src/session/session-queries'

export const residentPermitsKey = ['resident-permits'] as const
export const residentPermitKey = (reference: string) => [...residentPermitsKey, reference] as const
export const permitEligibilityKey = ['resident-permits-eligibility'] as const

export const residentPermitsQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: residentPermitsKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('listResidentPermits', { signal })).permits,
    meta: { readableOffline: true },
  })

export function useResidentPermits() {
  return useQuery(residentPermitsQuery(useGateway()))
}

export const residentPermitQuery = (gateway: GatewayClient, reference: string) =>
  queryOptions({
    queryKey: residentPermitKey(reference),
    queryFn: async ({ signal }) => unwrap(await gateway.call('getResidentPermit', { params: { reference }, signal })),
    meta: { readableOffline: true },
  })

export function useResidentPermit(reference: string) {
  return useQuery(residentPermitQuery(useGateway(), reference))
}

export const permitEligibilityQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: permitEligibilityKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('getResidentPermitEligibility', { signal })),
    meta: { readableOffline: true },
  })

export function usePermitEligibility() {
  return useQuery(permitEligibilityQuery(useGateway()))
}

/** The DVLA look-up, asked by POST so the registration stays out of addresses and logs. Needs a signal; changes nothing. */
export function useLookUpVehicle() {
  const gateway = useGateway()
  return useMutation({
    mutationFn: (registration: string) => gateway.call('lookUpVehicle', { body: { registration }, idempotencyKey: crypto.randomUUID() }),
  })
}

/** After any permit is sent: the permits, what is owed and the home page change. */
function usePermitSent() {
  const queryClient = useQueryClient()
  return () => {
    for (const queryKey of [residentPermitsKey, permitEligibilityKey, parkingPermitsKey, accountSummaryKey, amountsOwedKey]) {
      void queryClient.invalidateQueries({ queryKey })
    }
  }
}

/** Kiosks and shared computers keep nothing to send later: the person is told so, not just that it failed. */
function sentOrKept<Result>(outcome: SubmitOutcome<Result>) {
  return { ...outcomeAsResult(outcome), notKept: outcome.state === 'not-sent' }
}

const fingerprintOf = (files: EvidenceFile[]) => files.map((file) => [file.name, file.blob.size])

export interface PermitApplication {
  registration: string
  vehicleProof: VehicleProof
  addressProofs: EvidenceFile[]
  vehicleProofs: EvidenceFile[]
}

/** The application goes through the outbox with its proofs, so one made with no signal goes, once, later. */
export function useApplyForPermit() {
  const submit = useSubmit(useSignedInPersonId() ?? '')
  const submission = useSubmissionKey('resident-permit-application')
  const sent = usePermitSent()
  return useMutation({
    mutationFn: async ({ registration, vehicleProof, addressProofs, vehicleProofs }: PermitApplication) => {
      const application = { registration, vehicleProof }
      const key = submission.keyFor({ application, address: fingerprintOf(addressProofs), vehicle: fingerprintOf(vehicleProofs) })
      return sentOrKept<ResidentPermit>(await submit('resident-permit-application', { application, addressProofs, vehicleProofs }, key))
    },
    onSuccess: (result) => {
      if (!result.ok) return
      submission.succeeded()
      sent()
    },
  })
}

export function useRenewPermit(reference: string) {
  const submit = useSubmit(useSignedInPersonId() ?? '')
  const submission = useSubmissionKey('resident-permit-renewal')
  const sent = usePermitSent()
  return useMutation({
    mutationFn: async () =>
      sentOrKept<ResidentPermit>(await submit('resident-permit-renewal', { reference }, submission.keyFor({ reference }))),
    onSuccess: (result) => {
      if (!result.ok) return
      submission.succeeded()
      sent()
    },
  })
}

export interface VehicleChange {
  registration: string
  vehicleProof: VehicleProof
  vehicleProofs: EvidenceFile[]
}

export function useChangePermitVehicle(reference: string) {
  const submit = useSubmit(useSignedInPersonId() ?? '')
  const submission = useSubmissionKey('resident-permit-vehicle')
  const sent = usePermitSent()
  return useMutation({
    mutationFn: async ({ registration, vehicleProof, vehicleProofs }: VehicleChange) => {
      const change = { registration, vehicleProof }
      const key = submission.keyFor({ reference, change, vehicle: fingerprintOf(vehicleProofs) })
      return sentOrKept<ResidentPermit>(await submit('resident-permit-vehicle', { reference, change, vehicleProofs }, key))
    },
    onSuccess: (result) => {
      if (!result.ok) return
      submission.succeeded()
      sent()
    },
  })
}
