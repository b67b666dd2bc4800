import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { language as languages } from '#src/gateway/contract/common'
import { appointmentPurpose, type AppointmentPurpose, type InterpreterLanguage, type Place } from '#src/gateway/contract/bookings'
import { failureOf } from '#src/gateway/errors'
import { languageFacts } from '#src/i18n/languages'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { GatewayWords } from '#src/ui/gateway-words'
import { Radios, Select } from '#src/ui/fields'
import { Loading } from '#src/ui/page'
import { said, useSaidErrors } from '#src/ui/said'
import { Button } from '#src/ui/button'
import {
  BookingJourneyLayout,
  emptyFaceToFace,
  FACE_TO_FACE_DRAFT,
  LegendHeading,
  QuestionPage,
  useBookingJourney,
  useReturningToCheck,
  type FaceToFaceDraft,
} from './booking-journey'
import { useBookingOptions, usePlaceSlots } from './booking-queries'
import { ChooseTime } from './choose-time'

export const faceToFacePaths = {
  place: '/bookings/face-to-face',
  purpose: '/bookings/face-to-face/purpose',
  interpreter: '/bookings/face-to-face/interpreter',
  time: '/bookings/face-to-face/time',
  check: '/bookings/face-to-face/check',
} as const

export function FaceToFaceJourney() {
  return <BookingJourneyLayout name={FACE_TO_FACE_DRAFT} empty={emptyFaceToFace} />
}

const useJourney = () => useBookingJourney<FaceToFaceDraft>()

/** Continue goes to the next question, or straight back to check your answers when the person came to change one. */
function useGoOn(next: string) {
  const navigate = useNavigate()
  const returning = useReturningToCheck()
  return () => void navigate(returning ? faceToFacePaths.check : next)
}

function useBack(previous: string) {
  return useReturningToCheck() ? faceToFacePaths.check : previous
}

/** "Step-free access" or not, and the address, under a place's name. */
export function PlaceHint({ place }: { place: Place }) {
  const { t } = useTranslation('booking')
  return (
    <>
      <GatewayWords className="app-place-address">{place.address}</GatewayWords>
      <br />
      <span>{place.stepFreeAccess ? t('place.stepFree') : t('place.notStepFree')}</span>
    </>
  )
}

export function ChoosePlacePage() {
  const { t } = useTranslation('booking')
  const { draft, change } = useJourney()
  const options = useBookingOptions()
  const [placeId, setPlaceId] = useState(draft.placeId)
  const [errors, setErrors] = useSaidErrors<'place'>('booking')
  const goOn = useGoOn(faceToFacePaths.purpose)

  function next(event: FormEvent) {
    event.preventDefault()
    if (!placeId) return setErrors({ place: said('errors.place.missing') })
    // Another place has other times: a time chosen at the last one no longer fits.
    change(placeId === draft.placeId ? { placeId } : { placeId, slot: null, hold: null })
    goOn()
  }

  return (
    <QuestionPage
      title={t('place.title')}
      caption={t('faceToFace.caption')}
      back={useBack('/')}
      heading={false}
      errors={errors.place ? [{ href: 'place', text: errors.place }] : []}
    >
      {options.isPending ? <Loading /> : null}
      {options.isError ? <GatewayFailureMessage failure={failureOf(options.error)} onTryAgain={() => void options.refetch()} /> : null}
      {options.data ? (
        <form noValidate onSubmit={next}>
          <Radios
            id="place"
            name="place"
            legend={<LegendHeading>{t('place.title')}</LegendHeading>}
            legendSize="l"
            error={errors.place}
            value={placeId}
            onChange={setPlaceId}
            choices={options.data.places.map((place) => ({
              value: place.id,
              label: <GatewayWords>{place.name}</GatewayWords>,
              hint: <PlaceHint place={place} />,
            }))}
          />
          <Button>{t('continue')}</Button>
        </form>
      ) : null}
    </QuestionPage>
  )
}

export function ChoosePurposePage() {
  const { t } = useTranslation('booking')
  const { draft, change } = useJourney()
  const options = useBookingOptions()
  const [purpose, setPurpose] = useState<AppointmentPurpose | null>(draft.purpose)
  const [errors, setErrors] = useSaidErrors<'purpose'>('booking')
  const goOn = useGoOn(faceToFacePaths.interpreter)
  const purposes = options.data?.purposes ?? appointmentPurpose.options

  function next(event: FormEvent) {
    event.preventDefault()
    if (!purpose) return setErrors({ purpose: said('errors.purpose.missing') })
    change({ purpose })
    goOn()
  }

  return (
    <QuestionPage
      title={t('purpose.title')}
      caption={t('faceToFace.caption')}
      back={useBack(faceToFacePaths.place)}
      heading={false}
      errors={errors.purpose ? [{ href: 'purpose', text: errors.purpose }] : []}
    >
      <form noValidate onSubmit={next}>
        <Radios
          id="purpose"
          name="purpose"
          legend={<LegendHeading>{t('purpose.title')}</LegendHeading>}
          legendSize="l"
          hint={t('purpose.hint')}
          error={errors.purpose}
          value={purpose}
          onChange={(value) => setPurpose(value as AppointmentPurpose)}
          choices={purposes.map((value) => ({ value, label: t(`purposes.${value}`) }))}
        />
        <Button>{t('continue')}</Button>
      </form>
    </QuestionPage>
  )
}

/** Interpreters in the app's languages other than English, each by its own name, and British Sign Language. */
export function useInterpreterLanguages(): { value: InterpreterLanguage; label: string; lang?: string; dir?: 'ltr' | 'rtl' }[] {
  const { t } = useTranslation('booking')
  return [
    ...languages.options
      .filter((language) => language !== 'en')
      .map((language) => ({
        value: language as InterpreterLanguage,
        label: languageFacts[language].ownName,
        lang: languageFacts[language].htmlLang,
        dir: languageFacts[language].direction,
      })),
    { value: 'bsl' as InterpreterLanguage, label: t('interpreter.bsl') },
  ]
}

export function InterpreterPage() {
  const { t } = useTranslation('booking')
  const { draft, change } = useJourney()
  const [needed, setNeeded] = useState(draft.interpreterNeeded)
  const [language, setLanguage] = useState<string>(draft.interpreter ?? '')
  const [errors, setErrors] = useSaidErrors<'needed' | 'language'>('booking')
  const goOn = useGoOn(faceToFacePaths.time)
  const interpreterLanguages = useInterpreterLanguages()

  function next(event: FormEvent) {
    event.preventDefault()
    if (!needed) return setErrors({ needed: said('errors.interpreter.missing') })
    const chosen = interpreterLanguages.find((option) => option.value === language)
    if (needed === 'yes' && !chosen) return setErrors({ language: said('errors.language.missing') })
    setErrors({})
    change({ interpreterNeeded: needed, interpreter: needed === 'yes' && chosen ? chosen.value : null })
    goOn()
  }

  const errorList = [
    ...(errors.needed ? [{ href: 'needed', text: errors.needed }] : []),
    ...(errors.language ? [{ href: 'language', text: errors.language }] : []),
  ]
  return (
    <QuestionPage
      title={t('interpreter.title')}
      caption={t('faceToFace.caption')}
      back={useBack(faceToFacePaths.purpose)}
      heading={false}
      errors={errorList}
    >
      <form noValidate onSubmit={next}>
        <Radios
          id="needed"
          name="needed"
          legend={<LegendHeading>{t('interpreter.title')}</LegendHeading>}
          legendSize="l"
          hint={t('interpreter.hint')}
          error={errors.needed}
          value={needed}
          onChange={(value) => setNeeded(value as 'yes' | 'no')}
          choices={[
            {
              value: 'yes',
              label: t('interpreter.yes'),
              conditional: (
                <Select
                  id="language"
                  name="language"
                  label={t('interpreter.language')}
                  error={errors.language}
                  value={language}
                  onChange={setLanguage}
                  options={[{ value: '', label: t('interpreter.chooseLanguage') }, ...interpreterLanguages]}
                />
              ),
            },
            { value: 'no', label: t('interpreter.no') },
          ]}
        />
        <Button>{t('continue')}</Button>
      </form>
    </QuestionPage>
  )
}

export function FaceToFaceTimePage() {
  const { t } = useTranslation('booking')
  const { draft, change } = useJourney()
  const navigate = useNavigate()
  const slots = usePlaceSlots(draft.placeId)
  const back = useBack(faceToFacePaths.interpreter)
  if (!draft.placeId) return <NotStarted />
  return (
    <ChooseTime
      kind="face_to_face"
      slots={slots}
      chosen={draft.slot}
      caption={t('faceToFace.caption')}
      legend={t('time.faceToFaceLegend')}
      back={back}
      onChosen={(slot, hold) => {
        change({ slot, hold })
        void navigate(faceToFacePaths.check)
      }}
    />
  )
}

/** A later step opened with nothing chosen yet, from a bookmark or after booking: start at the beginning. */
export function NotStarted({ start = faceToFacePaths.place }: { start?: string }) {
  const { t } = useTranslation('booking')
  const navigate = useNavigate()
  return (
    <QuestionPage title={t('notStarted.title')} caption={t('caption')} back={start}>
      <p className="govuk-body">{t('notStarted.body')}</p>
      <Button type="button" onClick={() => void navigate(start)}>
        {t('notStarted.start')}
      </Button>
    </QuestionPage>
  )
}
