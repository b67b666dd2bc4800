import { useMutation } from '@tanstack/react-query'
import type { ChangeOfCircumstances } from '#src/gateway/contract/changes'
import type { EvidenceFile } from '#src/evidence/evidence-file'
import { useGateway } from '#src/gateway/gateway-context'
import { outcomeAsResult } from '#src/outbox/submit'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { useSubmit } from '#src/outbox/use-outbox'
import { useSignedInPersonId } from '#src/session/session-queries'

export interface ChangeToTell {
  change: Omit<ChangeOfCircumstances, 'evidenceIds'>
  evidence: EvidenceFile[]
}

/** A change goes through the outbox with its documents, so one told offline is kept and sent, once, later. */
export function useTellUsOfAChange() {
  const submit = useSubmit(useSignedInPersonId() ?? '')
  const submission = useSubmissionKey('report-a-change')
  return useMutation({
    mutationFn: async ({ change, evidence }: ChangeToTell) => {
      // Blobs say nothing when fingerprinted: each document is known by its name and size.
      const key = submission.keyFor({ change, evidence: evidence.map((file) => [file.name, file.blob.size]) })
      const outcome = await submit('change-of-circumstances', { change, evidence }, key)
      // A kiosk or a shared computer keeps nothing to send later: the person is told so, not just that it failed.
      return { ...outcomeAsResult(outcome), notKept: outcome.state === 'not-sent' }
    },
    onSuccess: (result) => {
      if (result.ok) submission.succeeded()
    },
  })
}

export type TellingUsOfAChange = ReturnType<typeof useTellUsOfAChange>

/** The gazetteer's addresses at a postcode: asked by POST, so the postcode stays out of URLs and logs. Needs a signal. */
export function useFindAddresses() {
  const gateway = useGateway()
  return useMutation({ mutationFn: (postcode: string) => gateway.call('findAddresses', { body: { postcode } }) })
}
