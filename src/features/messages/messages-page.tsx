import { Trans, useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Message } from '#src/gateway/contract/messages'
import { requestStatus } from '#src/gateway/contract/service-requests'
import { failureOf } from '#src/gateway/errors'
import { formatDateTime, formatMoney } from '#src/format/format'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { GatewayWords } from '#src/ui/gateway-words'
import { isOfflineFailure, OfflineNotice } from '#src/ui/offline-notice'
import { Loading, Page } from '#src/ui/page'
import { SummaryCard, SummaryList } from '#src/ui/summary-list'
import { useMyMessages } from './message-queries'

export function MessagesPage() {
  const { t } = useTranslation('messages')
  const messages = useMyMessages()
  const failure = messages.isError ? failureOf(messages.error) : null
  // With no signal, the messages last seen are still worth reading; any other problem is said as before.
  const readingOffline = messages.data !== undefined && isOfflineFailure(failure)

  return (
    <Page title={t('title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t('title')}</h1>
          <p className="govuk-body">{t('lead')}</p>
          <p className="govuk-body">
            {t('chooseAlerts.before')}{' '}
            <Link className="govuk-link" to="/your-details">
              {t('chooseAlerts.link')}
            </Link>
            {t('chooseAlerts.after')}
          </p>
          {messages.isPending ? <Loading /> : null}
          {failure && !readingOffline ? <GatewayFailureMessage failure={failure} onTryAgain={() => void messages.refetch()} /> : null}
          {readingOffline ? <OfflineNotice updatedAt={messages.dataUpdatedAt} failure={failure} /> : null}
          {messages.data?.length === 0 ? <p className="govuk-body">{t('empty')}</p> : null}
          {messages.data?.map((message) => (
            <MessageCard key={message.id} message={message} />
          ))}
        </div>
      </div>
    </Page>
  )
}

/** Where the resident reads more about what a message is about. */
function linkFor(message: Message): { to: string; key: 'seeReport' | 'seeBooking' | 'seePayments' } {
  const reference = encodeURIComponent(message.reference)
  if (message.topic === 'requests') return { to: `/requests/${reference}`, key: 'seeReport' }
  if (message.topic === 'bookings') return { to: `/bookings/${reference}`, key: 'seeBooking' }
  return { to: '/payments/history', key: 'seePayments' }
}

function MessageCard({ message }: { message: Message }) {
  const { t, i18n } = useTranslation(['messages', 'requests'])
  const language = i18n.language
  const { personalisation } = message
  const status = requestStatus.safeParse(personalisation.status)
  const amount = Number(personalisation.amount)
  // The gateway sends what went into the template; dates, money and statuses are said here, in the page's language.
  const values = {
    ...personalisation,
    when: personalisation.startsAt ? formatDateTime(personalisation.startsAt, language) : '',
    status: status.success ? t(`requests:status.${status.data}`) : (personalisation.status ?? ''),
    amount: personalisation.amount && Number.isInteger(amount) ? formatMoney(amount, language) : '',
  }
  const gateway = <GatewayWords>{''}</GatewayWords>
  const link = linkFor(message)
  const template = `messages:templates.${message.template}` as const

  return (
    <SummaryCard title={t(`${template}.subject`, values)}>
      <p className="govuk-body">
        <Trans t={t} i18nKey={`${template}.body`} values={values} components={{ gateway }} />
      </p>
      {personalisation.place ? (
        <p className="govuk-body">
          <Trans t={t} i18nKey="messages:place" values={{ place: personalisation.place }} components={{ gateway }} />
        </p>
      ) : null}
      {personalisation.note ? (
        <p className="govuk-body">
          <Trans t={t} i18nKey="messages:note" values={{ note: personalisation.note }} components={{ gateway }} />
        </p>
      ) : null}
      <SummaryList
        noBorder
        rows={[
          ...(status.success ? [{ key: t('requests:fields.status'), value: t(`requests:status.${status.data}`) }] : []),
          {
            key: t('messages:fields.how'),
            value: t(message.channel === 'text' ? 'messages:sentByText' : 'messages:sentByEmail', { to: message.to }),
          },
          { key: t('messages:fields.sent'), value: formatDateTime(message.sentAt, language) },
        ]}
      />
      <p className="govuk-body govuk-!-margin-bottom-0">
        <Link className="govuk-link" to={link.to}>
          {t(`messages:${link.key}`, { reference: message.reference })}
        </Link>
      </p>
    </SummaryCard>
  )
}
