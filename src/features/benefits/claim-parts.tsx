import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { BenefitClaim } from '#src/gateway/contract/benefits'
import { formatDate, formatMoney } from '#src/format/format'
import { Page } from '#src/ui/page'
import { Tag, type TagColour } from '#src/ui/tag'

/** The GOV.UK tag colour for each status of a claim, the same on every screen that shows one. */
const statusColour = {
  received: 'blue',
  assessing: 'yellow',
  awarded: 'green',
  refused: 'red',
  ended: 'grey',
} as const satisfies Record<BenefitClaim['status'], TagColour>

export function ClaimStatusTag({ status }: { status: BenefitClaim['status'] }) {
  const { t } = useTranslation('benefits')
  return <Tag colour={statusColour[status]}>{t(`status.${status}`)}</Tag>
}

export const isBeingLookedAt = (claim: BenefitClaim) => claim.status === 'received' || claim.status === 'assessing'

/** What the claim gives now, in a few words: the weekly award, or why there is none. */
export function AwardInWords({ claim }: { claim: BenefitClaim }) {
  const { t, i18n } = useTranslation('benefits')
  if (claim.status === 'awarded' && claim.award) return <>{t('weekly', { amount: formatMoney(claim.award.weekly, i18n.language) })}</>
  if (isBeingLookedAt(claim)) return <>{t('assessing')}</>
  return <>{t('noAward')}</>
}

/** The next payment into the rent account, or off a council tax instalment. */
export function NextPaymentInWords({ claim }: { claim: BenefitClaim }) {
  const { t, i18n } = useTranslation('benefits')
  const next = claim.payments[0]
  if (!next || !claim.award) return <>{t('noPayments')}</>
  return (
    <>
      {t(`nextPayment.${claim.award.paidTo}`, {
        amount: formatMoney(next.amount, i18n.language),
        date: formatDate(next.on, i18n.language),
      })}
    </>
  )
}

export function ClaimNotFound() {
  const { t } = useTranslation('benefits')
  return (
    <Page title={t('notFound.title')}>
      <h1 className="govuk-heading-l">{t('notFound.title')}</h1>
      <p className="govuk-body">{t('notFound.body')}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/benefits">
          {t('notFound.back')}
        </Link>
      </p>
    </Page>
  )
}
