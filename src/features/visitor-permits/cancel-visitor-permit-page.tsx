import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { VisitorAllowance, VisitorPermit } from '#src/gateway/contract/visitor-permits'
import { BackLink } from '#src/ui/back-link'
import { Button } from '#src/ui/button'
import { ButtonGroup } from '#src/ui/button-group'
import { ConfirmationPanel } from '#src/ui/confirmation-panel'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { KeptToSendPage } from '#src/ui/kept-to-send-page'
import { Page } from '#src/ui/page'
import { SummaryList } from '#src/ui/summary-list'
import { NS, useAmount, usePermitWhen, visitorPaths } from './visitor-permit-words'
import { BackToVisitorPermits, WithVisitorPermits } from './visitor-permits-page'
import { useCancelVisitorPermit } from './visitor-permits-queries'

export function CancelVisitorPermitPage() {
  const { t } = useTranslation(NS)
  const { reference = '' } = useParams()
  return (
    <WithVisitorPermits title={t('cancel.title')}>
      {({ allowance, permits }, offline) => {
        const permit = permits.find((each) => each.reference === reference)
        return permit ? <CancelPermit permit={permit} allowance={allowance} offline={offline} /> : <CannotCancel reason="notFound" />
      }}
    </WithVisitorPermits>
  )
}

function CannotCancel({ reason, permit }: { reason: 'notFound' | 'started' | 'ended' | 'cancelled'; permit?: VisitorPermit }) {
  const { t } = useTranslation(NS)
  return (
    <Page title={t('cancel.cannotTitle')}>
      <BackLink to={visitorPaths.permits}>{t('backToVisitors')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t('cancel.cannotTitle')}</h1>
          {permit ? <PermitSummary permit={permit} /> : null}
          <p className="govuk-body">{t(`cancel.${reason}`)}</p>
          <BackToVisitorPermits />
        </div>
      </div>
    </Page>
  )
}

function PermitSummary({ permit }: { permit: VisitorPermit }) {
  const { t } = useTranslation(NS)
  const when = usePermitWhen()
  return (
    <SummaryList
      rows={[
        { key: t('check.registration'), value: permit.vehicleRegistration },
        { key: t('table.when'), value: when(permit) },
      ]}
    />
  )
}

function CancelPermit({ permit, allowance, offline }: { permit: VisitorPermit; allowance: VisitorAllowance; offline: ReactNode }) {
  const { t } = useTranslation(NS)
  const amount = useAmount()
  const cancelling = useCancelVisitorPermit()
  const result = cancelling.data

  if (result?.ok) {
    return (
      <Page title={t('cancel.done.title')}>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <ConfirmationPanel title={t('cancel.done.title')} />
            <PermitSummary permit={result.data.permit} />
            <p className="govuk-body">
              {t('cancel.done.gaveBack', { amount: amount(allowance.unit, permit.uses), left: amount(allowance.unit, result.data.left) })}
            </p>
            <BackToVisitorPermits />
          </div>
        </div>
      </Page>
    )
  }
  if (result?.kept) {
    return (
      <KeptToSendPage
        title={t('cancel.waiting.title')}
        body={t('cancel.waiting.body')}
        links={[
          { to: '/waiting', text: t('waiting.seeWaiting') },
          { to: visitorPaths.permits, text: t('backToVisitors') },
        ]}
      />
    )
  }
  const failure = result && !result.ok ? result.failure : null
  // Started while the page was open: the council refused it, and the page says so as it would have from the start.
  if (permit.status !== 'upcoming' || failure?.kind === 'conflict') {
    const reason = permit.status === 'upcoming' || permit.status === 'active' ? 'started' : permit.status
    return <CannotCancel reason={reason} permit={permit} />
  }

  return (
    <Page title={t('cancel.title')}>
      <BackLink to={visitorPaths.permits}>{t('backToVisitors')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {offline}
          <h1 className="govuk-heading-l">{t('cancel.title')}</h1>
          <PermitSummary permit={permit} />
          <p className="govuk-body">{t('cancel.givesBack', { amount: amount(allowance.unit, permit.uses) })}</p>
          {failure ? <GatewayFailureMessage failure={failure} /> : null}
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault()
              cancelling.mutate({ reference: permit.reference, vehicleRegistration: permit.vehicleRegistration })
            }}
          >
            <ButtonGroup>
              <Button look="warning" disabled={cancelling.isPending}>
                {t('cancel.confirm')}
              </Button>
              <Link className="govuk-link" to={visitorPaths.permits}>
                {t('cancel.keep')}
              </Link>
            </ButtonGroup>
            <div role="status">{cancelling.isPending ? <p className="govuk-body">{t('common:stillSending')}</p> : null}</div>
          </form>
        </div>
      </div>
    </Page>
  )
}
