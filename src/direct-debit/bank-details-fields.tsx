import { useTranslation } from 'react-i18next'
import { useCouncil } from '#src/councils/council-context'
import { collectionDays } from '#src/gateway/contract/direct-debit'
import { usePersonalAutocomplete } from '#src/session/session-queries'
import { Checkboxes, Radios, TextInput } from '#src/ui/fields'
import type { BankDetailsField, TypedBankDetails } from './bank-details'

/**
 * The questions of a Direct Debit instruction, for any service that collects by Direct Debit. Each input's id is its
 * field's name, so the error summary links to it.
 */
export function BankDetailsFields({
  typed,
  onChange,
  errors,
}: {
  typed: TypedBankDetails
  onChange: (typed: TypedBankDetails) => void
  errors: Partial<Record<BankDetailsField, string>>
}) {
  const { t } = useTranslation('direct-debit')
  const personal = usePersonalAutocomplete()
  const council = useCouncil()
  const change = (field: keyof TypedBankDetails) => (value: string) => onChange({ ...typed, [field]: value })
  return (
    <>
      <TextInput
        id="accountHolder"
        name="accountHolder"
        label={t('bankDetails.accountHolder')}
        hint={t('bankDetails.accountHolderHint')}
        error={errors.accountHolder}
        value={typed.accountHolder}
        onChange={change('accountHolder')}
        autoComplete={personal('name')}
        spellCheck={false}
      />
      {/* Bank details are never kept on the device, so the browser is asked not to keep them in its form history either. */}
      <TextInput
        id="sortCode"
        name="sortCode"
        label={t('bankDetails.sortCode')}
        hint={t('bankDetails.sortCodeHint')}
        error={errors.sortCode}
        value={typed.sortCode}
        onChange={change('sortCode')}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        widthClass="govuk-input--width-5"
      />
      <TextInput
        id="accountNumber"
        name="accountNumber"
        label={t('bankDetails.accountNumber')}
        hint={t('bankDetails.accountNumberHint')}
        error={errors.accountNumber}
        value={typed.accountNumber}
        onChange={change('accountNumber')}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        widthClass="govuk-input--width-10"
      />
      <Radios
        id="collectionDay"
        name="collectionDay"
        legend={t('bankDetails.collectionDay')}
        legendSize="s"
        error={errors.collectionDay}
        value={typed.collectionDay || null}
        onChange={change('collectionDay')}
        choices={collectionDays.map((day) => ({ value: String(day), label: t(`days.${day}`) }))}
      />
      <Checkboxes
        id="onlyPersonToAuthorise"
        name="onlyPersonToAuthorise"
        legend={t('bankDetails.onlyPersonLegend')}
        legendSize="s"
        hint={t('bankDetails.notOnlyPerson', { phone: council.contact.phone })}
        error={errors.onlyPersonToAuthorise}
        values={typed.onlyPersonToAuthorise ? ['yes'] : []}
        onChange={(values) => onChange({ ...typed, onlyPersonToAuthorise: values.includes('yes') })}
        choices={[{ value: 'yes', label: t('bankDetails.onlyPerson') }]}
      />
    </>
  )
}
