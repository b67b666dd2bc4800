import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { PenaltyCharge } from '#src/gateway/contract/penalty-charges'
import { formatDate } from '#src/format/format'
import { BackLink } from '#src/ui/back-link'
import { InsetText } from '#src/ui/inset-text'
import { Page } from '#src/ui/page'
import { Table } from '#src/ui/table'
import { WithAnswer } from '#src/ui/with-answer'
import { AmountInWords, ChallengeProgress, ChargeDetails, ChargePhotos, ChargeStatusTag, NS } from './charge-parts'
import { usePenaltyCharge, usePenaltyCharges } from './penalty-charge-queries'

export const chargePath = (reference: string) => `/parking/penalty-charges/${reference}`

export function PenaltyChargesPage() {
  const { t, i18n } = useTranslation(NS)
  const charges = usePenaltyCharges()
  return (
    <WithAnswer answer={charges} title={t('list.title')}>
      {(list, offline) => (
        <Page title={t('list.title')}>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-full">
              {offline}
              <h1 className="govuk-heading-l">{t('list.title')}</h1>
              {list.length === 0 ? (
                <p className="govuk-body">{t('list.none')}</p>
              ) : (
                <Table
                  caption={t('list.caption')}
                  captionHidden
                  firstCellIsHeader
                  head={[t('details.pcnNumber'), t('details.when'), t('details.status'), t('details.amount')].map((content) => ({
                    content,
                  }))}
                  rows={list.map((charge) => ({
                    key: charge.reference,
                    cells: [
                      {
                        content: (
                          <Link className="govuk-link" to={chargePath(charge.reference)}>
                            {charge.reference}
                          </Link>
                        ),
                      },
                      { content: formatDate(charge.issuedAt, i18n.language) },
                      { content: <ChargeStatusTag charge={charge} /> },
                      { content: <AmountInWords charge={charge} /> },
                    ],
                  }))}
                />
              )}
              <p className="govuk-body">
                <Link className="govuk-link" to="/find-a-penalty-charge">
                  {t('list.findAnother')}
                </Link>
              </p>
            </div>
          </div>
        </Page>
      )}
    </WithAnswer>
  )
}

export function ChargeNotFound() {
  const { t } = useTranslation(NS)
  return (
    <Page title={t('charge.notFound')}>
      <h1 className="govuk-heading-l">{t('charge.notFound')}</h1>
      <p className="govuk-body">{t('charge.notFoundBody')}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/parking/penalty-charges">
          {t('charge.back')}
        </Link>
      </p>
    </Page>
  )
}

export function PenaltyChargePage() {
  const { reference } = useParams()
  return reference ? <Charge key={reference} reference={reference} /> : <ChargeNotFound />
}

function Charge({ reference }: { reference: string }) {
  const { t } = useTranslation(NS)
  const charge = usePenaltyCharge(reference)
  return (
    <WithAnswer answer={charge} title={t('found.title', { reference })} notFound={<ChargeNotFound />}>
      {(found, offline) => <ChargeView charge={found} offlineNotice={offline} />}
    </WithAnswer>
  )
}

function ChargeView({ charge, offlineNotice }: { charge: PenaltyCharge; offlineNotice: ReactNode }) {
  const { t } = useTranslation(NS)
  return (
    <Page title={t('found.title', { reference: charge.reference })}>
      <BackLink to="/parking/penalty-charges">{t('charge.back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {offlineNotice}
          <h1 className="govuk-heading-l">{t('found.title', { reference: charge.reference })}</h1>
          <ChargeDetails charge={charge} />
          <ChallengeProgress charge={charge} />
          <h2 className="govuk-heading-m">{t('found.whatYouCanDo')}</h2>
          {charge.status === 'unpaid' ? (
            <>
              <p className="govuk-body">
                <Link className="govuk-button" to={`/payments/pay/pcn-${charge.reference}`}>
                  {t('charge.pay')}
                </Link>
              </p>
              <p className="govuk-body">{t('charge.challengeLead')}</p>
              <p className="govuk-body">
                <Link className="govuk-link" to={`${chargePath(charge.reference)}/challenge`}>
                  {t('charge.challenge')}
                </Link>
              </p>
            </>
          ) : (
            <InsetText>
              <p className="govuk-body">{t(`found.nothingToPay.${charge.status}`)}</p>
            </InsetText>
          )}
          <ChargePhotos charge={charge} />
        </div>
      </div>
    </Page>
  )
}
