import type { FormEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { MandateSummary } from '#src/direct-debit/mandate-summary'
import type { DirectDebitMandate } from '#src/gateway/contract/direct-debit'
import { BackLink } from '#src/ui/back-link'
import { Button } from '#src/ui/button'
import { ButtonGroup } from '#src/ui/button-group'
import { ConfirmationPanel } from '#src/ui/confirmation-panel'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { Page } from '#src/ui/page'
import { WarningText } from '#src/ui/warning-text'
import { directDebitPaths, WithRentDirectDebit } from './direct-debit-page'
import { useCancelRentDirectDebit } from './direct-debit-queries'

type CancelMutation = ReturnType<typeof useCancelRentDirectDebit>

export function CancelDirectDebitPage() {
  const { t } = useTranslation('direct-debit')
  // Held above the current Direct Debit, which is none once cancelled, so the confirmation stays.
  const cancel = useCancelRentDirectDebit()
  if (cancel.data?.ok) return <DirectDebitCancelled mandate={cancel.data.data} />
  return (
    <WithRentDirectDebit title={t('cancel.title')}>
      {(mandate, offline) =>
        mandate ? <CancelDirectDebit mandate={mandate} offlineNotice={offline} cancel={cancel} /> : <NoDirectDebitToCancel />
      }
    </WithRentDirectDebit>
  )
}

function DirectDebitCancelled({ mandate }: { mandate: DirectDebitMandate }) {
  const { t } = useTranslation('direct-debit')
  return (
    <Page title={t('cancel.doneTitle')}>
      <ConfirmationPanel title={t('cancel.doneTitle')}>{mandate.reference}</ConfirmationPanel>
      <p className="govuk-body">{t('cancel.doneBody', { reference: mandate.reference })}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={directDebitPaths.current}>
          {t('cancel.toDirectDebit')}
        </Link>
      </p>
    </Page>
  )
}

function NoDirectDebitToCancel() {
  const { t } = useTranslation('direct-debit')
  return (
    <Page title={t('cancel.title')}>
      <BackLink to={directDebitPaths.current}>{t('bankDetails.back')}</BackLink>
      <h1 className="govuk-heading-l">{t('cancel.title')}</h1>
      <p className="govuk-body">{t('cancel.none')}</p>
    </Page>
  )
}

function CancelDirectDebit({
  mandate,
  offlineNotice,
  cancel,
}: {
  mandate: DirectDebitMandate
  offlineNotice: ReactNode
  cancel: CancelMutation
}) {
  const { t } = useTranslation('direct-debit')
  const result = cancel.data
  const failure = result && !result.ok ? result.failure : null

  function cancelIt(event: FormEvent) {
    event.preventDefault()
    cancel.mutate(mandate.reference)
  }

  return (
    <Page title={t('cancel.title')}>
      <BackLink to={directDebitPaths.current}>{t('bankDetails.back')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {offlineNotice}
          <h1 className="govuk-heading-l">{t('cancel.title')}</h1>
          <MandateSummary mandate={mandate} />
          <WarningText>{t('cancel.warning')}</WarningText>
          {failure ? <GatewayFailureMessage failure={failure} kept={result && !result.ok ? result.kept : false} /> : null}
          {result && !result.ok && result.kept ? null : (
            <form noValidate onSubmit={cancelIt}>
              <ButtonGroup>
                <Button look="warning" disabled={cancel.isPending}>
                  {t('cancel.confirm')}
                </Button>
                <Link className="govuk-link" to={directDebitPaths.current}>
                  {t('cancel.keep')}
                </Link>
              </ButtonGroup>
              <div role="status">{cancel.isPending ? <p className="govuk-body">{t('common:stillSending')}</p> : null}</div>
            </form>
          )}
        </div>
      </div>
    </Page>
  )
}
