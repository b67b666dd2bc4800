import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Booking, Reminder } from '#src/gateway/contract/bookings'
import { formatDateTime } from '#src/format/format'
import { SatisfactionQuestion } from '#src/feedback/satisfaction-question'
import type { OutboxPayloads } from '#src/outbox/outbox-item'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { useSubmit } from '#src/outbox/use-outbox'
import { useSignedInPersonId } from '#src/session/session-queries'
import { ConfirmationPanel } from '#src/ui/confirmation-panel'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { GatewayWords } from '#src/ui/gateway-words'
import { Page } from '#src/ui/page'
import { useSaidErrors } from '#src/ui/said'
import { alternativesIn, SlotTakenChoice, useSlotWords } from '#src/ui/slot-chooser'
import { SubmitButton } from '#src/ui/submit-button'
import { SummaryList } from '#src/ui/summary-list'
import { faceToFacePaths, NotStarted, useInterpreterLanguages } from './book-face-to-face'
import { QuestionPage, useBookingJourney, type FaceToFaceDraft } from './booking-journey'
import { allSlotsKey, myBookingsKey, useBookingOptions } from './booking-queries'
import { answerErrorList, HoldNotice, missingAnswers, ReminderChoice } from './booking-check-parts'

export function FaceToFaceCheckPage() {
  const { t } = useTranslation('booking')
  const { draft, change, finish } = useBookingJourney<FaceToFaceDraft>()
  const queryClient = useQueryClient()
  const options = useBookingOptions()
  const slotWords = useSlotWords()
  const interpreterLanguages = useInterpreterLanguages()
  const submit = useSubmit(useSignedInPersonId() ?? '')
  const booking = useSubmissionKey('book-face-to-face')
  const [reminder, setReminder] = useState<Reminder | null>(draft.reminder)
  const [alternativeId, setAlternativeId] = useState<string | null>(null)
  const [errors, setErrors] = useSaidErrors<'reminder' | 'alternative'>('booking')
  const book = useMutation({
    mutationFn: async (slotId: string | null) => {
      const payload: OutboxPayloads['book-appointment'] = {
        body: {
          kind: 'face_to_face',
          ...(slotId === null && draft.hold ? { holdId: draft.hold.holdId } : { slotId: slotId ?? draft.slot?.id ?? '' }),
          requestReference: null,
          purpose: draft.purpose,
          interpreter: draft.interpreterNeeded === 'yes' ? draft.interpreter : null,
          reminder: reminder ?? 'none',
        },
      }
      return submit('book-appointment', payload, booking.keyFor(payload))
    },
    onSuccess: async (outcome) => {
      if (outcome.state === 'sent' || outcome.state === 'waiting') {
        booking.succeeded()
        await finish()
      }
      if (outcome.state !== 'waiting') await queryClient.invalidateQueries({ queryKey: allSlotsKey })
      if (outcome.state === 'sent') await queryClient.invalidateQueries({ queryKey: myBookingsKey })
    },
  })

  const outcome = book.data
  if (outcome?.state === 'sent') return <FaceToFaceBooked booking={outcome.result} />
  if (outcome?.state === 'waiting') return <BookingWaiting />
  if (!draft.placeId || !draft.purpose || !draft.interpreterNeeded || !draft.slot) return <NotStarted />

  const place = options.data?.places.find((candidate) => candidate.id === draft.placeId)
  const refused = outcome?.state === 'refused' || outcome?.state === 'not-sent' ? outcome.failure : null
  const alternatives = alternativesIn(refused)
  const interpreter = interpreterLanguages.find((option) => option.value === draft.interpreter)
  const changeLink = (to: string, what: string) => [{ to: `${to}?change=1`, text: t('check.change'), visuallyHiddenText: what }]

  function bookIt(event: FormEvent) {
    event.preventDefault()
    const found = missingAnswers(reminder, alternatives, alternativeId)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    change({ reminder })
    book.mutate(alternatives ? alternativeId : null)
  }

  const errorList = answerErrorList(errors)
  return (
    <QuestionPage title={t('check.title')} caption={t('faceToFace.caption')} back={faceToFacePaths.time} errors={errorList}>
      <SummaryList
        rows={[
          {
            key: t('check.place'),
            value: place ? (
              <>
                <GatewayWords>{place.name}</GatewayWords>
                <br />
                <GatewayWords>{place.address}</GatewayWords>
              </>
            ) : null,
            actions: changeLink(faceToFacePaths.place, t('check.place')),
          },
          {
            key: t('check.purpose'),
            value: t(`purposes.${draft.purpose}`),
            actions: changeLink(faceToFacePaths.purpose, t('check.purpose')),
          },
          {
            key: t('check.interpreter'),
            value: interpreter ? <span lang={interpreter.lang}>{interpreter.label}</span> : t('check.noInterpreter'),
            actions: changeLink(faceToFacePaths.interpreter, t('check.interpreter')),
          },
          { key: t('check.time'), value: slotWords(draft.slot), actions: changeLink(faceToFacePaths.time, t('check.time')) },
        ]}
      />
      {alternatives ? null : <HoldNotice hold={draft.hold} />}
      <form noValidate onSubmit={bookIt}>
        {alternatives ? (
          <SlotTakenChoice alternatives={alternatives} value={alternativeId} onChange={setAlternativeId} error={errors.alternative} />
        ) : null}
        {refused && !alternatives ? <GatewayFailureMessage failure={refused} /> : null}
        <ReminderChoice value={reminder} onChange={setReminder} error={errors.reminder} />
        <SubmitButton sending={book.isPending}>{alternatives ? t('check.bookInstead') : t('check.book')}</SubmitButton>
      </form>
    </QuestionPage>
  )
}

function FaceToFaceBooked({ booking }: { booking: Booking }) {
  const { t, i18n } = useTranslation('booking')
  return (
    <Page title={t('booked.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ConfirmationPanel title={t('booked.title')}>
            {t('booked.reference')}
            <br />
            <strong>{booking.reference}</strong>
          </ConfirmationPanel>
          <p className="govuk-body">{t('booked.when', { when: formatDateTime(booking.startsAt, i18n.language) })}</p>
          {booking.place ? (
            <p className="govuk-body">
              <GatewayWords>{booking.place.name}</GatewayWords>, <GatewayWords>{booking.place.address}</GatewayWords>
            </p>
          ) : null}
          <h2 className="govuk-heading-m">{t('booked.bringTitle')}</h2>
          <ul className="govuk-list govuk-list--bullet">
            <li>{t('booked.bringId')}</li>
            <li>{t('booked.bringLetters')}</li>
          </ul>
          {booking.reminder === 'day_before' ? <p className="govuk-body">{t('booked.reminder')}</p> : null}
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to={`/bookings/${booking.reference}`}>
                {t('booked.see')}
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to="/bookings">
                {t('booked.yourBookings')}
              </Link>
            </li>
          </ul>
          <SatisfactionQuestion page="book-face-to-face" />
        </div>
      </div>
    </Page>
  )
}

/** Sent with no signal: it waits on the device, as a request for the time chosen. */
export function BookingWaiting() {
  const { t } = useTranslation('booking')
  return (
    <Page title={t('waiting.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t('waiting.title')}</h1>
          <p className="govuk-body">{t('waiting.body')}</p>
          <p className="govuk-body">{t('waiting.ifTaken')}</p>
          <p className="govuk-body">
            <Link className="govuk-link" to="/waiting">
              {t('waiting.see')}
            </Link>
          </p>
        </div>
      </div>
    </Page>
  )
}
