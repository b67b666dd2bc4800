import { createContext, useContext, useState, type FormEvent, type ReactNode } from 'react'
import type { UseQueryResult } from '@tanstack/react-query'
import { Trans, useTranslation } from 'react-i18next'
import { Link, Outlet, useNavigate } from 'react-router'
import { CouncilText, useCouncil } from '#src/councils/council-context'
import { formatDate, formatMoney, phoneNumberText } from '#src/format/format'
import type { DirectDebitMandate, NewDirectDebit } from '#src/gateway/contract/direct-debit'
import { failureOf } from '#src/gateway/errors'
import { BackLink } from '#src/ui/back-link'
import { Button, ButtonLink } from '#src/ui/button'
import { ButtonGroup } from '#src/ui/button-group'
import { ConfirmationPanel } from '#src/ui/confirmation-panel'
import { ErrorSummary } from '#src/ui/error-summary'
import { formErrorsFromGateway } from '#src/ui/form-errors-from-gateway'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { InsetText } from '#src/ui/inset-text'
import { isOfflineFailure, OfflineNotice } from '#src/ui/offline-notice'
import { Loading, Page } from '#src/ui/page'
import { PhoneLink } from '#src/ui/phone-link'
import { useSay } from '#src/ui/said'
import { SubmitButton } from '#src/ui/submit-button'
import { SummaryList } from '#src/ui/summary-list'
import { WarningText } from '#src/ui/warning-text'
import { BankDetailsFields } from './bank-details-fields'
import {
  bankDetailsFields,
  checkBankDetails,
  noBankDetails,
  sortCodeAsPrinted,
  type BankDetailsErrors,
  type TypedBankDetails,
} from './bank-details'
import { DirectDebitGuarantee } from './direct-debit-guarantee'
import type { CancellingDirectDebit, SettingUpDirectDebit } from './direct-debit-queries'
import { MandateSummary } from './mandate-summary'

/**
 * A Direct Debit for one of the person's accounts (the rent, council tax): what differs between them. The journey,
 * its checks and the Direct Debit Guarantee are the same for each.
 */
export interface DirectDebitService {
  paths: { current: string; setUp: string; check: string; cancel: string }
  /** The account the Direct Debit pays, for the back link. */
  from: { path: string; name: string }
  /** What is said of this account, in the person's language. */
  words: {
    title: string
    none: string
    noneBody: string
    cancelWarning: string
    cancelled: (reference: string) => string
    backToDirectDebit: string
  }
  useMandate: () => UseQueryResult<DirectDebitMandate | null>
  useSetUp: () => SettingUpDirectDebit
  useCancel: () => CancellingDirectDebit
}

/**
 * What the two steps share, in this page's memory only: bank details never go to the device, the address bar or a
 * log, so a reload loses them, and the check page says so.
 */
interface SetUpJourney {
  typed: TypedBankDetails
  type: (typed: TypedBankDetails) => void
  errors: BankDetailsErrors
  showErrors: (errors: BankDetailsErrors) => void
  /** The details as they will be sent, once they pass every check, with the id that keys their sending. */
  checked: { body: NewDirectDebit; instructionId: string } | null
  check: (body: NewDirectDebit) => void
  setUp: SettingUpDirectDebit
  service: DirectDebitService
}

const SetUpJourneyContext = createContext<SetUpJourney | null>(null)

function useSetUpJourney(): SetUpJourney {
  const journey = useContext(SetUpJourneyContext)
  if (!journey) throw new Error('A step of setting up a Direct Debit is shown outside the journey')
  return journey
}

export function SetUpDirectDebitJourney({ service }: { service: DirectDebitService }) {
  const setUp = service.useSetUp()
  const [typed, setTyped] = useState<TypedBankDetails>(noBankDetails)
  const [errors, setErrors] = useState<BankDetailsErrors>({})
  const [checked, setChecked] = useState<SetUpJourney['checked']>(null)
  const journey: SetUpJourney = {
    typed,
    type: setTyped,
    errors,
    showErrors: setErrors,
    checked,
    check: (body) => {
      // The same details checked again are the same instruction, so a second press sets up one Direct Debit.
      const same = checked && JSON.stringify(checked.body) === JSON.stringify(body)
      setChecked(same ? checked : { body, instructionId: crypto.randomUUID() })
      setErrors({})
      setUp.reset()
    },
    setUp,
    service,
  }
  return (
    <SetUpJourneyContext value={journey}>
      <Outlet />
    </SetUpJourneyContext>
  )
}

export function BankDetailsPage() {
  const { t } = useTranslation('direct-debit')
  const say = useSay('direct-debit')
  const navigate = useNavigate()
  const { typed, type, errors, showErrors, check, service } = useSetUpJourney()
  const directDebitPaths = service.paths
  const [checking, setChecking] = useState(false)

  const shown: Partial<Record<keyof BankDetailsErrors, string>> = {}
  for (const field of bankDetailsFields) shown[field] = say(errors[field])
  const summary = bankDetailsFields.flatMap((field) => (shown[field] ? [{ href: field, text: shown[field] }] : []))

  async function next(event: FormEvent) {
    event.preventDefault()
    setChecking(true)
    const checked = await checkBankDetails(typed)
    setChecking(false)
    if ('errors' in checked) return showErrors(checked.errors)
    check(checked.instruction)
    void navigate(directDebitPaths.check)
  }

  return (
    <Page title={t('bankDetails.title')}>
      <BackLink to={directDebitPaths.current}>{service.words.title}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <h1 className="govuk-heading-l">{t('bankDetails.title')}</h1>
          <p className="govuk-body">{t('bankDetails.intro')}</p>
          <form noValidate onSubmit={(event) => void next(event)}>
            <BankDetailsFields typed={typed} onChange={type} errors={shown} />
            <SubmitButton sending={checking}>{t('bankDetails.continue')}</SubmitButton>
          </form>
        </div>
      </div>
    </Page>
  )
}

export function CheckDirectDebitPage() {
  const { t, i18n } = useTranslation('direct-debit')
  const council = useCouncil()
  const navigate = useNavigate()
  const { checked, setUp, showErrors, service } = useSetUpJourney()
  const directDebitPaths = service.paths

  const result = setUp.data
  if (result?.ok) return <DirectDebitSetUp mandate={result.data} paths={directDebitPaths} />
  if (!checked) return <NothingToCheck paths={directDebitPaths} />

  const failure = result && !result.ok ? result.failure : null
  const change = [{ to: directDebitPaths.setUp, text: t('check.change') }]
  const changeRow = (what: string) => change.map((action) => ({ ...action, visuallyHiddenText: what }))

  async function setItUp(event: FormEvent) {
    event.preventDefault()
    if (!checked) return
    const sent = await setUp.mutateAsync(checked)
    // A refusal of the bank details goes back to them, said on the field, as the device's own check would.
    if (!sent.ok && sent.failure.kind === 'invalid') {
      const refused = formErrorsFromGateway(
        sent.failure,
        { namespace: 'direct-debit', fields: Object.fromEntries(bankDetailsFields.map((field) => [field, field])) },
        i18n,
      )
      showErrors(refused.byField)
      void navigate(directDebitPaths.setUp)
    }
  }

  return (
    <Page title={t('check.title')}>
      <BackLink to={directDebitPaths.setUp}>{t('bankDetails.title')}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t('check.title')}</h1>
          <SummaryList
            rows={[
              { key: t('mandate.accountHolder'), value: checked.body.accountHolder, actions: changeRow(t('mandate.accountHolder')) },
              { key: t('mandate.sortCode'), value: sortCodeAsPrinted(checked.body.sortCode), actions: changeRow(t('mandate.sortCode')) },
              { key: t('mandate.accountNumber'), value: checked.body.accountNumber, actions: changeRow(t('mandate.accountNumber')) },
              {
                key: t('mandate.collectionDay'),
                value: t(`days.${checked.body.collectionDay}`),
                actions: changeRow(t('mandate.collectionDay')),
              },
            ]}
          />
          <h2 className="govuk-heading-m">{t('check.serviceUser')}</h2>
          <p className="govuk-body">
            <CouncilText words={council.name} />
            <br />
            <CouncilText words={council.contact.oneStopShop.address} />
          </p>
          <DirectDebitGuarantee />
          <h2 className="govuk-heading-m">{t('check.confirmHeading')}</h2>
          <p className="govuk-body">{t('check.confirmBody')}</p>
          {failure && (isOfflineFailure(failure) || failure.kind === 'unavailable') ? (
            <InsetText role="alert">
              <p className="govuk-body govuk-!-font-weight-bold">{t('check.cannotSendTitle')}</p>
              <p className="govuk-body">{t('check.cannotSendBody')}</p>
              <p className="govuk-body">
                <Trans
                  t={t}
                  i18nKey="check.cannotSendNext"
                  values={{ phone: phoneNumberText(council.contact.phone) }}
                  components={{ phone: <PhoneLink number={council.contact.phone} /> }}
                />
              </p>
            </InsetText>
          ) : failure && failure.kind !== 'invalid' ? (
            <GatewayFailureMessage failure={failure} />
          ) : null}
          <form noValidate onSubmit={(event) => void setItUp(event)}>
            <SubmitButton sending={setUp.isPending}>{t('check.confirm')}</SubmitButton>
          </form>
        </div>
      </div>
    </Page>
  )
}

function NothingToCheck({ paths: directDebitPaths }: { paths: DirectDebitService['paths'] }) {
  const { t } = useTranslation('direct-debit')
  return (
    <Page title={t('check.nothingTitle')}>
      <h1 className="govuk-heading-l">{t('check.nothingTitle')}</h1>
      <p className="govuk-body">{t('check.nothingBody')}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={directDebitPaths.setUp}>
          {t('check.nothingStart')}
        </Link>
      </p>
    </Page>
  )
}

function DirectDebitSetUp({ mandate, paths: directDebitPaths }: { mandate: DirectDebitMandate; paths: DirectDebitService['paths'] }) {
  const { t, i18n } = useTranslation('direct-debit')
  return (
    <Page title={t('done.title')}>
      <ConfirmationPanel title={t('done.title')}>
        {t('done.reference')}
        <br />
        <strong>{mandate.reference}</strong>
      </ConfirmationPanel>
      <p className="govuk-body">
        {t('done.firstCollection', {
          amount: formatMoney(mandate.monthlyAmount, i18n.language),
          date: formatDate(mandate.firstCollection, i18n.language),
        })}
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={directDebitPaths.current}>
          {t('done.toDirectDebit')}
        </Link>
      </p>
    </Page>
  )
}

/** Loads the current Direct Debit; with no signal, the one last seen, saying when it is from. */
function WithDirectDebit({
  service,
  title,
  children,
}: {
  service: DirectDebitService
  title: string
  children: (mandate: DirectDebitMandate | null, offline: ReactNode) => ReactNode
}) {
  const directDebit = service.useMandate()
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

export function DirectDebitPage({ service }: { service: DirectDebitService }) {
  const { t } = useTranslation('direct-debit')
  const directDebitPaths = service.paths
  return (
    <WithDirectDebit service={service} title={service.words.title}>
      {(mandate, offline) => (
        <Page title={service.words.title}>
          <BackLink to={service.from.path}>{service.from.name}</BackLink>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              {offline}
              <h1 className="govuk-heading-l">{service.words.title}</h1>
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
                  <p className="govuk-body">{service.words.none}</p>
                  <p className="govuk-body">{service.words.noneBody}</p>
                  <ButtonLink to={directDebitPaths.setUp} start>
                    {t('current.start')}
                  </ButtonLink>
                </>
              )}
            </div>
          </div>
        </Page>
      )}
    </WithDirectDebit>
  )
}

export function CancelDirectDebitPage({ service }: { service: DirectDebitService }) {
  const { t } = useTranslation('direct-debit')
  // Held above the current Direct Debit, which is none once cancelled, so the confirmation stays.
  const cancel = service.useCancel()
  if (cancel.data?.ok) return <DirectDebitCancelled mandate={cancel.data.data} service={service} />
  return (
    <WithDirectDebit service={service} title={t('cancel.title')}>
      {(mandate, offline) =>
        mandate ? (
          <CancelDirectDebit mandate={mandate} offlineNotice={offline} cancel={cancel} service={service} />
        ) : (
          <NoDirectDebitToCancel service={service} />
        )
      }
    </WithDirectDebit>
  )
}

function DirectDebitCancelled({ mandate, service }: { mandate: DirectDebitMandate; service: DirectDebitService }) {
  const { t } = useTranslation('direct-debit')
  return (
    <Page title={t('cancel.doneTitle')}>
      <ConfirmationPanel title={t('cancel.doneTitle')}>{mandate.reference}</ConfirmationPanel>
      <p className="govuk-body">{service.words.cancelled(mandate.reference)}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={service.paths.current}>
          {service.words.backToDirectDebit}
        </Link>
      </p>
    </Page>
  )
}

function NoDirectDebitToCancel({ service }: { service: DirectDebitService }) {
  const { t } = useTranslation('direct-debit')
  return (
    <Page title={t('cancel.title')}>
      <BackLink to={service.paths.current}>{service.words.title}</BackLink>
      <h1 className="govuk-heading-l">{t('cancel.title')}</h1>
      <p className="govuk-body">{t('cancel.none')}</p>
    </Page>
  )
}

function CancelDirectDebit({
  mandate,
  offlineNotice,
  cancel,
  service,
}: {
  mandate: DirectDebitMandate
  offlineNotice: ReactNode
  cancel: CancellingDirectDebit
  service: DirectDebitService
}) {
  const directDebitPaths = service.paths
  const { t } = useTranslation('direct-debit')
  const result = cancel.data
  const failure = result && !result.ok ? result.failure : null

  function cancelIt(event: FormEvent) {
    event.preventDefault()
    cancel.mutate(mandate.reference)
  }

  return (
    <Page title={t('cancel.title')}>
      <BackLink to={directDebitPaths.current}>{service.words.title}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {offlineNotice}
          <h1 className="govuk-heading-l">{t('cancel.title')}</h1>
          <MandateSummary mandate={mandate} />
          <WarningText>{service.words.cancelWarning}</WarningText>
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
