import { useEffect, useRef, useState, type ChangeEvent } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { formatFileSize } from '#src/format/file-size'
import { Button } from '#src/ui/button'
import { FileUpload } from '#src/ui/fields'
import { said, useSay, type Said } from '#src/ui/said'
import { ACCEPTED_EVIDENCE, checkEvidence, LARGEST_EVIDENCE_BYTES, MAX_EVIDENCE_FILES } from './evidence-check'
import type { EvidenceFile } from './evidence-file'
import { resizePhoto } from './resize-photo'

export interface EvidencePickerProps {
  /** The field's id, for the error summary's link. */
  id: string
  files: EvidenceFile[]
  onChange: (files: EvidenceFile[]) => void
  /** An error the page wants shown on the field, such as "Choose a document", or one from the gateway. */
  error?: string
  /** Told what was wrong with the last files chosen (null once there is nothing wrong), for the page's error summary. */
  onPickingError?: (message: Said | null) => void
  /** The label, when the page asks for something more particular than "Upload documents". */
  label?: string
  resize?: typeof resizePhoto
}

const megabytes = LARGEST_EVIDENCE_BYTES / (1024 * 1024)

/**
 * A GOV.UK file upload for up to five documents. Each is checked on the device by its bytes, never its name or
 * the type the browser reports, and a photo is made smaller as a report's photos are, so it goes over a weak signal.
 */
export function EvidencePicker({ id, files, onChange, error, onPickingError, label, resize = resizePhoto }: EvidencePickerProps) {
  const { t, i18n } = useTranslation('evidence')
  const say = useSay('evidence')
  const [kept, setPickingError] = useState<Said | null>(null)
  const [working, setWorking] = useState(false)
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

  // After a file is removed its button has gone, so keep the keyboard somewhere sensible.
  useEffect(() => {
    if (!focusInputNext.current) return
    focusInputNext.current = false
    input.current?.focus()
  }, [files])

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const field = event.currentTarget
    const chosen = Array.from(field.files ?? [])
    // So that choosing the same file again (after removing it) still counts as a change.
    field.value = ''
    if (chosen.length === 0) return
    setPickingError(null)
    onPickingError?.(null)
    setAnnouncement('')
    setWorking(true)

    const added: EvidenceFile[] = []
    const problems: Said[] = []
    for (const file of chosen) {
      if (files.length + added.length >= MAX_EVIDENCE_FILES) {
        problems.push(said('evidence:errors.files.tooMany', { count: MAX_EVIDENCE_FILES }))
        break
      }
      const checked = await checkEvidence(file)
      if ('error' in checked) {
        problems.push(said(`evidence:errors.files.${checked.error}`, { name: file.name, megabytes }))
        continue
      }
      if (checked.type === 'pdf') {
        added.push({ blob: file, name: file.name, contentType: 'application/pdf' })
        continue
      }
      try {
        // One at a time: a cheap phone may not have the memory to decode several big photos at once.
        const { blob } = await resize(file)
        added.push({ blob, name: file.name, contentType: 'image/jpeg' })
      } catch {
        // Most browsers other than Safari cannot open an iPhone's HEIC photos.
        problems.push(
          said(checked.type === 'heic' ? 'evidence:errors.files.heic' : 'evidence:errors.files.unreadable', { name: file.name }),
        )
      }
    }

    if (!mounted.current) return
    setWorking(false)
    if (added.length > 0) onChange([...files, ...added])
    const problem = problems[0] ?? null
    setPickingError(problem)
    // An error is for the page's error summary to announce; here we only say what was added.
    setAnnouncement(added.length > 0 ? t('picker.added', { count: added.length }) : '')
    if (problem) onPickingError?.(problem)
  }

  function remove(index: number) {
    const removed = files[index]
    focusInputNext.current = true
    onChange(files.filter((_, at) => at !== index))
    setAnnouncement(t('picker.removed', { name: removed?.name ?? '' }))
    if (kept) {
      setPickingError(null)
      onPickingError?.(null)
    }
  }

  const shown = say(kept) ?? error
  const full = files.length >= MAX_EVIDENCE_FILES
  return (
    <FileUpload
      ref={input}
      id={id}
      name={id}
      label={label ?? t('picker.label')}
      hint={t('picker.hint', { count: MAX_EVIDENCE_FILES, megabytes })}
      error={shown}
      accept={ACCEPTED_EVIDENCE}
      multiple
      hidden={full}
      disabled={full || working}
      onChange={(event) => void choose(event)}
    >
      <div role="status" className={working ? 'govuk-body govuk-!-margin-top-2' : 'govuk-visually-hidden'}>
        {working ? t('picker.working') : announcement}
      </div>
      {full ? <p className="govuk-body">{t('picker.full', { count: MAX_EVIDENCE_FILES })}</p> : null}
      {files.length > 0 ? (
        <>
          <h2 className="govuk-heading-s govuk-!-margin-top-4">{t('picker.chosen', { count: files.length })}</h2>
          <dl className="govuk-summary-list">
            {files.map((file, index) => (
              <div className="govuk-summary-list__row" key={`${index}:${file.name}`}>
                <dt className="govuk-summary-list__key" style={{ overflowWrap: 'anywhere' }}>
                  {file.name}
                </dt>
                <dd className="govuk-summary-list__value">
                  {t('picker.about', {
                    kind: t(file.contentType === 'application/pdf' ? 'kind.pdf' : 'kind.photo'),
                    size: formatFileSize(file.blob.size, i18n.language),
                  })}
                </dd>
                <dd className="govuk-summary-list__actions">
                  <Button type="button" look="secondary" className="govuk-!-margin-bottom-0" onClick={() => remove(index)}>
                    <Trans
                      t={t}
                      i18nKey="picker.remove"
                      values={{ name: file.name }}
                      components={{ hidden: <span className="govuk-visually-hidden" /> }}
                    />
                  </Button>
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </FileUpload>
  )
}
