import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { PhotoPicker } from './photos/photo-picker'
import { useBackLink, useNextStep, useReportJourney } from './report-journey'
import { NoReportStarted, StepPage } from './step-page'
import { useSaidError } from '#src/ui/said'
import { Button } from '#src/ui/button'

export function PhotosPage() {
  const { t } = useTranslation('report')
  const { draft, change } = useReportJourney()
  const next = useNextStep('photos')
  const back = useBackLink('photos')
  const [pickingError, setPickingError] = useSaidError()

  function continueOn(event: FormEvent) {
    event.preventDefault()
    next()
  }

  if (!draft.serviceCode) return <NoReportStarted title={t('photos.title')} />
  return (
    <StepPage title={t('photos.title')} back={back} errors={pickingError ? [{ href: 'photos', text: pickingError }] : []}>
      <form noValidate onSubmit={continueOn}>
        <PhotoPicker
          photos={draft.photos}
          error={pickingError ?? undefined}
          onPickingError={setPickingError}
          onAdd={(added) => change((current) => ({ photos: [...current.photos, ...added] }))}
          onRemove={(id) => change((current) => ({ photos: current.photos.filter((photo) => photo.id !== id) }))}
        />
        <Button>{t('continue')}</Button>
      </form>
    </StepPage>
  )
}
