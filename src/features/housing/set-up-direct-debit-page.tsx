import { createContext, useContext, useState, type FormEvent } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { Link, Outlet, useNavigate } from 'react-router'
import { CouncilText, useCouncil } from '#src/councils/council-context'
import { BankDetailsFields } from '#src/direct-debit/bank-details-fields'
import {
  bankDetailsFields,
  checkBankDetails,
  noBankDetails,
  sortCodeAsPrinted,
  type BankDetailsErrors,
  type TypedBankDetails,
} from '#src/direct-debit/bank-details'
import { DirectDebitGuarantee } from '#src/direct-debit/direct-debit-guarantee'
import type { DirectDebitMandate, NewDirectDebit } from '#src/gateway/contract/direct-debit'
import { BackLink } from '#src/ui/back-link'
import { ConfirmationPanel } from '#src/ui/confirmation-panel'
import { ErrorSummary } from '#src/ui/error-summary'
import { formErrorsFromGateway } from '#src/ui/form-errors-from-gateway'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { InsetText } from '#src/ui/inset-text'
import { isOfflineFailure } from '#src/ui/offline-notice'
import { Page } from '#src/ui/page'
import { PhoneLink } from '#src/ui/phone-link'
import { useSay } from '#src/ui/said'
import { SubmitButton } from '#src/ui/submit-button'
import { SummaryList } from '#src/ui/summary-list'
import { formatDate, formatMoney, phoneNumberText } from '#src/format/format'
import { directDebitPaths } from './direct-debit-page'
import { useSetUpRentDirectDebit } from './direct-debit-queries'

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
  setUp: ReturnType<typeof useSetUpRentDirectDebit>
}

const SetUpJourneyContext = createContext<SetUpJourney | null>(null)

function useSetUpJourney(): SetUpJourney {
  const journey = useContext(SetUpJourneyContext)
  if (!journey) throw new Error('A step of setting up a Direct Debit is shown outside the journey')
  return journey
}

export function SetUpDirectDebitJourney() {
  const setUp = useSetUpRentDirectDebit()
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
  const { typed, type, errors, showErrors, check } = useSetUpJourney()
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
      <BackLink to={directDebitPaths.current}>{t('bankDetails.back')}</BackLink>
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
  const { checked, setUp, showErrors } = useSetUpJourney()

  const result = setUp.data
  if (result?.ok) return <DirectDebitSetUp mandate={result.data} />
  if (!checked) return <NothingToCheck />

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

function NothingToCheck() {
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

function DirectDebitSetUp({ mandate }: { mandate: DirectDebitMandate }) {
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
