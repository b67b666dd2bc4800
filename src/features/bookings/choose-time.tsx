import { useMutation, useQueryClient, type UseQueryResult } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Slot, SlotHold } from '#src/gateway/contract/bookings'
import { failureOf, type GatewayFailure } from '#src/gateway/errors'
import { useGateway } from '#src/gateway/gateway-context'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { Button } from '#src/ui/button'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { isOfflineFailure } from '#src/ui/offline-notice'
import { Loading } from '#src/ui/page'
import { said, useSaidError } from '#src/ui/said'
import { alternativesIn, SlotChooser, SlotTakenChoice } from '#src/ui/slot-chooser'
import { SubmitButton } from '#src/ui/submit-button'
import { allSlotsKey } from './booking-queries'
import { QuestionPage } from './booking-journey'

/**
 * Choosing a time, then asking the gateway to keep it while the person checks their answers. If someone else has
 * just taken it, the person is told so and offered the nearest free times; nobody is moved to another time unasked.
 * With no signal the time cannot be kept, but the person can still check and send: the booking then asks for the slot.
 */
export function ChooseTime({
  kind,
  slots,
  chosen,
  caption,
  legend,
  back,
  onChosen,
}: {
  kind: Slot['kind']
  slots: UseQueryResult<Slot[]>
  chosen: Slot | null
  caption: string
  legend: string
  back: string
  onChosen: (slot: Slot, hold: SlotHold | null) => void
}) {
  const { t } = useTranslation('booking')
  const gateway = useGateway()
  const queryClient = useQueryClient()
  const [slotId, setSlotId] = useState<string | null>(chosen?.id ?? null)
  const [alternatives, setAlternatives] = useState<Slot[] | null>(null)
  const [alternativeId, setAlternativeId] = useState<string | null>(null)
  const [failure, setFailure] = useState<GatewayFailure | null>(null)
  const [error, setError] = useSaidError('booking')
  const holding = useSubmissionKey(`hold-${kind}`)
  const hold = useMutation({
    mutationFn: (slot: Slot) => {
      const body = { kind, slotId: slot.id }
      return gateway.call('holdSlot', { body, idempotencyKey: holding.keyFor(body) })
    },
    onSuccess: async (result, slot) => {
      if (result.ok) {
        holding.succeeded()
        return onChosen(slot, result.data)
      }
      if (isOfflineFailure(result.failure)) return onChosen(slot, null)
      const nearest = alternativesIn(result.failure)
      if (nearest) {
        setAlternatives(nearest)
        setAlternativeId(null)
        await queryClient.invalidateQueries({ queryKey: allSlotsKey })
        return
      }
      setFailure(result.failure)
    },
  })

  const field = alternatives ? 'alternative' : 'slot'
  const shownSlots = slots.data ?? []

  function keepIt(event: FormEvent) {
    event.preventDefault()
    setFailure(null)
    const wanted = alternatives ? alternatives.find((slot) => slot.id === alternativeId) : shownSlots.find((slot) => slot.id === slotId)
    if (!wanted) return setError(said(alternatives ? 'errors.alternative.missing' : 'errors.slot.missing'))
    setError(null)
    hold.mutate(wanted)
  }

  return (
    <QuestionPage title={t('time.title')} caption={caption} back={back} errors={error ? [{ href: field, text: error }] : []}>
      {slots.isPending ? <Loading /> : null}
      {slots.isError && !slots.data ? (
        <GatewayFailureMessage failure={failureOf(slots.error)} onTryAgain={() => void slots.refetch()} />
      ) : null}
      {failure ? <GatewayFailureMessage failure={failure} /> : null}
      {slots.data ? (
        <form noValidate onSubmit={keepIt}>
          {alternatives ? (
            <>
              <SlotTakenChoice alternatives={alternatives} value={alternativeId} onChange={setAlternativeId} error={error} />
              <p className="govuk-body">
                <Button type="button" look="secondary" onClick={() => setAlternatives(null)}>
                  {t('slotTaken.seeAll')}
                </Button>
              </p>
            </>
          ) : (
            <SlotChooser legend={legend} hint={t('time.hint')} slots={shownSlots} value={slotId} onChange={setSlotId} error={error} />
          )}
          <SubmitButton sending={hold.isPending}>{t('continue')}</SubmitButton>
        </form>
      ) : null}
    </QuestionPage>
  )
}
