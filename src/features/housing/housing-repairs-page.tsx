import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Booking } from '#src/gateway/contract/bookings'
import type { ServiceRequest } from '#src/gateway/contract/service-requests'
import { failureOf } from '#src/gateway/errors'
import { formatDate, formatDay, formatTimeOf } from '#src/format/format'
import { BackLink } from '#src/ui/back-link'
import { ButtonLink } from '#src/ui/button'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { GatewayWords } from '#src/ui/gateway-words'
import { isOfflineFailure, OfflineNotice } from '#src/ui/offline-notice'
import { Loading, Page } from '#src/ui/page'
import { SummaryList } from '#src/ui/summary-list'
import { RequestStatusTag } from '#src/ui/request-status-tag'
import { useMyBookings, useMyRequests } from '#src/session/account-queries'

const HOUSING_REPAIR_SERVICE = 'housing-repair'

/** The visit booked for a repair, if one is still to come. */
function visitFor(repair: ServiceRequest, bookings: Booking[]): Booking | null {
  return (
    bookings.find(
      (booking) => booking.kind === 'housing_repair' && booking.requestReference === repair.reference && booking.status === 'booked',
    ) ?? null
  )
}

/** Open repairs first, then the rest; newest first within each. */
function inListOrder(repairs: ServiceRequest[]): ServiceRequest[] {
  return [...repairs].sort((a, b) => (a.open !== b.open ? (a.open ? -1 : 1) : Date.parse(b.submittedAt) - Date.parse(a.submittedAt)))
}

export function HousingRepairsPage() {
  const { t } = useTranslation('household')
  const reports = useMyRequests()
  const bookings = useMyBookings()
  const failure = reports.isError ? failureOf(reports.error) : null
  // With no signal, the repairs last seen are still worth reading; any other problem is said as before.
  const readingOffline = reports.data !== undefined && isOfflineFailure(failure)
  const repairs = inListOrder(reports.data?.filter((report) => report.serviceCode === HOUSING_REPAIR_SERVICE) ?? [])

  return (
    <Page title={t('repairs.title')}>
      <BackLink to="/housing">{t('household.back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {readingOffline ? <OfflineNotice updatedAt={reports.dataUpdatedAt} failure={failure} /> : null}
          <h1 className="govuk-heading-l">{t('repairs.title')}</h1>
          <p className="govuk-body">{t('repairs.intro')}</p>
          <ButtonLink to="/report" start>
            {t('repairs.report')}
          </ButtonLink>
          {reports.isPending ? <Loading /> : null}
          {failure && !readingOffline ? <GatewayFailureMessage failure={failure} onTryAgain={() => void reports.refetch()} /> : null}
          {reports.data && repairs.length === 0 ? <p className="govuk-body">{t('repairs.none')}</p> : null}
          {repairs.length > 0 ? (
            <ul className="govuk-list">
              {repairs.map((repair) => (
                <Repair
                  key={repair.reference}
                  repair={repair}
                  visit={visitFor(repair, bookings.data ?? [])}
                  visitsKnown={bookings.isSuccess || bookings.data !== undefined}
                />
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </Page>
  )
}

function Repair({ repair, visit, visitsKnown }: { repair: ServiceRequest; visit: Booking | null; visitsKnown: boolean }) {
  const { t, i18n } = useTranslation(['household', 'requests', 'bookings'])
  const language = i18n.language
  const headingId = `repair-${repair.reference}`
  const rows = [
    { key: t('repairs.reference'), value: repair.reference },
    { key: t('repairs.reported'), value: formatDate(repair.submittedAt, language) },
    ...(visit
      ? [
          {
            key: t('repairs.visit'),
            value: t('bookings:when', {
              day: formatDay(visit.startsAt, language),
              from: formatTimeOf(visit.startsAt, language),
              to: formatTimeOf(visit.endsAt, language),
            }),
          },
        ]
      : []),
  ]
  return (
    <li>
      <h2 className="govuk-heading-m govuk-!-margin-bottom-2" id={headingId}>
        <Link className="govuk-link" to={`/requests/${encodeURIComponent(repair.reference)}`}>
          <GatewayWords>{repair.serviceName}</GatewayWords> <span className="govuk-visually-hidden">{repair.reference}</span>
        </Link>
      </h2>
      <p className="govuk-body govuk-!-margin-bottom-2">
        <RequestStatusTag status={repair.status} />
      </p>
      <SummaryList noBorder className="govuk-!-margin-bottom-2" rows={rows} />
      {visit ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/bookings/${encodeURIComponent(visit.reference)}/move`}>
            {t('repairs.moveVisit')}{' '}
            <span className="govuk-visually-hidden">{t('repairs.forRepair', { reference: repair.reference })}</span>
          </Link>
        </p>
      ) : repair.open && visitsKnown ? (
        <p className="govuk-body">
          <Link className="govuk-link" to="/report/book-repair" state={{ reference: repair.reference }}>
            {t('repairs.bookVisit')}{' '}
            <span className="govuk-visually-hidden">{t('repairs.forRepair', { reference: repair.reference })}</span>
          </Link>
        </p>
      ) : null}
      <hr className="govuk-section-break govuk-section-break--m govuk-section-break--visible" />
    </li>
  )
}
