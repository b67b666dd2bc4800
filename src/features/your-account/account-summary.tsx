import { Trans, useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useCouncil } from '#src/councils/council-context'
import { failureOf } from '#src/gateway/errors'
import { formatDate, formatDateTime, formatMoney, londonDayOf } from '#src/format/format'
import { residentPermitKinds } from '#src/outbox/outbox-item'
import { useNotYetSent } from '#src/outbox/use-outbox'
import { useSignedInPersonId } from '#src/session/session-queries'
import { GatewayWords } from '#src/ui/gateway-words'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { isOfflineFailure, OfflineNotice } from '#src/ui/offline-notice'
import { SummaryCard } from '#src/ui/summary-list'
import { Tag } from '#src/ui/tag'
import { Loading, Page } from '#src/ui/page'
import { useAccountSummary } from '#src/session/account-queries'
import { ButtonLink } from '#src/ui/button'

export function AccountSummary({ name }: { name: string }) {
  const council = useCouncil()
  const { t, i18n } = useTranslation(['account', 'messages', 'evidence', 'benefits'])
  const summary = useAccountSummary()
  const language = i18n.language
  const offers = (service: (typeof council.services)[number]) => council.services.includes(service)
  const failure = summary.isError ? failureOf(summary.error) : null
  // With no signal, what was last seen is still worth reading; any other problem is said as before.
  const readingOffline = summary.data !== undefined && isOfflineFailure(failure)
  // An application made with no signal says so here: once it is sent, it needs paying for.
  const waitingPermits = useNotYetSent(useSignedInPersonId(), residentPermitKinds)
  const today = londonDayOf(new Date().toISOString())

  return (
    <Page title={t('home.title')}>
      <span className="govuk-caption-l">{name}</span>
      <h1 className="govuk-heading-l">{t('home.title')}</h1>
      {summary.isPending ? <Loading /> : null}
      {failure && !readingOffline ? <GatewayFailureMessage failure={failure} onTryAgain={() => void summary.refetch()} /> : null}
      {readingOffline ? <OfflineNotice updatedAt={summary.dataUpdatedAt} failure={failure} /> : null}
      {summary.data ? (
        <div className="app-summary-card-grid">
          {summary.data.rent && offers('housing') ? (
            <SummaryCard title={t('home.rent.title')}>
              <p className="govuk-body">
                {summary.data.rent.owed > 0
                  ? t('home.rent.owed', { amount: formatMoney(summary.data.rent.owed, language) })
                  : t('home.rent.clear')}
              </p>
              <p className="govuk-body">{t('home.rent.weekly', { amount: formatMoney(summary.data.rent.weeklyRent, language) })}</p>
              {summary.data.rent.owed > 0 && offers('payments') ? (
                <ButtonLink className="govuk-!-margin-bottom-0" to="/payments/pay/rent">
                  {t('home.rent.pay')}
                </ButtonLink>
              ) : null}
              <p className="govuk-body govuk-!-margin-top-4 govuk-!-margin-bottom-0">
                <Link className="govuk-link" to="/housing">
                  {t('home.rent.account')}
                </Link>
              </p>
            </SummaryCard>
          ) : null}
          {summary.data.councilTax && offers('councilTax') ? (
            <SummaryCard title={t('home.councilTax.title')}>
              {summary.data.councilTax.overdue > 0 ? (
                <p className="govuk-body">
                  <Tag colour="red">{t('home.councilTax.overdueTag')}</Tag>{' '}
                  {t('home.councilTax.overdue', { amount: formatMoney(summary.data.councilTax.overdue, language) })}
                </p>
              ) : null}
              {summary.data.councilTax.nextInstalment ? (
                <p className="govuk-body">
                  {t('home.councilTax.next', {
                    amount: formatMoney(summary.data.councilTax.nextInstalment.amount, language),
                    date: formatDate(summary.data.councilTax.nextInstalment.dueOn, language),
                  })}
                </p>
              ) : (
                <p className="govuk-body">{t('home.councilTax.nothingDue')}</p>
              )}
              <p className="govuk-body">
                {t('home.councilTax.balance', { amount: formatMoney(summary.data.councilTax.balance, language) })}
              </p>
              {summary.data.councilTax.balance > 0 && offers('payments') ? (
                <ButtonLink className="govuk-!-margin-bottom-0" to="/payments">
                  {t('home.councilTax.pay')}
                </ButtonLink>
              ) : null}
              {summary.data.councilTax.balance > 0 && !summary.data.councilTax.payingByDirectDebit ? (
                <p className="govuk-body govuk-!-margin-top-4">
                  {t('home.councilTax.noDirectDebit')}{' '}
                  <Link className="govuk-link" to="/council-tax/direct-debit">
                    {t('home.councilTax.setUpDirectDebit')}
                  </Link>
                </p>
              ) : null}
              <p className="govuk-body govuk-!-margin-top-4 govuk-!-margin-bottom-0">
                <Link className="govuk-link" to="/council-tax">
                  {t('home.councilTax.account')}
                </Link>
              </p>
            </SummaryCard>
          ) : null}
          {summary.data.parking && offers('parking') ? (
            <SummaryCard title={t('home.parking.title')}>
              <p className="govuk-body">{t('home.parking.permits', { count: summary.data.parking.activePermits })}</p>
              {waitingPermits.length > 0 ? (
                <p className="govuk-body">
                  <Tag colour="yellow">{t('home.parking.waitingTag')}</Tag> {t('home.parking.waiting', { count: waitingPermits.length })}
                </p>
              ) : null}
              {summary.data.parking.permitsToPay.map((permit) => (
                <p className="govuk-body" key={permit.owedId}>
                  <Tag colour="red">{t('home.parking.toPay')}</Tag>{' '}
                  {t(`home.parking.permitToPay.${permit.for}`, {
                    reference: permit.reference,
                    amount: formatMoney(permit.amount, language),
                  })}{' '}
                  {offers('payments') ? (
                    <Link className="govuk-link" to={`/payments/pay/${encodeURIComponent(permit.owedId)}`}>
                      {t('home.parking.pay')}
                      <span className="govuk-visually-hidden"> {permit.reference}</span>
                    </Link>
                  ) : null}
                </p>
              ))}
              {summary.data.parking.permitsToRenew.map((permit) => (
                <p className="govuk-body" key={permit.reference}>
                  <Tag colour="yellow">{t('home.parking.renewTag')}</Tag>{' '}
                  {t(permit.validTo < today ? 'home.parking.ended' : 'home.parking.endsSoon', {
                    reference: permit.reference,
                    date: formatDate(permit.validTo, language),
                  })}{' '}
                  <Link className="govuk-link" to={`/parking/resident-permits/${encodeURIComponent(permit.reference)}/renew`}>
                    {t('home.parking.renew')}
                    <span className="govuk-visually-hidden"> {permit.reference}</span>
                  </Link>
                </p>
              ))}
              {summary.data.parking.penaltyChargesToPay.map((charge) => (
                <p className="govuk-body" key={charge.reference}>
                  <Tag colour="red">{t('home.parking.toPay')}</Tag>{' '}
                  {t('home.parking.penaltyCharge', {
                    reference: charge.reference,
                    amount: formatMoney(charge.amount, language),
                    date: formatDate(charge.payBy, language),
                  })}{' '}
                  {offers('payments') ? (
                    <Link className="govuk-link" to={`/payments/pay/pcn-${charge.reference}`}>
                      {t('home.parking.pay')}
                      <span className="govuk-visually-hidden"> {charge.reference}</span>
                    </Link>
                  ) : null}
                </p>
              ))}
              <p className="govuk-body govuk-!-margin-top-4 govuk-!-margin-bottom-0">
                <Link className="govuk-link" to="/parking">
                  {t('home.parking.see')}
                </Link>
              </p>
            </SummaryCard>
          ) : null}
          {offers('bookings') ? (
            <SummaryCard title={t('home.bookings.title')}>
              <p className="govuk-body">
                {summary.data.nextBooking ? (
                  <Trans
                    t={t}
                    i18nKey="home.bookings.next"
                    values={{
                      description: summary.data.nextBooking.description,
                      when: formatDateTime(summary.data.nextBooking.startsAt, language),
                    }}
                    components={{ gateway: <GatewayWords>{summary.data.nextBooking.description}</GatewayWords> }}
                  />
                ) : (
                  t('home.bookings.none')
                )}
              </p>
              <ul className="govuk-list">
                {summary.data.nextBooking ? (
                  <li>
                    <Link className="govuk-link" to={`/bookings/${encodeURIComponent(summary.data.nextBooking.reference)}`}>
                      {t('home.bookings.open', { reference: summary.data.nextBooking.reference })}
                    </Link>
                  </li>
                ) : null}
                <li>
                  <Link className="govuk-link" to="/bookings">
                    {t('home.bookings.see')}
                  </Link>
                </li>
                <li>
                  <Link className="govuk-link" to="/bookings/bulky-waste">
                    {t('home.bookings.bookBulkyWaste')}
                  </Link>
                </li>
                <li>
                  <Link className="govuk-link" to="/bookings/face-to-face">
                    {t('home.bookings.bookAppointment')}
                  </Link>
                </li>
              </ul>
            </SummaryCard>
          ) : null}
          {offers('requests') ? (
            <SummaryCard title={t('home.requests.title')}>
              <p className="govuk-body">{t('home.requests.open', { count: summary.data.openRequests })}</p>
              <ul className="govuk-list">
                <li>
                  <Link className="govuk-link" to="/report">
                    {t('home.requests.report')}
                  </Link>
                </li>
                <li>
                  <Link className="govuk-link" to="/requests">
                    {t('home.requests.see')}
                  </Link>
                </li>
              </ul>
            </SummaryCard>
          ) : null}
          {summary.data.benefits && offers('benefits') ? (
            <SummaryCard title={t('home.benefits.title')}>
              {summary.data.benefits.awards.map((award) => (
                <p className="govuk-body" key={award.kind}>
                  {t('benefits:home.award', { kind: t(`benefits:kind.${award.kind}`), amount: formatMoney(award.weekly, language) })}
                </p>
              ))}
              {summary.data.benefits.assessing > 0 ? (
                <p className="govuk-body">
                  <Tag colour="yellow">{t('benefits:status.assessing')}</Tag>{' '}
                  {t('benefits:home.assessing', { count: summary.data.benefits.assessing })}
                </p>
              ) : null}
              <ul className="govuk-list govuk-!-margin-bottom-0">
                <li>
                  <Link className="govuk-link" to="/benefits">
                    {t('benefits:home.see')}
                  </Link>
                </li>
                <li>
                  <Link className="govuk-link" to="/letters?service=benefits">
                    {t('benefits:home.letters')}
                  </Link>
                </li>
              </ul>
            </SummaryCard>
          ) : null}
        </div>
      ) : null}
      <h2 className="govuk-heading-m">{t('home.manageTitle')}</h2>
      <ul className="govuk-list">
        {offers('payments') ? (
          <li>
            <Link className="govuk-link" to="/payments">
              {t('home.payments')}
            </Link>
          </li>
        ) : null}
        {offers('parking') && summary.data && !summary.data.parking ? (
          <li>
            <Link className="govuk-link" to="/parking">
              {t('home.parking.see')}
            </Link>
          </li>
        ) : null}
        <li>
          <Link className="govuk-link" to="/your-details">
            {t('home.yourDetails')}
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/messages">
            {t('messages:homeLink')}
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/evidence">
            {t('evidence:homeLink')}
          </Link>
        </li>
      </ul>
    </Page>
  )
}
