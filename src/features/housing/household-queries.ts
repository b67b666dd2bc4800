import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { HouseholdChange } from '#src/gateway/contract/housing'
import type { SendingChange } from '#src/household-change/household-change-journey'
import { outcomeAsResult } from '#src/outbox/submit'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { useSubmit } from '#src/outbox/use-outbox'
import { accountSummaryKey } from '#src/session/account-queries'
import { useSignedInPersonId } from '#src/session/session-queries'
import { tenancyKey } from './housing-queries'

/** Telling housing of a change to the household goes through the outbox, so one told offline is kept and sent, once, later. */
export function useTellHousingOfChange(): SendingChange {
  const submit = useSubmit(useSignedInPersonId() ?? '')
  const queryClient = useQueryClient()
  const submission = useSubmissionKey('household-change')
  return useMutation({
    mutationFn: async (change: HouseholdChange) => {
      const payload = { body: change }
      return outcomeAsResult(await submit('household-change', payload, submission.keyFor(payload)))
    },
    onSuccess: (result) => {
      if (!result.ok) return
      submission.succeeded()
      // The tenancy shows who lives there once housing has updated it.
      void queryClient.invalidateQueries({ queryKey: tenancyKey })
      void queryClient.invalidateQueries({ queryKey: accountSummaryKey })
    },
  })
}
