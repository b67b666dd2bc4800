import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { MandateSummary } from '#src/direct-debit/mandate-summary'
import type { DirectDebitMandate } from '#src/gateway/contract/direct-debit'
import { failureOf } from '#src/gateway/errors'
import { BackLink } from '#src/ui/back-link'
import { ButtonLink } from '#src/ui/button'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { isOfflineFailure, OfflineNotice } from '#src/ui/offline-notice'
import { Loading, Page } from '#src/ui/page'
import { useRentDirectDebit } from './housing-queries'

export const directDebitPaths = {
  current: '/housing/direct-debit',
  setUp: '/housing/direct-debit/set-up',
  check: '/housing/direct-debit/set-up/check',
  cancel: '/housing/direct-debit/cancel',
}

/** Loads the current Direct Debit; with no signal, the one last seen, saying when it is from. */
export function WithRentDirectDebit({
  title,
  children,
}: {
  title: string
  children: (mandate: DirectDebitMandate | null, offline: ReactNode) => ReactNode
}) {
  const directDebit = useRentDirectDebit()
  if (directDebit.isPending) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    )
  }
  if (directDebit.isError) {
    const failure = failureOf(directDebit.error)
    if (directDebit.data !== undefined && isOfflineFailure(failure)) {
      return children(directDebit.data, <OfflineNotice updatedAt={directDebit.dataUpdatedAt} failure={failure} />)
    }
    return (
      <Page title={title}>
        <h1 className="govuk-heading-l">{title}</h1>
        <GatewayFailureMessage failure={failure} onTryAgain={() => void directDebit.refetch()} />
      </Page>
    )
  }
  return children(directDebit.data, null)
}

export function RentDirectDebitPage() {
  const { t } = useTranslation('direct-debit')
  return (
    <WithRentDirectDebit title={t('current.title')}>
      {(mandate, offline) => (
        <Page title={t('current.title')}>
          <BackLink to="/housing/rent">{t('current.back')}</BackLink>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              {offline}
              <h1 className="govuk-heading-l">{t('current.title')}</h1>
              {mandate ? (
                <>
                  <MandateSummary mandate={mandate} />
                  <ul className="govuk-list">
                    <li>
                      <Link className="govuk-link" to={directDebitPaths.cancel}>
                        {t('current.cancel')}
                      </Link>
                    </li>
                    <li>
                      <Link className="govuk-link" to={directDebitPaths.setUp}>
                        {t('current.replace')}
                      </Link>
                    </li>
                  </ul>
                </>
              ) : (
                <>
                  <p className="govuk-body">{t('current.none')}</p>
                  <p className="govuk-body">{t('current.noneBody')}</p>
                  <ButtonLink to={directDebitPaths.setUp} start>
                    {t('current.start')}
                  </ButtonLink>
                </>
              )}
            </div>
          </div>
        </Page>
      )}
    </WithRentDirectDebit>
  )
}
