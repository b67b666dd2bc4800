import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { AccountSummary } from '#src/gateway/contract/account'
import type { ParkingPermit } from '#src/gateway/contract/parking-permits'
import { formatDate, formatMoney } from '#src/format/format'
import { residentPermitKinds } from '#src/outbox/outbox-item'
import { useNotYetSent } from '#src/outbox/use-outbox'
import { useAccountSummary, useParkingPermits } from '#src/session/account-queries'
import { useSignedInPersonId } from '#src/session/session-queries'
import { InsetText } from '#src/ui/inset-text'
import { Page } from '#src/ui/page'
import { SummaryCard, SummaryList } from '#src/ui/summary-list'
import { Tag, type TagColour } from '#src/ui/tag'
import { WithAnswer } from '#src/ui/with-answer'

const NS = 'parking'

const statusColours: Record<ParkingPermit['status'], TagColour> = {
  active: 'green',
  awaiting_payment: 'yellow',
  pending: 'blue',
  expired: 'grey',
}

const permitPath = (reference: string) => `/parking/resident-permits/${encodeURIComponent(reference)}`

/** Parking in one place: each resident permit with what needs doing, and the way to visitor permits and penalty charges. */
export function ParkingHubPage() {
  const { t } = useTranslation(NS)
  const permits = useParkingPermits()
  const summary = useAccountSummary()
  const waiting = useNotYetSent(useSignedInPersonId(), residentPermitKinds)
  return (
    <WithAnswer answer={permits} title={t('title')}>
      {(all, offline) => {
        const residents = all.filter((permit) => permit.kind === 'resident')
        return (
          <Page title={t('title')}>
            {offline}
            <h1 className="govuk-heading-l">{t('title')}</h1>
            <h2 className="govuk-heading-m">{t('residentPermits.title')}</h2>
            {waiting.length > 0 ? (
              <InsetText role="status">
                <p className="govuk-body">{t('residentPermits.waiting', { count: waiting.length })}</p>
                <p className="govuk-body">
                  <Link className="govuk-link" to="/waiting">
                    {t('residentPermits.seeWaiting')}
                  </Link>
                </p>
              </InsetText>
            ) : null}
            {residents.length === 0 && waiting.length === 0 ? <p className="govuk-body">{t('residentPermits.none')}</p> : null}
            {residents.map((permit) => (
              <PermitCard key={permit.reference} permit={permit} summary={summary.data?.parking ?? null} />
            ))}
            <p className="govuk-body">
              <Link className="govuk-link" to="/parking/resident-permits/apply">
                {t('residentPermits.apply')}
              </Link>
            </p>
            <h2 className="govuk-heading-m">{t('visitors.title')}</h2>
            <p className="govuk-body">
              <Link className="govuk-link" to="/parking/visitors">
                {t('visitors.link')}
              </Link>
            </p>
            <h2 className="govuk-heading-m">{t('penaltyCharges.title')}</h2>
            <p className="govuk-body">
              <Link className="govuk-link" to="/parking/penalty-charges">
                {t('penaltyCharges.link')}
              </Link>
            </p>
          </Page>
        )
      }}
    </WithAnswer>
  )
}

function PermitCard({ permit, summary }: { permit: ParkingPermit; summary: AccountSummary['parking'] }) {
  const { t, i18n } = useTranslation(NS)
  const toPay = summary?.permitsToPay.find((each) => each.reference === permit.reference)
  const toRenew = summary?.permitsToRenew.some((each) => each.reference === permit.reference)
  const title = t('residentPermits.cardTitle', { reference: permit.reference })
  return (
    <SummaryCard title={title} actions={[{ to: permitPath(permit.reference), text: t('residentPermits.view') }]}>
      <SummaryList
        rows={[
          { key: t('residentPermits.status'), value: <Tag colour={statusColours[permit.status]}>{t(`status.${permit.status}`)}</Tag> },
          { key: t('residentPermits.zone'), value: permit.zone },
          { key: t('residentPermits.registration'), value: permit.vehicleRegistration ?? '' },
          {
            key: t('residentPermits.valid'),
            value: t('residentPermits.validDates', {
              from: formatDate(permit.validFrom, i18n.language),
              to: formatDate(permit.validTo, i18n.language),
            }),
          },
        ]}
      />
      {toPay ? (
        <p className="govuk-body">
          <Tag colour="red">{t('residentPermits.toPayTag')}</Tag>{' '}
          {t(`residentPermits.toPay.${toPay.for}`, { amount: formatMoney(toPay.amount, i18n.language) })}{' '}
          <Link className="govuk-link" to={`/payments/pay/${encodeURIComponent(toPay.owedId)}`}>
            {t('residentPermits.pay')}
            <span className="govuk-visually-hidden"> {permit.reference}</span>
          </Link>
        </p>
      ) : null}
      {toRenew ? (
        <p className="govuk-body">
          {permit.status === 'expired'
            ? t('residentPermits.ended', { date: formatDate(permit.validTo, i18n.language) })
            : t('residentPermits.endsSoon', { date: formatDate(permit.validTo, i18n.language) })}{' '}
          <Link className="govuk-link" to={`${permitPath(permit.reference)}/renew`}>
            {t('residentPermits.renew')}
            <span className="govuk-visually-hidden"> {permit.reference}</span>
          </Link>
        </p>
      ) : null}
    </SummaryCard>
  )
}
