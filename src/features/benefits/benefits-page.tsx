import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { BenefitClaim } from '#src/gateway/contract/benefits'
import { Page } from '#src/ui/page'
import { SummaryCard, SummaryList } from '#src/ui/summary-list'
import { WithAnswer } from '#src/ui/with-answer'
import { AwardInWords, ClaimStatusTag, NextPaymentInWords } from './claim-parts'
import { useBenefitClaims } from './benefits-queries'

/** Each Housing Benefit and Council Tax Reduction claim in brief: where it is, what it gives and what comes next. */
export function BenefitsPage() {
  const { t } = useTranslation('benefits')
  const claims = useBenefitClaims()
  return (
    <WithAnswer answer={claims} title={t('list.title')}>
      {(list, offline) => <YourBenefits claims={list} offlineNotice={offline} />}
    </WithAnswer>
  )
}

function YourBenefits({ claims, offlineNotice }: { claims: BenefitClaim[]; offlineNotice: ReactNode }) {
  const { t } = useTranslation('benefits')
  return (
    <Page title={t('list.title')}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {offlineNotice}
          <h1 className="govuk-heading-l">{t('list.title')}</h1>
          <p className="govuk-body-l">{t('list.lead')}</p>
          {claims.length === 0 ? <p className="govuk-body">{t('list.none')}</p> : null}
          {claims.map((claim) => (
            <SummaryCard key={claim.reference} title={t(`kind.${claim.kind}`)}>
              <SummaryList
                rows={[
                  { key: t('list.reference'), value: claim.reference },
                  { key: t('list.status'), value: <ClaimStatusTag status={claim.status} /> },
                  { key: t('list.award'), value: <AwardInWords claim={claim} /> },
                  ...(claim.award && claim.status === 'awarded'
                    ? [
                        { key: t('list.paidTo'), value: t(`paidTo.${claim.award.paidTo}`) },
                        { key: t('list.nextPayment'), value: <NextPaymentInWords claim={claim} /> },
                      ]
                    : []),
                ]}
              />
              <p className="govuk-body govuk-!-margin-bottom-0">
                <Link className="govuk-link" to={`/benefits/${encodeURIComponent(claim.reference)}`}>
                  {t('list.see', { kind: t(`kind.${claim.kind}`) })}
                </Link>
              </p>
            </SummaryCard>
          ))}
          <h2 className="govuk-heading-m">{t('list.moreTitle')}</h2>
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to="/letters?service=benefits">
                {t('list.letters')}
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to="/report-a-change">
                {t('list.change')}
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </Page>
  )
}
