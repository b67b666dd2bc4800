import { useTranslation } from 'react-i18next'
import type { EvidenceDocument } from '#src/gateway/contract/evidence'
import { failureOf } from '#src/gateway/errors'
import { formatFileSize } from '#src/format/file-size'
import { formatDateTime } from '#src/format/format'
import { ButtonLink } from '#src/ui/button'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { isOfflineFailure, OfflineNotice } from '#src/ui/offline-notice'
import { Loading, Page } from '#src/ui/page'
import { SummaryCard, SummaryList } from '#src/ui/summary-list'
import { useMyEvidence } from './evidence-queries'
import { usePurposeWords } from './purpose-words'

/** What the council has received: readable with no signal, from what was last seen. */
export function YourDocumentsPage() {
  const { t } = useTranslation('evidence')
  const documents = useMyEvidence()
  const failure = documents.isError ? failureOf(documents.error) : null
  const readingOffline = documents.data !== undefined && isOfflineFailure(failure)

  return (
    <Page title={t('list.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t('list.title')}</h1>
          {documents.isPending ? <Loading /> : null}
          {failure && !readingOffline ? <GatewayFailureMessage failure={failure} onTryAgain={() => void documents.refetch()} /> : null}
          {readingOffline ? <OfflineNotice updatedAt={documents.dataUpdatedAt} failure={failure} /> : null}
          {documents.data ? (
            <>
              <p className="govuk-body">{documents.data.length === 0 ? t('list.empty') : t('list.lead')}</p>
              {documents.data.map((document) => (
                <ReceivedDocument key={document.documentId} document={document} />
              ))}
            </>
          ) : null}
          <ButtonLink to="/evidence/send">{t('list.send')}</ButtonLink>
        </div>
      </div>
    </Page>
  )
}

function ReceivedDocument({ document }: { document: EvidenceDocument }) {
  const { t, i18n } = useTranslation('evidence')
  const purposeWords = usePurposeWords()
  return (
    <SummaryCard title={<span style={{ overflowWrap: 'anywhere' }}>{document.fileName}</span>}>
      <SummaryList
        rows={[
          { key: t('list.for'), value: purposeWords(document.purpose) },
          {
            key: t('list.what'),
            value: t('picker.about', {
              kind: t(document.kind === 'pdf' ? 'kind.pdf' : 'kind.photo'),
              size: formatFileSize(document.bytes, i18n.language),
            }),
          },
          { key: t('list.received'), value: formatDateTime(document.receivedAt, i18n.language) },
        ]}
      />
    </SummaryCard>
  )
}
