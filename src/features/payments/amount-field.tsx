import type { i18n as I18n } from 'i18next'
import { useTranslation } from 'react-i18next'
import { formatMoney } from '#src/format/format'
import type { AmountOwed } from '#src/gateway/contract/payments'
import type { GatewayFailure } from '#src/gateway/errors'
import { usePersonalAutocomplete } from '#src/session/session-queries'
import { formErrorsFromGateway } from '#src/ui/form-errors-from-gateway'
import { said, type Said } from '#src/ui/said'
import { TextInput } from '#src/ui/fields'
import { checkAmount } from './amount'

type Chosen = Extract<AmountOwed['amountRule'], { type: 'chosen' }>

/** The GOV.UK money input, with a £ prefix, for an amount the person chooses within limits. */
export function AmountField({
  owed,
  rule,
  typed,
  onChange,
  error,
}: {
  owed: number
  rule: Chosen
  typed: string
  onChange: (typed: string) => void
  error?: string
}) {
  const { t, i18n } = useTranslation('payments')
  const money = (pence: number) => formatMoney(pence, i18n.language)
  const personal = usePersonalAutocomplete()
  return (
    <TextInput
      id="amount"
      name="amount"
      label={t('pay.howMuch')}
      labelSize="m"
      hint={t('pay.howMuchHint', { owed: money(owed), minimum: money(rule.minimum), maximum: money(rule.maximum) })}
      error={error}
      prefix="£"
      widthClass="govuk-input--width-10"
      inputMode="decimal"
      autoComplete={personal('transaction-amount')}
      spellCheck={false}
      value={typed}
      onChange={onChange}
    />
  )
}

/** The amount to pay for something owed, or the words for why it cannot be paid. */
export function amountToPay(owed: AmountOwed, typed: string): { pence: number } | { error: Said } {
  if (owed.amountRule.type === 'fixed') return { pence: owed.amount }
  const checked = checkAmount(typed, owed.amountRule.minimum, owed.amountRule.maximum)
  if ('pence' in checked) return checked
  return { error: said(`payments:errors.amount.${checked.error}`, inWords(owed.amountRule)) }
}

/** The limits of an amount, in the words of the language they are said in. */
function inWords(rule: Chosen) {
  return (language: string) => ({ minimum: formatMoney(rule.minimum, language), maximum: formatMoney(rule.maximum, language) })
}

/**
 * The words for an amount the council refused, said on the amount field; none when there is no field to say it on
 * or the refusal is about something else, which the page's general message then covers.
 */
export function amountRefused(failure: GatewayFailure, owed: AmountOwed, i18n: I18n): Said | undefined {
  if (failure.kind !== 'invalid' || owed.amountRule.type !== 'chosen') return undefined
  const limits = inWords(owed.amountRule)
  const refused = formErrorsFromGateway(
    failure,
    {
      namespace: 'payments',
      fields: { amount: 'amount' },
      values: { amount: limits },
    },
    i18n,
  )
  return refused.byField.amount
}
