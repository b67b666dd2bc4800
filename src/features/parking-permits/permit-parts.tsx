import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { isKioskDevice } from '#src/device/device-settings'
import type { ResidentPermit, VehicleDetails, VehicleProof } from '#src/gateway/contract/parking-permits'
import { plateOf } from '#src/gateway/contract/vehicle-registration'
import type { GatewayFailure } from '#src/gateway/errors'
import { EvidencePicker } from '#src/evidence/evidence-picker'
import type { EvidenceFile } from '#src/evidence/evidence-file'
import { formatDate, formatMoney } from '#src/format/format'
import { Radios, TextInput } from '#src/ui/fields'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { SubmitButton } from '#src/ui/submit-button'
import { said, type Said } from '#src/ui/said'
import type { SummaryRow } from '#src/ui/summary-list'
import { Tag, type TagColour } from '#src/ui/tag'
import { useLookUpVehicle } from './permit-queries'

export const NS = 'parking-permits'
export const permitsPath = '/parking'
export const applyPaths = {
  start: '/parking/resident-permits/apply',
  vehicle: '/parking/resident-permits/apply/vehicle',
  proofs: '/parking/resident-permits/apply/proofs',
  check: '/parking/resident-permits/apply/check',
  sent: '/parking/resident-permits/apply/sent',
}
export const permitPath = (reference: string) => `/parking/resident-permits/${encodeURIComponent(reference)}`
export const payPath = (owedId: string) => `/payments/pay/${encodeURIComponent(owedId)}`
export const vehicleProofs = ['v5c', 'hire', 'company'] as const satisfies readonly VehicleProof[]

const statusColours: Record<ResidentPermit['status'], TagColour> = {
  active: 'green',
  awaiting_payment: 'yellow',
  pending: 'blue',
  expired: 'grey',
}

export function PermitStatus({ status }: { status: ResidentPermit['status'] }) {
  const { t } = useTranslation(NS)
  return <Tag colour={statusColours[status]}>{t(`status.${status}`)}</Tag>
}

/** What is wrong with a registration as typed, on the device, before anything is asked of the DVLA. */
export function registrationProblem(typed: string): Said | null {
  if (!typed.trim()) return said('errors.registration.missing')
  return plateOf(typed) ? null : said('errors.registration.format')
}

export type VehicleFound =
  | { vehicle: VehicleDetails }
  /** No signal: the council looks the vehicle up when the form is sent. */
  | { offline: true }
  | { problem: Said }
  | { failure: GatewayFailure }

/** Checks the registration's shape on the device, then asks the DVLA through the gateway what vehicle it is. */
export function useFindVehicle() {
  const lookUp = useLookUpVehicle()
  const find = async (typed: string): Promise<VehicleFound> => {
    const problem = registrationProblem(typed)
    if (problem) return { problem }
    const plate = plateOf(typed) ?? typed
    const found = await lookUp.mutateAsync(plate)
    if (found.ok) return { vehicle: found.data }
    if (found.failure.kind === 'not-found') return { problem: said('errors.registration.unknown', { registration: plate }) }
    if (found.failure.kind === 'invalid') return { problem: said('errors.registration.format') }
    if (found.failure.kind === 'offline' || found.failure.kind === 'timeout') return { offline: true }
    return { failure: found.failure }
  }
  return { find, finding: lookUp.isPending }
}

export function RegistrationField({ value, onChange, error }: { value: string; onChange: (typed: string) => void; error?: string }) {
  const { t } = useTranslation(NS)
  return (
    <TextInput
      id="registration"
      name="registration"
      label={t('vehicle.registration')}
      labelSize="m"
      hint={t('vehicle.registrationHint')}
      error={error}
      value={value}
      onChange={onChange}
      autoComplete="off"
      spellCheck={false}
      widthClass="govuk-input--width-10"
    />
  )
}

/** The vehicle as the DVLA knows it, with the council's band and price. */
export function vehicleRows(vehicle: VehicleDetails, language: string, t: (key: string, values?: Record<string, unknown>) => string) {
  const rows: SummaryRow[] = [
    { key: t('vehicle.registrationShort'), value: vehicle.registration },
    { key: t('vehicle.makeAndColour'), value: t('vehicle.makeAndColourValue', { make: vehicle.make, colour: vehicle.colour }) },
    { key: t('vehicle.fuel'), value: t(`fuel.${vehicle.fuel}`) },
    { key: t('vehicle.co2'), value: vehicle.co2 === null ? t('vehicle.co2Unknown') : t('vehicle.co2Value', { co2: vehicle.co2 }) },
    { key: t('vehicle.band'), value: vehicle.band },
    { key: t('vehicle.price'), value: formatMoney(vehicle.annualPrice, language) },
  ]
  return rows
}

export function VehicleProofQuestion({
  proof,
  onProof,
  files,
  onFiles,
  proofError,
  filesError,
  onPickingError,
}: {
  proof: VehicleProof | null
  onProof: (proof: VehicleProof) => void
  files: EvidenceFile[]
  onFiles: (files: EvidenceFile[]) => void
  proofError?: string
  filesError?: string
  onPickingError?: (problem: Said | null) => void
}) {
  const { t } = useTranslation(NS)
  return (
    <>
      <Radios
        id="vehicleProof"
        name="vehicleProof"
        legend={t('proofs.vehicleLegend')}
        legendSize="m"
        hint={t('proofs.vehicleHint')}
        error={proofError}
        value={proof}
        onChange={(value) => onProof(vehicleProofs.find((each) => each === value) ?? 'v5c')}
        choices={vehicleProofs.map((each) => ({ value: each, label: t(`proofs.kinds.${each}`) }))}
      />
      <EvidencePicker
        id="vehicleProofs"
        label={t('proofs.vehicleFiles')}
        files={files}
        onChange={onFiles}
        error={filesError}
        onPickingError={onPickingError}
      />
    </>
  )
}

/** "12 March 2027 to 11 March 2028", in the page's language. */
export function useValidDates() {
  const { t, i18n } = useTranslation(NS)
  return (permit: Pick<ResidentPermit, 'validFrom' | 'validTo'>) =>
    t('permit.validDates', { from: formatDate(permit.validFrom, i18n.language), to: formatDate(permit.validTo, i18n.language) })
}

/**
 * The send button of a permit form, with what went wrong last time: a failure in plain words, or on a kiosk or shared
 * computer that nothing was kept to send later. A refusal the form shows on its fields is not said again here.
 */
export function SendPermitForm({
  failure,
  notKept,
  sending,
  label,
  onSend,
}: {
  failure: GatewayFailure | null
  notKept: boolean
  sending: boolean
  label: string
  onSend: () => void
}) {
  const { t } = useTranslation(NS)
  function send(event: FormEvent) {
    event.preventDefault()
    onSend()
  }
  return (
    <>
      {failure && failure.kind !== 'invalid' ? <GatewayFailureMessage failure={failure} /> : null}
      {notKept ? (
        <p className="govuk-body" role="alert">
          {isKioskDevice() ? t('check.kioskNotSent') : t('check.sharedNotSent')}
        </p>
      ) : null}
      <form noValidate onSubmit={send}>
        <SubmitButton sending={sending}>{label}</SubmitButton>
      </form>
    </>
  )
}
