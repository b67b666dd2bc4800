import type { ReactNode } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useCouncil } from '#src/councils/council-context'
import { formatDate, formatDay, formatTime, phoneNumberText } from '#src/format/format'
import { startHadPassed, type VisitorPermit, type ZoneVisitorPermits } from '#src/gateway/contract/visitor-permits'
import { isOfKind } from '#src/outbox/outbox-item'
import { useOutbox } from '#src/outbox/use-outbox'
import { useSignedInPersonId } from '#src/session/session-queries'
import { BackLink } from '#src/ui/back-link'
import { ButtonLink } from '#src/ui/button'
import { NotificationBanner } from '#src/ui/notification-banner'
import { Page } from '#src/ui/page'
import { PhoneLink } from '#src/ui/phone-link'
import { SummaryList } from '#src/ui/summary-list'
import { Table, type TableRow } from '#src/ui/table'
import { TableContainer } from '#src/ui/table-container'
import { Tag, type TagColour } from '#src/ui/tag'
import { WithAnswer } from '#src/ui/with-answer'
import { NS, useAmount, useControlledHoursWords, usePermitWhen, visitorPaths } from './visitor-permit-words'
import { useVisitorPermits } from './visitor-permits-queries'

const statusColours: Record<VisitorPermit['status'] | 'waiting', TagColour> = {
  upcoming: 'blue',
  active: 'green',
  ended: 'grey',
  cancelled: 'red',
  waiting: 'yellow',
}

/** The household's allowance and permits, or, for a home in no zone, a plain word that there are none. */
export function WithVisitorPermits({
  title,
  children,
}: {
  title: string
  children: (permits: ZoneVisitorPermits, offline: ReactNode) => ReactNode
}) {
  return (
    <WithAnswer answer={useVisitorPermits()} title={title}>
      {({ allowance, permits }, offline) => (allowance ? children({ allowance, permits }, offline) : <NoVisitorPermits />)}
    </WithAnswer>
  )
}

export function BackToVisitorPermits() {
  const { t } = useTranslation(NS)
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to={visitorPaths.permits}>
        {t('backToVisitors')}
      </Link>
    </p>
  )
}

function NoVisitorPermits() {
  const { t } = useTranslation(NS)
  const council = useCouncil()
  return (
    <Page title={t('title')}>
      <BackLink to={visitorPaths.parking}>{t('back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t('title')}</h1>
          <p className="govuk-body">{t('none.body')}</p>
          <p className="govuk-body">
            <Trans
              t={t}
              i18nKey="none.call"
              values={{ phone: phoneNumberText(council.contact.phone) }}
              components={{ phone: <PhoneLink number={council.contact.phone} /> }}
            />
          </p>
        </div>
      </div>
    </Page>
  )
}

export function VisitorPermitsPage() {
  const { t } = useTranslation(NS)
  return (
    <WithVisitorPermits title={t('title')}>
      {(visitors, offline) => (
        <Page title={t('title')}>
          <BackLink to={visitorPaths.parking}>{t('back')}</BackLink>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              {offline}
              <NotBookedBecauseTheTimePassed />
              <span className="govuk-caption-l">{visitors.allowance.zone}</span>
              <h1 className="govuk-heading-l">{t('title')}</h1>
              <Allowance visitors={visitors} />
            </div>
          </div>
          <Permits visitors={visitors} />
        </Page>
      )}
    </WithVisitorPermits>
  )
}

function Allowance({ visitors: { allowance } }: { visitors: ZoneVisitorPermits }) {
  const { t, i18n } = useTranslation(NS)
  const amount = useAmount()
  const controlledHours = useControlledHoursWords()
  return (
    <>
      <h2 className="govuk-heading-m">{t('balance.title')}</h2>
      <p className="govuk-body-l">{t('balance.left', { left: amount(allowance.unit, allowance.left) })}</p>
      <SummaryList
        rows={[
          { key: t('balance.leftRow'), value: amount(allowance.unit, allowance.left) },
          { key: t('balance.total'), value: amount(allowance.unit, allowance.perYear) },
          { key: t('balance.renews'), value: formatDate(allowance.renewsOn, i18n.language) },
          { key: t('balance.controlled'), value: controlledHours(allowance.controlledHours) },
        ]}
      />
      {allowance.left > 0 ? (
        <ButtonLink to={visitorPaths.book}>{t('book')}</ButtonLink>
      ) : (
        <p className="govuk-body">{t('balance.noneLeft', { date: formatDate(allowance.renewsOn, i18n.language) })}</p>
      )}
    </>
  )
}

/** Bookings kept on this phone that the council refused because their start had gone by the time they were sent. */
function NotBookedBecauseTheTimePassed() {
  const { t } = useTranslation(NS)
  const refused = useOutbox(useSignedInPersonId()).filter(
    (item) => isOfKind(item, 'book-visitor-permit') && item.state === 'needs-attention' && startHadPassed(item.failure),
  )
  return refused.map((item) =>
    isOfKind(item, 'book-visitor-permit') ? (
      <NotificationBanner key={item.id} title={t('refused.title')}>
        <p className="govuk-notification-banner__heading">
          {t('refused.heading', { registration: item.payload.body.vehicleRegistration })}
        </p>
        <p className="govuk-body">{t('refused.body')}</p>
        <p className="govuk-body">
          <Link className="govuk-notification-banner__link" to={visitorPaths.book} state={{ refusedVisitorPermit: item.id }}>
            {t('refused.bookAgain')}
          </Link>
        </p>
      </NotificationBanner>
    ) : null,
  )
}

function Permits({ visitors }: { visitors: ZoneVisitorPermits }) {
  const { t } = useTranslation(NS)
  const when = usePermitWhen()
  const personId = useSignedInPersonId()
  const waiting = useOutbox(personId).flatMap((item) =>
    isOfKind(item, 'book-visitor-permit') && (item.state === 'queued' || item.state === 'sending') ? [item] : [],
  )
  const cancelling = new Set(
    useOutbox(personId).flatMap((item) =>
      isOfKind(item, 'cancel-visitor-permit') && item.state !== 'sent' ? [item.payload.reference] : [],
    ),
  )
  const upcoming = visitors.permits.filter((permit) => permit.status === 'upcoming' || permit.status === 'active')
  const past = visitors.permits.filter((permit) => permit.status === 'ended' || permit.status === 'cancelled').reverse()
  const head = [{ content: t('table.registration') }, { content: t('table.when') }, { content: t('table.status') }]
  const row = (permit: VisitorPermit): TableRow => {
    const status = cancelling.has(permit.reference) ? 'waiting' : permit.status
    return {
      key: permit.reference,
      cells: [
        { content: permit.vehicleRegistration },
        { content: when(permit) },
        {
          content: (
            <>
              <Tag colour={statusColours[status]}>{t(`status.${status}`)}</Tag>
              {status === 'upcoming' ? (
                <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                  <Link className="govuk-link" to={visitorPaths.cancel(permit.reference)}>
                    {t('table.cancel')}{' '}
                    <span className="govuk-visually-hidden">
                      {t('table.cancelFor', { registration: permit.vehicleRegistration, when: when(permit) })}
                    </span>
                  </Link>
                </p>
              ) : null}
            </>
          ),
        },
      ],
    }
  }
  const waitingRows: TableRow[] = waiting.map((item) => ({
    key: item.id,
    cells: [
      { content: item.payload.body.vehicleRegistration },
      { content: <WaitingWhen body={item.payload.body} /> },
      { content: <Tag colour={statusColours.waiting}>{t('status.waiting')}</Tag> },
    ],
  }))
  // A table wider than a small phone scrolls in its own box, never the page.
  const table = (title: string, rows: TableRow[]) => (
    <TableContainer label={title}>
      <Table caption={title} captionHidden head={head} rows={rows} />
    </TableContainer>
  )
  return (
    <>
      <h2 className="govuk-heading-m">{t('upcoming.title')}</h2>
      {upcoming.length + waitingRows.length === 0 ? (
        <p className="govuk-body">{t('upcoming.none')}</p>
      ) : (
        table(t('upcoming.title'), [...waitingRows, ...upcoming.map(row)])
      )}
      <h2 className="govuk-heading-m">{t('past.title')}</h2>
      {past.length === 0 ? <p className="govuk-body">{t('past.none')}</p> : table(t('past.title'), past.map(row))}
    </>
  )
}

/** A booking still on this phone: its day and start time as typed, as the council has not yet worked out its end. */
function WaitingWhen({ body }: { body: { date: string; startTime: string } }) {
  const { t, i18n } = useTranslation(NS)
  return t('table.waitingWhen', {
    day: formatDay(`${body.date}T12:00:00Z`, i18n.language),
    from: formatTime(body.startTime, i18n.language),
  })
}
