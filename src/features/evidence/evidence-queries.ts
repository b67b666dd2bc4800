import { useState } from 'react'
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { EvidenceFile } from '#src/evidence/evidence-file'
import type { GatewayClient } from '#src/gateway/client'
import type { EvidencePurpose, EvidenceReceived } from '#src/gateway/contract/evidence'
import { unwrap } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'
import { outcomeAsResult } from '#src/outbox/submit'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { useSubmit } from '#src/outbox/use-outbox'
import { useSignedInPersonId } from '#src/session/session-queries'

export const myEvidenceKey = ['evidence'] as const

export const myEvidenceQuery = (gateway: GatewayClient) =>
  queryOptions({
    queryKey: myEvidenceKey,
    queryFn: async ({ signal }) => unwrap(await gateway.call('listMyEvidence', { signal })).documents,
    meta: { readableOffline: true },
  })

export function useMyEvidence() {
  return useQuery(myEvidenceQuery(useGateway()))
}

/**
 * Sends documents through the outbox, so ones chosen with no signal wait on the device and go, once, later.
 * `sendingId` is the outbox item being sent, so the page can show how much has gone.
 */
export function useSendEvidence() {
  const submit = useSubmit(useSignedInPersonId() ?? '')
  const queryClient = useQueryClient()
  const submission = useSubmissionKey('send-evidence')
  const [sendingId, setSendingId] = useState<string | null>(null)
  const sending = useMutation({
    mutationFn: async (payload: { purpose: EvidencePurpose; files: EvidenceFile[] }) => {
      // The same documents for the same purpose are one submission, however often Send is pressed.
      const id = submission.keyFor({
        purpose: payload.purpose,
        files: payload.files.map((file) => [file.name, file.contentType, file.blob.size]),
      })
      setSendingId(id)
      return outcomeAsResult<EvidenceReceived>(await submit('evidence', payload, id))
    },
    onSuccess: (result) => {
      if (!result.ok && !result.kept) return
      submission.succeeded()
      void queryClient.invalidateQueries({ queryKey: myEvidenceKey })
    },
  })
  return { sending, sendingId }
}
