import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { failureOf } from '#src/gateway/errors'
import { formatDateTime } from '#src/format/format'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { GatewayWords } from '#src/ui/gateway-words'
import { Loading, Page } from '#src/ui/page'
import { Table } from '#src/ui/table'
import { TableContainer } from '#src/ui/table-container'
import { useAccountActivity } from './account-activity-queries'

/** Everything the contact centre did on the person's account, so nothing is done in their name without them seeing it. */
export function AccountActivityPage() {
  const { t, i18n } = useTranslation('contact-centre')
  const activity = useAccountActivity()
  return (
    <Page title={t('activity.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-full">
          <h1 className="govuk-heading-l">{t('activity.title')}</h1>
          <p className="govuk-body">{t('activity.intro')}</p>
          {activity.isPending ? <Loading /> : null}
          {activity.isError ? (
            <GatewayFailureMessage failure={failureOf(activity.error)} onTryAgain={() => void activity.refetch()} />
          ) : null}
          {activity.data?.activity.length === 0 ? <p className="govuk-body">{t('activity.none')}</p> : null}
          {activity.data && activity.data.activity.length > 0 ? (
            <TableContainer label={t('activity.title')}>
              <Table
                caption={t('activity.title')}
                captionHidden
                head={[{ content: t('activity.when') }, { content: t('activity.what') }, { content: t('activity.by') }]}
                rows={activity.data.activity.map((entry, index) => ({
                  key: `${entry.at}-${index}`,
                  cells: [
                    { content: formatDateTime(entry.at, i18n.language) },
                    {
                      content: (
                        <>
                          {t(`activity.kinds.${entry.kind}`)}
                          {entry.item ? (
                            <>
                              {' '}
                              <GatewayWords>{entry.item}</GatewayWords>
                            </>
                          ) : null}
                        </>
                      ),
                    },
                    { content: t('activity.byContactCentre') },
                  ],
                }))}
              />
            </TableContainer>
          ) : null}
          <p className="govuk-body">
            <Link className="govuk-link" to="/">
              {t('activity.back')}
            </Link>
          </p>
        </div>
      </div>
    </Page>
  )
}
