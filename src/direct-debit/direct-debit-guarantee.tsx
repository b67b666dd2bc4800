import { useTranslation } from 'react-i18next'
import { useCouncilName } from '#src/councils/council-context'

/**
 * The Direct Debit Guarantee, in the words the scheme requires, under its own heading, wherever a Direct Debit is set up.
 * The council is the service user that collects, so it is named in each promise.
 */
export function DirectDebitGuarantee() {
  const { t } = useTranslation('direct-debit')
  const council = useCouncilName()
  return (
    <section className="govuk-!-margin-bottom-6" aria-labelledby="direct-debit-guarantee">
      <h2 className="govuk-heading-m" id="direct-debit-guarantee">
        {t('guarantee.title')}
      </h2>
      <ul className="govuk-list govuk-list--bullet">
        <li>{t('guarantee.offered')}</li>
        <li>{t('guarantee.changes', { council })}</li>
        <li>{t('guarantee.refund', { council })}</li>
        <li>{t('guarantee.payBack', { council })}</li>
        <li>{t('guarantee.cancel')}</li>
      </ul>
    </section>
  )
}
