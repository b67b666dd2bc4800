import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { evidenceSent, type EvidenceFile } from '#src/evidence/evidence-file'
import { EvidencePicker } from '#src/evidence/evidence-picker'
import type { EvidenceDocument, EvidencePurpose } from '#src/gateway/contract/evidence'
import { formatFileSize } from '#src/format/file-size'
import { useOutbox } from '#src/outbox/use-outbox'
import { useSignedInPersonId } from '#src/session/session-queries'
import { ConfirmationPanel } from '#src/ui/confirmation-panel'
import { ErrorSummary } from '#src/ui/error-summary'
import { Radios, TextInput } from '#src/ui/fields'
import { formErrorsFromGateway } from '#src/ui/form-errors-from-gateway'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { KeptToSendPage } from '#src/ui/kept-to-send-page'
import { Page } from '#src/ui/page'
import { said, useSay, type Said } from '#src/ui/said'
import { SubmitButton } from '#src/ui/submit-button'
import { useSendEvidence } from './evidence-queries'
import { usePurposeWords } from './purpose-words'

const NS = 'evidence'
const purposes = ['council-tax', 'benefit-claim', 'change-of-circumstances', 'something-else'] as const
type PurposeFor = (typeof purposes)[number]
type Field = 'purpose' | 'reference' | 'files'
const fieldOrder: Field[] = ['purpose', 'reference', 'files']
const LONGEST_REFERENCE = 30

function problemsWith(purpose: PurposeFor | null, reference: string, files: EvidenceFile[]): Partial<Record<Field, Said>> {
  const problems: Partial<Record<Field, Said>> = {}
  if (!purpose) problems.purpose = said('evidence:errors.purpose.missing')
  if (purpose === 'something-else' && !reference.trim()) problems.reference = said('evidence:errors.reference.missing')
  else if (reference.trim().length > LONGEST_REFERENCE)
    problems.reference = said('evidence:errors.reference.tooLong', { count: LONGEST_REFERENCE })
  if (files.length === 0) problems.files = said('evidence:errors.files.missing')
  return problems
}

/** Sending documents on their own: what they are for, then the files, through the outbox with progress shown. */
export function SendDocumentsPage() {
  const { t, i18n } = useTranslation(NS)
  const say = useSay(NS)
  const [purpose, setPurpose] = useState<PurposeFor | null>(null)
  const [reference, setReference] = useState('')
  const [files, setFiles] = useState<EvidenceFile[]>([])
  const [problems, setProblems] = useState<Partial<Record<Field, Said>>>({})
  const [pickingError, setPickingError] = useState<Said | null>(null)
  const { sending, sendingId } = useSendEvidence()
  const result = sending.data

  if (result?.ok) return <DocumentsSent reference={result.data.reference} documents={result.data.documents} />
  if (result?.kept) return <DocumentsWaiting />

  const failure = result && !result.ok ? result.failure : null
  const refused =
    failure?.kind === 'invalid'
      ? formErrorsFromGateway<Field>(
          failure,
          {
            namespace: NS,
            fields: { 'purpose.reference': 'reference', purpose: 'purpose', documentIds: 'files', dataBase64: 'files', parts: 'files' },
          },
          i18n,
        )
      : null
  const shown: Partial<Record<Field, Said>> = { ...refused?.byField, ...problems }
  if (pickingError) shown.files = pickingError
  const summary = [
    ...fieldOrder.flatMap((field) => (shown[field] ? [{ href: field, text: say(shown[field]) ?? '' }] : [])),
    ...(refused?.general ? [{ text: say(refused.general) ?? '' }] : []),
  ]

  function send(event: FormEvent) {
    event.preventDefault()
    const found = problemsWith(purpose, reference, files)
    setProblems(found)
    if (Object.keys(found).length > 0 || !purpose) return
    const given: EvidencePurpose = { for: purpose, reference: reference.trim() || null }
    sending.mutate({ purpose: given, files })
  }

  return (
    <Page title={t('send.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <h1 className="govuk-heading-l">{t('send.title')}</h1>
          <p className="govuk-body">{t('send.lead')}</p>
          <form noValidate onSubmit={send}>
            <Radios
              id="purpose"
              name="purpose"
              legend={t('send.purpose.legend')}
              error={say(shown.purpose)}
              value={purpose}
              onChange={(value) => setPurpose(value as PurposeFor)}
              choices={purposes.map((value) => ({
                value,
                label: t(`purposes.${value}`),
                conditional:
                  value === 'something-else' ? (
                    <TextInput
                      id="reference"
                      name="reference"
                      label={t('send.reference.label')}
                      hint={t('send.reference.hint')}
                      error={say(shown.reference)}
                      value={reference}
                      onChange={setReference}
                      autoComplete="off"
                      spellCheck={false}
                      widthClass="govuk-input--width-20"
                    />
                  ) : undefined,
              }))}
            />
            <EvidencePicker
              id="files"
              files={files}
              onChange={(chosen) => {
                setFiles(chosen)
                if (chosen.length > 0 && problems.files) setProblems(({ files: _gone, ...rest }) => rest)
              }}
              error={pickingError ? undefined : say(shown.files)}
              onPickingError={setPickingError}
            />
            {sending.isPending ? <SendingProgress id={sendingId} files={files} /> : null}
            {failure && !refused ? <GatewayFailureMessage failure={failure} /> : null}
            <SubmitButton sending={sending.isPending}>{t('send.send')}</SubmitButton>
          </form>
          <p className="govuk-body">
            <Link className="govuk-link" to="/evidence">
              {t('send.seeReceived')}
            </Link>
          </p>
        </div>
      </div>
    </Page>
  )
}

/** How much has gone, from the outbox item as the sender records each part. */
function SendingProgress({ id, files }: { id: string | null; files: EvidenceFile[] }) {
  const { t, i18n } = useTranslation(NS)
  const items = useOutbox(useSignedInPersonId())
  const item = items.find((each) => each.id === id)
  const { sentBytes, totalBytes } = evidenceSent(item?.kind === 'evidence' ? item.progress : {}, files)
  return (
    <div className="govuk-body" role="status">
      {t('send.progress', { sent: formatFileSize(sentBytes, i18n.language), total: formatFileSize(totalBytes, i18n.language) })}
    </div>
  )
}

function DocumentsSent({ reference, documents }: { reference: string; documents: EvidenceDocument[] }) {
  const { t } = useTranslation(NS)
  const purposeWords = usePurposeWords()
  return (
    <Page title={t('sent.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ConfirmationPanel title={t('sent.title')}>
            {t('sent.reference')}
            <br />
            <strong>{reference}</strong>
          </ConfirmationPanel>
          <p className="govuk-body">{t('sent.received', { count: documents.length })}</p>
          <ul className="govuk-list govuk-list--bullet">
            {documents.map((document) => (
              <li key={document.documentId} style={{ overflowWrap: 'anywhere' }}>
                {document.fileName}
              </li>
            ))}
          </ul>
          {documents[0] ? <p className="govuk-body">{t('sent.for', { what: purposeWords(documents[0].purpose) })}</p> : null}
          <h2 className="govuk-heading-m">{t('sent.nextTitle')}</h2>
          <p className="govuk-body">{t('sent.next')}</p>
          <p className="govuk-body">
            <Link className="govuk-link" to="/evidence">
              {t('send.seeReceived')}
            </Link>
          </p>
        </div>
      </div>
    </Page>
  )
}

function DocumentsWaiting() {
  const { t } = useTranslation(NS)
  return (
    <KeptToSendPage
      title={t('waiting.title')}
      body={t('waiting.body')}
      noNeed={t('waiting.noNeed')}
      links={[{ to: '/waiting', text: t('waiting.seeWaiting') }]}
    />
  )
}
