import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Reminder, SlotHold } from '#src/gateway/contract/bookings'
import { formatTimeOf } from '#src/format/format'
import { Radios } from '#src/ui/fields'
import { said } from '#src/ui/said'
import { InsetText } from '#src/ui/inset-text'

/** How long the chosen time is kept, or, with no signal when it was chosen, that it will be asked for when sent. */
export function HoldNotice({ hold }: { hold: SlotHold | null }) {
  const { t, i18n } = useTranslation('booking')
  // Read once: the page does not count down, it says until when.
  const [now] = useState(() => Date.now())
  if (!hold) return <InsetText>{t('hold.notKept')}</InsetText>
  if (Date.parse(hold.expiresAt) <= now) return <InsetText>{t('hold.ended')}</InsetText>
  return <InsetText>{t('hold.keptUntil', { time: formatTimeOf(hold.expiresAt, i18n.language) })}</InsetText>
}

export function ReminderChoice({
  value,
  onChange,
  error,
}: {
  value: Reminder | null
  onChange: (reminder: Reminder) => void
  error?: string
}) {
  const { t } = useTranslation('booking')
  return (
    <Radios
      id="reminder"
      name="reminder"
      legend={t('reminder.legend')}
      hint={t('reminder.hint')}
      error={error}
      value={value}
      onChange={(chosen) => onChange(chosen as Reminder)}
      choices={[
        { value: 'day_before', label: t('reminder.dayBefore') },
        { value: 'none', label: t('reminder.none') },
      ]}
    />
  )
}

/** What is missing on a check-answers page: a reminder choice, and another time when the one chosen has gone. */
export function missingAnswers(reminder: Reminder | null, alternatives: readonly unknown[] | null, alternativeId: string | null) {
  return {
    ...(reminder ? {} : { reminder: said('errors.reminder.missing') }),
    ...(alternatives && alternatives.length > 0 && !alternativeId ? { alternative: said('errors.alternative.missing') } : {}),
  }
}

/** The error summary's lines for a check-answers page, in the order the questions stand on it. */
export function answerErrorList(errors: { alternative?: string | undefined; reminder?: string | undefined }) {
  return [
    ...(errors.alternative ? [{ href: 'alternative', text: errors.alternative }] : []),
    ...(errors.reminder ? [{ href: 'reminder', text: errors.reminder }] : []),
  ]
}
