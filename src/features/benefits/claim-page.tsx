import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { BenefitClaim } from '#src/gateway/contract/benefits'
import type { LetterSummary } from '#src/gateway/contract/letters'
import { formatDate, formatMoney } from '#src/format/format'
import { useMyLetters } from '#src/session/account-queries'
import { BackLink } from '#src/ui/back-link'
import { GatewayWords } from '#src/ui/gateway-words'
import { InsetText } from '#src/ui/inset-text'
import { Page } from '#src/ui/page'
import { SummaryList } from '#src/ui/summary-list'
import { Table } from '#src/ui/table'
import { WithAnswer } from '#src/ui/with-answer'
import { useBenefitClaim } from './benefits-queries'
import { AwardInWords, ClaimNotFound, ClaimStatusTag, isBeingLookedAt } from './claim-parts'

export function ClaimPage() {
  const { reference } = useParams()
  return reference ? <Claim key={reference} reference={reference} /> : <ClaimNotFound />
}

function Claim({ reference }: { reference: string }) {
  const { t } = useTranslation('benefits')
  const claim = useBenefitClaim(reference)
  return (
    <WithAnswer answer={claim} title={t('claim.caption', { reference })} notFound={<ClaimNotFound />}>
      {(found, offline) => <ClaimView claim={found} offlineNotice={offline} />}
    </WithAnswer>
  )
}

function ClaimView({ claim, offlineNotice }: { claim: BenefitClaim; offlineNotice: ReactNode }) {
  const { t, i18n } = useTranslation('benefits')
  const language = i18n.language
  const kind = t(`kind.${claim.kind}`)
  const award = claim.status === 'awarded' ? claim.award : null
  return (
    <Page title={`${kind} – ${t('claim.caption', { reference: claim.reference })}`}>
      <BackLink to="/benefits">{t('claim.back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {offlineNotice}
          <span className="govuk-caption-l">{t('claim.caption', { reference: claim.reference })}</span>
          <h1 className="govuk-heading-l">{kind}</h1>
          <SummaryList
            rows={[
              { key: t('list.status'), value: <ClaimStatusTag status={claim.status} /> },
              { key: t('claim.receivedOn'), value: formatDate(claim.receivedOn, language) },
              { key: t('list.award'), value: <AwardInWords claim={claim} /> },
            ]}
          />
          {isBeingLookedAt(claim) ? (
            <InsetText>
              <p className="govuk-body">{t('claim.beingLookedAt')}</p>
            </InsetText>
          ) : null}

          {award ? (
            <section aria-labelledby="award-title">
              <h2 className="govuk-heading-m" id="award-title">
                {t('claim.awardTitle')}
              </h2>
              <SummaryList
                rows={[
                  { key: t('claim.weeklyAward'), value: formatMoney(award.weekly, language) },
                  { key: t('claim.from'), value: formatDate(award.from, language) },
                  { key: t('list.paidTo'), value: t(`paidTo.${award.paidTo}`) },
                ]}
              />
              <Table
                caption={t('claim.workings')}
                captionSize="s"
                firstCellIsHeader
                head={[{ content: t('claim.workingsWhat') }, { content: t('claim.workingsWeekly'), numeric: true }]}
                rows={award.workings.map((line, index) => {
                  const total = index === award.workings.length - 1 ? 'govuk-!-font-weight-bold' : undefined
                  return {
                    key: `${index}`,
                    cells: [
                      { content: <GatewayWords>{line.description}</GatewayWords>, className: total },
                      { content: formatMoney(line.weekly, language), numeric: true, className: total },
                    ],
                  }
                })}
              />
            </section>
          ) : null}

          {award ? (
            <section aria-labelledby="payments-title">
              <h2 className="govuk-heading-m" id="payments-title">
                {t('claim.paymentsTitle')}
              </h2>
              <p className="govuk-body">{t(`claim.payments.${award.paidTo}`)}</p>
              {claim.payments.length > 0 ? (
                <Table
                  caption={t('claim.paymentsTitle')}
                  captionHidden
                  head={[
                    { content: t(`claim.paymentOn.${award.paidTo}`) },
                    { content: t(`claim.paymentAmount.${award.paidTo}`), numeric: true },
                  ]}
                  rows={claim.payments.map((payment) => ({
                    key: payment.on,
                    cells: [
                      { content: formatDate(payment.on, language) },
                      { content: formatMoney(payment.amount, language), numeric: true },
                    ],
                  }))}
                />
              ) : (
                <p className="govuk-body">{t('noPayments')}</p>
              )}
            </section>
          ) : null}

          <History claim={claim} />
          <ClaimLetters reference={claim.reference} />

          <h2 className="govuk-heading-m">{t('claim.changeTitle')}</h2>
          <p className="govuk-body">{t('claim.changeBody')}</p>
          <p className="govuk-body">
            <Link className="govuk-link" to="/report-a-change">
              {t('claim.change')}
            </Link>
          </p>
        </div>
      </div>
    </Page>
  )
}

/** What happened when, newest first, as a resident looks for the latest news. */
function History({ claim }: { claim: BenefitClaim }) {
  const { t, i18n } = useTranslation('benefits')
  const newestFirst = [...claim.history].reverse()
  return (
    <section aria-labelledby="history-title">
      <h2 className="govuk-heading-m" id="history-title">
        {t('claim.historyTitle')}
      </h2>
      <ol className="govuk-list app-claim-history" aria-labelledby="history-title">
        {newestFirst.map((event, index) => (
          <li key={`${event.on}-${index}`} className="govuk-!-margin-bottom-4">
            <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
              <time dateTime={event.on}>{formatDate(event.on, i18n.language)}</time>
            </p>
            <GatewayWords as="p" className="govuk-body govuk-!-margin-bottom-1">
              {event.what}
            </GatewayWords>
            {event.letterId ? (
              <p className="govuk-body">
                <Link className="govuk-link" to={`/letters/${encodeURIComponent(event.letterId)}`}>
                  {t('claim.readLetter')}
                  <span className="govuk-visually-hidden"> {t('claim.readLetterSent', { date: formatDate(event.on, i18n.language) })}</span>
                </Link>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  )
}

/** The letters about this claim, from the list of letters; the claim is worth reading without them. */
function ClaimLetters({ reference }: { reference: string }) {
  const { t, i18n } = useTranslation('benefits')
  const letters = useMyLetters()
  if (!letters.data) return null
  const about: LetterSummary[] = letters.data.filter((letter) => letter.about.includes(reference))
  return (
    <section aria-labelledby="letters-title">
      <h2 className="govuk-heading-m" id="letters-title">
        {t('claim.lettersTitle')}
      </h2>
      {about.length === 0 ? <p className="govuk-body">{t('claim.noLetters')}</p> : null}
      <ul className="govuk-list">
        {about.map((letter) => (
          <li key={letter.id}>
            <Link className="govuk-link" to={`/letters/${encodeURIComponent(letter.id)}`}>
              <GatewayWords>{letter.title}</GatewayWords>
            </Link>
            <span className="govuk-body-s"> {t('claim.letterSent', { date: formatDate(letter.sentOn, i18n.language) })}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
