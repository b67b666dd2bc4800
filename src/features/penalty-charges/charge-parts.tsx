import { useTranslation } from 'react-i18next'
import { gatewayWordsLanguage } from '#src/gateway/contract/common'
import type { PenaltyCharge } from '#src/gateway/contract/penalty-charges'
import { formatDate, formatDateTime, formatMoney } from '#src/format/format'
import { factsOf } from '#src/i18n/languages'
import { GatewayWords } from '#src/ui/gateway-words'
import { InsetText } from '#src/ui/inset-text'
import { SummaryList } from '#src/ui/summary-list'
import { Tag, type TagColour } from '#src/ui/tag'

export const NS = 'penalty-charges'

const statusColours: Record<PenaltyCharge['status'], TagColour> = { unpaid: 'red', paid: 'green', challenged: 'blue', cancelled: 'grey' }

export function ChargeStatusTag({ charge }: { charge: PenaltyCharge }) {
  const { t } = useTranslation(NS)
  return <Tag colour={statusColours[charge.status]}>{t(`status.${charge.status}`)}</Tag>
}

/** What is owed and until when, in one sentence: "Pay £80 by 8 December; after that it is £160." */
export function AmountInWords({ charge }: { charge: PenaltyCharge }) {
  const { t, i18n } = useTranslation(NS)
  const money = (pence: number) => formatMoney(pence, i18n.language)
  const values = {
    discounted: money(charge.discountedAmount),
    full: money(charge.amount),
    date: formatDate(charge.discountEndsOn, i18n.language),
  }
  if (charge.status === 'paid') return <>{t('amount.paid')}</>
  if (charge.status === 'cancelled') return <>{t('amount.cancelled')}</>
  if (charge.status === 'challenged') return <>{t('amount.onHold', values)}</>
  return <>{charge.amountDueNow === charge.discountedAmount ? t('amount.discounted', values) : t('amount.full', values)}</>
}

/** What became of a challenge, and what the person can do now. */
export function ChallengeProgress({ charge }: { charge: PenaltyCharge }) {
  const { t, i18n } = useTranslation(NS)
  const { challenge } = charge
  if (!challenge) return null
  const values = {
    reference: challenge.reference,
    received: formatDate(challenge.receivedAt, i18n.language),
    decided: challenge.decidedOn ? formatDate(challenge.decidedOn, i18n.language) : '',
    discounted: formatMoney(charge.discountedAmount, i18n.language),
    date: formatDate(charge.discountEndsOn, i18n.language),
  }
  return (
    <section aria-labelledby="challenge-title">
      <h2 className="govuk-heading-m" id="challenge-title">
        {t('challengeStatus.title')}
      </h2>
      <p className="govuk-body">
        <Tag colour={challenge.status === 'accepted' ? 'green' : challenge.status === 'rejected' ? 'red' : 'blue'}>
          {t(`challengeStatus.tags.${challenge.status}`)}
        </Tag>
      </p>
      <p className="govuk-body">{t(`challengeStatus.${challenge.status}`, values)}</p>
      {challenge.decision ? (
        <InsetText>
          <GatewayWords as="p">{challenge.decision}</GatewayWords>
        </InsetText>
      ) : null}
    </section>
  )
}

/** The notice as the officer served it: what, where, when, the vehicle and what it costs. */
export function ChargeDetails({ charge }: { charge: PenaltyCharge }) {
  const { t, i18n } = useTranslation(NS)
  const { contravention } = charge
  return (
    <SummaryList
      rows={[
        { key: t('details.pcnNumber'), value: charge.reference },
        { key: t('details.vehicle'), value: charge.vehicleRegistration },
        {
          key: t('details.contravention'),
          value: (
            <GatewayWords>
              {t('details.contraventionWithCode', { code: contravention.code, description: contravention.description })}
            </GatewayWords>
          ),
        },
        { key: t('details.place'), value: <GatewayWords>{charge.location}</GatewayWords> },
        { key: t('details.when'), value: formatDateTime(charge.issuedAt, i18n.language) },
        { key: t('details.status'), value: <ChargeStatusTag charge={charge} /> },
        { key: t('details.amount'), value: <AmountInWords charge={charge} /> },
      ]}
    />
  )
}

/** The officer's photos, each described in words for anyone who cannot see it. */
export function ChargePhotos({ charge }: { charge: PenaltyCharge }) {
  const { t } = useTranslation(NS)
  if (charge.photos.length === 0) return null
  const { htmlLang } = factsOf(gatewayWordsLanguage)
  return (
    <section aria-labelledby="photos-title">
      <h2 className="govuk-heading-m" id="photos-title">
        {t('photos.title')}
      </h2>
      <p className="govuk-body">{t('photos.lead')}</p>
      <ul className="govuk-list">
        {charge.photos.map((photo, index) => (
          <li key={photo.address}>
            <figure className="govuk-!-margin-0 govuk-!-margin-bottom-4">
              <img src={photo.address} alt={photo.description} lang={htmlLang} width={640} height={480} className="app-evidence-photo" />
              <figcaption className="govuk-body-s">{t('photos.caption', { number: index + 1, count: charge.photos.length })}</figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  )
}
