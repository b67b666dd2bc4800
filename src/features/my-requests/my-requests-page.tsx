import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ServiceRequest } from '#src/gateway/contract/service-requests'
import { failureOf } from '#src/gateway/errors'
import { formatDate } from '#src/format/format'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { GatewayWords } from '#src/ui/gateway-words'
import { isOfflineFailure, OfflineNotice } from '#src/ui/offline-notice'
import { Loading, Page } from '#src/ui/page'
import { useMyRequests } from '#src/session/account-queries'
import { SummaryList } from '#src/ui/summary-list'
import { Tag } from '#src/ui/tag'
import { followingTagColour, inListOrder, statusKey, statusTagColour } from './request-status'
import { ButtonLink } from '#src/ui/button'

export function MyRequestsPage() {
  const { t } = useTranslation('requests')
  const requests = useMyRequests()
  const ordered = requests.data ? inListOrder(requests.data) : []
  const open = ordered.filter((request) => request.open)
  const closed = ordered.filter((request) => !request.open)
  const failure = requests.isError ? failureOf(requests.error) : null
  // With no signal, the list last seen is still worth reading; any other problem is said as before.
  const readingOffline = requests.data !== undefined && isOfflineFailure(failure)

  return (
    <Page title={t('list.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t('list.title')}</h1>
          {requests.isPending ? <Loading /> : null}
          {failure && !readingOffline ? <GatewayFailureMessage failure={failure} onTryAgain={() => void requests.refetch()} /> : null}
          {readingOffline ? <OfflineNotice updatedAt={requests.dataUpdatedAt} failure={failure} /> : null}
          {requests.data?.length === 0 ? <p className="govuk-body">{t('list.empty')}</p> : null}
          {requests.data ? <ButtonLink to="/report">{t('list.reportProblem')}</ButtonLink> : null}
          {open.length > 0 ? <RequestGroup id="open-reports" title={t('list.open')} requests={open} /> : null}
          {closed.length > 0 ? <RequestGroup id="closed-reports" title={t('list.closed')} requests={closed} /> : null}
        </div>
      </div>
    </Page>
  )
}

function RequestGroup({ id, title, requests }: { id: string; title: string; requests: ServiceRequest[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 className="govuk-heading-m" id={id}>
        {title}
      </h2>
      <ul className="govuk-list">
        {requests.map((request) => (
          <RequestItem key={request.reference} request={request} />
        ))}
      </ul>
    </section>
  )
}

function RequestItem({ request }: { request: ServiceRequest }) {
  const { t, i18n } = useTranslation(['requests', 'contact-centre'])
  const rows = [
    { key: t('fields.reference'), value: request.reference },
    { key: t('fields.where'), value: request.location },
    { key: t('fields.reportedOn'), value: formatDate(request.submittedAt, i18n.language) },
    ...(request.open && request.expectedBy ? [{ key: t('fields.expectedBy'), value: formatDate(request.expectedBy, i18n.language) }] : []),
  ]
  return (
    <li>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
        <Link className="govuk-link" to={`/requests/${encodeURIComponent(request.reference)}`}>
          <GatewayWords>{request.serviceName}</GatewayWords>
        </Link>
      </h3>
      <p className="govuk-body govuk-!-margin-bottom-2">
        <Tag colour={statusTagColour[request.status]}>{t(statusKey[request.status])}</Tag>
        {request.followed ? (
          <>
            {' '}
            <Tag colour={followingTagColour}>{t('following')}</Tag>
          </>
        ) : null}
      </p>
      <SummaryList noBorder className="govuk-!-margin-bottom-0" rows={rows} />
      {request.madeBy ? <p className="govuk-body govuk-!-margin-top-2">{t('contact-centre:madeBy')}</p> : null}
      <hr className="govuk-section-break govuk-section-break--m govuk-section-break--visible" />
    </li>
  )
}
