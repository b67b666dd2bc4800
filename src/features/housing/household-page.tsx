import { useTranslation } from 'react-i18next'
import type { Tenancy } from '#src/gateway/contract/housing'
import { failureOf } from '#src/gateway/errors'
import { BackLink } from '#src/ui/back-link'
import { ButtonLink } from '#src/ui/button'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { isOfflineFailure, OfflineNotice } from '#src/ui/offline-notice'
import { Loading, Page } from '#src/ui/page'
import { Table } from '#src/ui/table'
import { useTenancy } from './housing-queries'

type Member = Tenancy['household'][number]

/** Who lives in the home as the tenancy records them, and the way to tell the council when that changes. */
export function HouseholdPage() {
  const { t } = useTranslation('household')
  const tenancy = useTenancy()
  const failure = tenancy.isError ? failureOf(tenancy.error) : null
  // With no signal, the household last seen is still worth reading; any other problem is said as before.
  const readingOffline = tenancy.data !== undefined && isOfflineFailure(failure)

  return (
    <Page title={t('household.title')}>
      <BackLink to="/housing">{t('household.back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {readingOffline ? <OfflineNotice updatedAt={tenancy.dataUpdatedAt} failure={failure} /> : null}
          <h1 className="govuk-heading-l">{t('household.title')}</h1>
          {tenancy.isPending ? <Loading /> : null}
          {failure && !readingOffline ? <GatewayFailureMessage failure={failure} onTryAgain={() => void tenancy.refetch()} /> : null}
          {tenancy.data ? <Household tenancy={tenancy.data} /> : null}
        </div>
      </div>
    </Page>
  )
}

function Household({ tenancy }: { tenancy: Tenancy }) {
  const { t } = useTranslation('household')
  return (
    <>
      <p className="govuk-body">{t('household.intro', { address: tenancy.address })}</p>
      <Table
        caption={t('household.caption')}
        captionSize="m"
        firstCellIsHeader
        head={[{ content: t('household.name') }, { content: t('household.relationship') }, { content: t('household.bornIn') }]}
        rows={tenancy.household.map((member: Member, index) => ({
          key: `${index}`,
          cells: [
            { content: member.name },
            { content: t(`relationships.${member.relationship}`) },
            {
              content:
                member.bornIn === null ? (
                  <span className="govuk-visually-hidden">{t('household.notRecorded')}</span>
                ) : (
                  String(member.bornIn)
                ),
            },
          ],
        }))}
      />
      <h2 className="govuk-heading-m">{t('household.changeTitle')}</h2>
      <p className="govuk-body">{t('household.changeBody')}</p>
      <ButtonLink to="/report-a-change" start>
        {t('household.changeStart')}
      </ButtonLink>
    </>
  )
}
