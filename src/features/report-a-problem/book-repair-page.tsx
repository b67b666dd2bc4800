import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import type { Booking } from '#src/gateway/contract/bookings'
import { accountSummaryKey, myRequestsKey } from '#src/session/account-queries'
import { useSignedInPersonId } from '#src/session/session-queries'
import { outcomeAsResult } from '#src/outbox/submit'
import type { OutboxPayloads } from '#src/outbox/outbox-item'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { useSubmit } from '#src/outbox/use-outbox'
import { formatDateTime } from '#src/format/format'
import { failureOf } from '#src/gateway/errors'
import { ErrorSummary } from '#src/ui/error-summary'
import { formErrorsFromGateway } from '#src/ui/form-errors-from-gateway'
import { said, useSaidError, useSay } from '#src/ui/said'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { SubmitButton } from '#src/ui/submit-button'
import { ConfirmationPanel } from '#src/ui/confirmation-panel'
import { Loading, Page } from '#src/ui/page'
import { alternativesIn, SlotChooser, SlotTakenChoice } from '#src/ui/slot-chooser'
import { useRepairSlots } from './report-queries'

/** The hand-off from a repair report to booking the visit it needs. Only for council tenants, as the route table says. */
export function BookRepairPage() {
  const { t, i18n } = useTranslation(['report', 'booking'])
  const queryClient = useQueryClient()
  const reference = (useLocation().state as { reference?: string } | null)?.reference ?? null
  const [slotId, setSlotId] = useState<string | null>(null)
  const [alternativeId, setAlternativeId] = useState<string | null>(null)
  const [error, setError] = useSaidError('report')
  const say = useSay('report')
  const booking = useSubmissionKey('book-repair')
  const slots = useRepairSlots()
  const submit = useSubmit(useSignedInPersonId() ?? '')
  const book = useMutation({
    mutationFn: async (chosen: string) => {
      const payload: OutboxPayloads['book-appointment'] = { body: { kind: 'housing_repair', slotId: chosen, requestReference: reference } }
      return outcomeAsResult<Booking>(await submit('book-appointment', payload, booking.keyFor(payload)))
    },
    onSuccess: async (result) => {
      if (!result.ok) {
        setAlternativeId(null)
        if (result.failure.kind === 'conflict') await slots.refetch()
        return
      }
      booking.succeeded()
      await queryClient.invalidateQueries({ queryKey: accountSummaryKey })
      await queryClient.invalidateQueries({ queryKey: myRequestsKey })
    },
  })

  if (book.data?.ok) {
    return (
      <Page title={t('book.bookedTitle')}>
        <ConfirmationPanel title={t('book.bookedTitle')}>{formatDateTime(book.data.data.startsAt, i18n.language)}</ConfirmationPanel>
        <p className="govuk-body">{t('book.bookedBody', { reference: book.data.data.reference })}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            {t('book.backHome')}
          </Link>
        </p>
      </Page>
    )
  }

  const bookFailure = book.data && !book.data.ok ? book.data.failure : null
  const refusedSlot =
    bookFailure?.kind === 'invalid'
      ? say(formErrorsFromGateway(bookFailure, { namespace: 'report', fields: { slotId: 'slot' } }, i18n).byField.slot)
      : undefined
  const slotError = error ?? refusedSlot
  // Someone else took the time first: the nearest free ones are offered, and nothing is booked until one is chosen.
  const alternatives = alternativesIn(bookFailure)
  const field = alternatives?.length ? 'alternative' : 'slot'

  function bookIt(event: FormEvent) {
    event.preventDefault()
    const chosen = alternatives?.length ? alternativeId : slotId
    if (!chosen) return setError(said(alternatives?.length ? 'booking:errors.alternative.missing' : 'errors.slot.missing'))
    setError(null)
    book.mutate(chosen)
  }

  return (
    <Page title={t('book.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={slotError ? [{ href: field, text: slotError }] : []} />
          <h1 className="govuk-heading-l">{t('book.title')}</h1>
          {slots.isPending ? <Loading /> : null}
          {slots.isError ? <GatewayFailureMessage failure={failureOf(slots.error)} onTryAgain={() => void slots.refetch()} /> : null}
          {book.data && !book.data.ok && !refusedSlot && !alternatives ? (
            <GatewayFailureMessage failure={book.data.failure} kept={book.data.kept} />
          ) : null}
          {slots.data ? (
            <form noValidate onSubmit={bookIt}>
              {alternatives ? (
                <SlotTakenChoice alternatives={alternatives} value={alternativeId} onChange={setAlternativeId} error={slotError} />
              ) : null}
              {alternatives?.length ? null : (
                <SlotChooser legend={t('book.legend')} slots={slots.data} value={slotId} onChange={setSlotId} error={slotError} />
              )}
              <SubmitButton sending={book.isPending}>
                {alternatives?.length ? t('booking:check.bookInstead') : t('book.submit')}
              </SubmitButton>
            </form>
          ) : null}
        </div>
      </div>
    </Page>
  )
}
