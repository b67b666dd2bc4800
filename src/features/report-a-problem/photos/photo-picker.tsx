import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { FileUpload } from '#src/ui/fields'
import {
  ACCEPTED_PHOTO_TYPES,
  checkPhoto,
  LARGEST_ORIGINAL_BYTES,
  MAX_PHOTOS,
  resizePhoto,
  type PhotoError,
} from '#src/evidence/resize-photo'
import { said, useSay, type Said } from '#src/ui/said'
import { Button } from '#src/ui/button'

export interface Photo {
  id: string
  blob: Blob
  name: string
}

export interface PhotoPickerProps {
  photos: Photo[]
  onAdd: (photos: Photo[]) => void
  onRemove: (id: string) => void
  resize?: typeof resizePhoto
  /** An error the parent page wants shown on the field, for example from the gateway. */
  error?: string
  /** Told what was wrong with the last choice of files (null once there is none), for the page's error summary. */
  onPickingError?: (message: Said | null) => void
}

const id = 'photos'
const megabytes = Math.round(LARGEST_ORIGINAL_BYTES / (1024 * 1024))

function photoErrorOf(failure: unknown): PhotoError {
  const message = failure instanceof Error ? failure.message : ''
  return message === 'wrongType' || message === 'tooBig' ? message : 'unreadable'
}

/** The photo from the device itself: the object URL lives exactly as long as the <img>. */
function Thumbnail({ blob, alt }: { blob: Blob; alt: string }) {
  const show = useCallback(
    (img: HTMLImageElement | null) => {
      if (!img) return
      const url = URL.createObjectURL(blob)
      img.src = url
      return () => URL.revokeObjectURL(url)
    },
    [blob],
  )
  return (
    <img
      ref={show}
      alt={alt}
      width={120}
      height={90}
      className="govuk-!-display-block govuk-!-margin-bottom-2"
      style={{ objectFit: 'cover' }}
    />
  )
}

/** A GOV.UK file upload for up to three photos, made smaller on the device before they are sent. */
export function PhotoPicker({ photos, onAdd, onRemove, resize = resizePhoto, error, onPickingError }: PhotoPickerProps) {
  const { t } = useTranslation(['photos', 'common'])
  const [working, setWorking] = useState(0)
  const [kept, setPickingError] = useState<Said | null>(null)
  const pickingError = useSay()(kept) ?? null
  const [announcement, setAnnouncement] = useState('')
  const input = useRef<HTMLInputElement>(null)
  const mounted = useRef(false)
  const focusInputNext = useRef(false)

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  // After a photo is removed its button has gone, so keep the keyboard somewhere sensible.
  useEffect(() => {
    if (!focusInputNext.current) return
    focusInputNext.current = false
    input.current?.focus()
  }, [photos])

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const field = event.currentTarget
    const files = Array.from(field.files ?? [])
    // So that choosing the same file again (after fixing or removing it) still counts as a change.
    field.value = ''
    if (files.length === 0) return

    const named = files.length > 1
    const describe = (found: PhotoError, file: File) =>
      said(named ? `photos:errors.photos.${found}Named` : `photos:errors.photos.${found}`, { name: file.name, megabytes })
    const free = MAX_PHOTOS - photos.length
    setPickingError(null)
    setAnnouncement('')
    onPickingError?.(null)
    setWorking(Math.max(0, Math.min(free, files.filter((file) => checkPhoto(file) === null).length)))

    const added: Photo[] = []
    const pickingErrors: Said[] = []
    for (const file of files) {
      const found = checkPhoto(file)
      if (found) {
        pickingErrors.push(describe(found, file))
        continue
      }
      if (added.length >= free) {
        pickingErrors.push(said('photos:errors.photos.tooMany', { count: MAX_PHOTOS }))
        break
      }
      try {
        // One at a time: a cheap phone may not have the memory to decode several big photos at once.
        const { blob } = await resize(file)
        added.push({ id: crypto.randomUUID(), blob, name: file.name })
      } catch (failure) {
        pickingErrors.push(describe(photoErrorOf(failure), file))
      }
    }

    if (!mounted.current) return
    setWorking(0)
    if (added.length > 0) onAdd(added)
    const message = pickingErrors[0] ?? null
    setPickingError(message)
    // An error is for the page's error summary to announce; here we only say what was added.
    setAnnouncement(added.length > 0 ? t('status.added', { count: added.length }) : '')
    if (message) onPickingError?.(message)
  }

  function remove(photo: Photo, number: number) {
    focusInputNext.current = true
    onRemove(photo.id)
    setAnnouncement(t('status.removed', { number }))
    if (pickingError !== null) {
      setPickingError(null)
      onPickingError?.(null)
    }
  }

  const shown = pickingError ?? error ?? null
  const full = photos.length >= MAX_PHOTOS
  return (
    <FileUpload
      ref={input}
      id={id}
      name={id}
      label={t('label')}
      hint={t('hint', { count: MAX_PHOTOS })}
      error={shown ?? undefined}
      accept={ACCEPTED_PHOTO_TYPES.join(',')}
      multiple
      hidden={full}
      disabled={full || working > 0}
      onChange={(event) => void choose(event)}
    >
      <div role="status" className={working > 0 ? 'govuk-body govuk-!-margin-top-2' : 'govuk-visually-hidden'}>
        {working > 0 ? t('status.working', { count: working }) : announcement}
      </div>
      {photos.length > 0 ? (
        <ul className="govuk-list govuk-!-margin-top-4">
          {photos.map((photo, index) => (
            <li key={photo.id} className="govuk-!-margin-bottom-4">
              <Thumbnail blob={photo.blob} alt={t('photoAlt', { number: index + 1, name: photo.name })} />
              <Button type="button" look="secondary" className="govuk-!-margin-bottom-0" onClick={() => remove(photo, index + 1)}>
                <Trans
                  t={t}
                  i18nKey="remove"
                  values={{ number: index + 1 }}
                  components={{ hidden: <span className="govuk-visually-hidden" /> }}
                />
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </FileUpload>
  )
}
