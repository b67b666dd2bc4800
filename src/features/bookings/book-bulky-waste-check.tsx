import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useCouncil } from '#src/councils/council-context'
import type { Reminder } from '#src/gateway/contract/bookings'
import type { BodyOf } from '#src/gateway/endpoints'
import { useGateway } from '#src/gateway/gateway-context'
import { formatMoney, phoneNumberText } from '#src/format/format'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { GatewayWords } from '#src/ui/gateway-words'
import { isOfflineFailure } from '#src/ui/offline-notice'
import { useSaidErrors } from '#src/ui/said'
import { alternativesIn, SlotTakenChoice, useSlotWords } from '#src/ui/slot-chooser'
import { SubmitButton } from '#src/ui/submit-button'
import { SummaryList } from '#src/ui/summary-list'
import { WarningText } from '#src/ui/warning-text'
import { bulkyWastePaths, chosenItems, totalOf } from './book-bulky-waste'
import { NotStarted } from './book-face-to-face'
import { answerErrorList, HoldNotice, missingAnswers, ReminderChoice } from './booking-check-parts'
import { QuestionPage, useBookingJourney, type BulkyWasteDraft } from './booking-journey'
import { allSlotsKey, useBookingOptions } from './booking-queries'
import { useOnline } from '#src/device/online'

/**
 * A collection is paid for before it is booked for good, and a payment never waits to be sent: so it is booked
 * straight at the gateway, then paid through the payments journey. With no signal nothing is sent; the answers stay.
 */
export function BulkyWasteCheckPage() {
  const { t, i18n } = useTranslation('booking')
  const council = useCouncil()
  const gateway = useGateway()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const online = useOnline()
  const { draft, change, finish } = useBookingJourney<BulkyWasteDraft>()
  const options = useBookingOptions()
  const slotWords = useSlotWords()
  const booking = useSubmissionKey('book-bulky-waste')
  const [reminder, setReminder] = useState<Reminder | null>(draft.reminder)
  const [alternativeId, setAlternativeId] = useState<string | null>(null)
  const [errors, setErrors] = useSaidErrors<'reminder' | 'alternative'>('booking')
  const items = chosenItems(options.data?.bulkyItems ?? [], draft.quantities)
  const book = useMutation({
    mutationFn: (slotId: string | null) => {
      const body: BodyOf<'bookAppointment'> = {
        kind: 'bulky_waste',
        ...(slotId === null && draft.hold ? { holdId: draft.hold.holdId } : { slotId: slotId ?? draft.slot?.id ?? '' }),
        requestReference: null,
        items: items.map(({ itemId, quantity }) => ({ itemId, quantity })),
        reminder: reminder ?? 'none',
      }
      return gateway.call('bookAppointment', { body, idempotencyKey: booking.keyFor(body) })
    },
    onSuccess: async (result) => {
      if (!result.ok) {
        if (alternativesIn(result.failure)) await queryClient.invalidateQueries({ queryKey: allSlotsKey })
        return
      }
      booking.succeeded()
      await finish()
      // What is owed now includes this collection: everything read before is out of date.
      await queryClient.invalidateQueries()
      void navigate(`/payments/pay/booking-${result.data.reference}`)
    },
  })

  if (!draft.slot || items.length === 0) return options.isPending ? null : <NotStarted start={bulkyWastePaths.items} />

  const failure = book.data && !book.data.ok ? book.data.failure : null
  const alternatives = alternativesIn(failure)
  const cannotPay = !online || isOfflineFailure(failure)
  const changeLink = (to: string, what: string) => [{ to: `${to}?change=1`, text: t('check.change'), visuallyHiddenText: what }]

  function continueToPayment(event: FormEvent) {
    event.preventDefault()
    if (book.isPending || book.data?.ok) return
    const found = missingAnswers(reminder, alternatives, alternativeId)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    change({ reminder })
    book.mutate(alternatives ? alternativeId : null)
  }

  const errorList = answerErrorList(errors)
  return (
    <QuestionPage title={t('check.title')} caption={t('bulky.caption')} back={bulkyWastePaths.time} errors={errorList}>
      <SummaryList
        rows={[
          {
            key: t('check.items'),
            value: (
              <ul className="govuk-list">
                {items.map(({ item, quantity }) => (
                  <li key={item.id}>
                    {t('check.item', { count: quantity, price: formatMoney(quantity * item.price, i18n.language) })}{' '}
                    <GatewayWords>{item.name}</GatewayWords>
                  </li>
                ))}
              </ul>
            ),
            actions: changeLink(bulkyWastePaths.items, t('check.items')),
          },
          { key: t('check.total'), value: formatMoney(totalOf(items), i18n.language) },
          { key: t('check.collection'), value: slotWords(draft.slot), actions: changeLink(bulkyWastePaths.time, t('check.collection')) },
        ]}
      />
      {alternatives ? null : <HoldNotice hold={draft.hold} />}
      <p className="govuk-body">{t('bulky.payWithin', { minutes: options.data?.payWithinMinutes ?? 30 })}</p>
      {cannotPay ? <WarningText>{t('bulky.offline', { phone: phoneNumberText(council.contact.phone) })}</WarningText> : null}
      <form noValidate onSubmit={continueToPayment}>
        {alternatives ? (
          <SlotTakenChoice alternatives={alternatives} value={alternativeId} onChange={setAlternativeId} error={errors.alternative} />
        ) : null}
        {failure && !alternatives && !isOfflineFailure(failure) ? <GatewayFailureMessage failure={failure} /> : null}
        <ReminderChoice value={reminder} onChange={setReminder} error={errors.reminder} />
        <SubmitButton sending={book.isPending} disabled={!online}>
          {alternatives ? t('check.payInstead') : t('check.pay')}
        </SubmitButton>
      </form>
    </QuestionPage>
  )
}
