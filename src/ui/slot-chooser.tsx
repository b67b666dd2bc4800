import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { slotTaken, type Slot } from '#src/gateway/contract/bookings'
import type { GatewayFailure } from '#src/gateway/errors'
import { formatDay, formatTimeOf, londonDayOf } from '#src/format/format'
import { Button } from './button'
import { ErrorMessage } from './error-message'
import { Radios } from './fields'
import { Hint } from './hint'

/** How many days with free times show at first, and how many more each "Show later dates" adds. */
export const DAYS_AT_A_TIME = 3

interface Day {
  day: string
  slots: Slot[]
}

/** Free slots by the London day they fall on, earliest first. */
export function freeDays(slots: Slot[]): Day[] {
  const days = new Map<string, Slot[]>()
  for (const slot of [...slots].filter((candidate) => candidate.available).sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = londonDayOf(slot.startsAt)
    days.set(day, [...(days.get(day) ?? []), slot])
  }
  return [...days].map(([day, daySlots]) => ({ day, slots: daySlots }))
}

/** "10am to 12pm", on the London clock, in the page's language. */
export function useSlotTimes() {
  const { t, i18n } = useTranslation('booking')
  return (slot: Pick<Slot, 'startsAt' | 'endsAt'>) =>
    t('slots.time', { from: formatTimeOf(slot.startsAt, i18n.language), to: formatTimeOf(slot.endsAt, i18n.language) })
}

/** "Tuesday 8 December, 10am to 12pm". */
export function useSlotWords() {
  const { t, i18n } = useTranslation('booking')
  const times = useSlotTimes()
  return (slot: Pick<Slot, 'startsAt' | 'endsAt'>) =>
    t('slots.dayAndTime', { day: formatDay(slot.startsAt, i18n.language), time: times(slot) })
}

/** "Tuesday 8 December, 10am": when it starts, as a button that books it says. */
export function useSlotStartWords() {
  const { t, i18n } = useTranslation('booking')
  return (slot: Pick<Slot, 'startsAt'>) =>
    t('slots.dayAndTime', { day: formatDay(slot.startsAt, i18n.language), time: formatTimeOf(slot.startsAt, i18n.language) })
}

/**
 * Free times as radios, a day at a time under its own heading, earliest first: no calendar of tiny cells. The radios
 * of every day share one name, so the page keeps one choice. Three days show at first; "Show later dates" adds three
 * more and moves focus to the first day it added, so a screen reader carries on from there.
 */
export function SlotChooser({
  id = 'slot',
  legend,
  hint,
  slots,
  value,
  onChange,
  error,
}: {
  /** Also the id of the first radio, for the error summary's link. */
  id?: string
  legend: ReactNode
  hint?: ReactNode
  slots: Slot[]
  value: string | null
  onChange: (slotId: string) => void
  error?: string
}) {
  const { t, i18n } = useTranslation('booking')
  const times = useSlotTimes()
  const days = freeDays(slots)
  // A time chosen earlier (before a reload, or on coming back to change it) stays in sight.
  const chosenDay = days.findIndex((day) => day.slots.some((slot) => slot.id === value))
  const [shown, setShown] = useState(() => Math.max(DAYS_AT_A_TIME, chosenDay + 1))
  const focusDay = useRef<number | null>(null)
  const headings = useRef(new Map<number, HTMLHeadingElement>())

  useEffect(() => {
    if (focusDay.current === null) return
    headings.current.get(focusDay.current)?.focus()
    focusDay.current = null
  }, [shown])

  function showLater() {
    focusDay.current = shown
    setShown(shown + DAYS_AT_A_TIME)
  }

  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  // Each radio's place across every day, so the first is `id` itself, for the error summary's link.
  const firstIndexOfDay = days.map((_, dayIndex) => days.slice(0, dayIndex).reduce((sum, day) => sum + day.slots.length, 0))
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={[hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
        {hint ? <Hint id={hintId}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        {days.length === 0 ? <p className="govuk-body">{t('slots.none')}</p> : null}
        {days.slice(0, shown).map((day, dayIndex) => (
          <div key={day.day} className="app-slot-day">
            <h2
              className="govuk-heading-s govuk-!-margin-top-4 govuk-!-margin-bottom-2"
              tabIndex={-1}
              ref={(heading) => {
                if (heading) headings.current.set(dayIndex, heading)
                else headings.current.delete(dayIndex)
              }}
            >
              {formatDay(day.slots[0]?.startsAt ?? day.day, i18n.language)}
            </h2>
            <div className="govuk-radios" data-module="govuk-radios">
              {day.slots.map((slot, slotIndex) => {
                const index = (firstIndexOfDay[dayIndex] ?? 0) + slotIndex
                const inputId = index === 0 ? id : `${id}-${index + 1}`
                return (
                  <div className="govuk-radios__item" key={slot.id}>
                    <input
                      className="govuk-radios__input"
                      id={inputId}
                      name={id}
                      type="radio"
                      value={slot.id}
                      checked={value === slot.id}
                      onChange={() => onChange(slot.id)}
                    />
                    <label className="govuk-label govuk-radios__label" htmlFor={inputId}>
                      <span className="govuk-visually-hidden">{formatDay(slot.startsAt, i18n.language)}, </span>
                      {times(slot)}
                    </label>
                  </div>
                )
              })}
            </div>
          </div>
        ))}
      </fieldset>
      {days.length > shown ? (
        <Button type="button" look="secondary" className="govuk-!-margin-top-4 govuk-!-margin-bottom-0" onClick={showLater}>
          {t('slots.showLater')}
        </Button>
      ) : null}
    </div>
  )
}

/** The nearest free slots a 409 for a slot taken offers, or null for any other failure. */
export function alternativesIn(failure: GatewayFailure | null | undefined): Slot[] | null {
  if (failure?.kind !== 'conflict') return null
  const taken = slotTaken.safeParse(failure.details)
  return taken.success ? taken.data.alternatives : null
}

/**
 * The slot the person chose has gone to someone else: said plainly, with the nearest free times to choose from.
 * Nothing is booked until the person chooses one.
 */
export function SlotTakenChoice({
  alternatives,
  value,
  onChange,
  error,
  id = 'alternative',
}: {
  alternatives: Slot[]
  value: string | null
  onChange: (slotId: string) => void
  error?: string
  id?: string
}) {
  const { t } = useTranslation('booking')
  const words = useSlotWords()
  return (
    <>
      <div className="govuk-inset-text" role="alert">
        <p className="govuk-body govuk-!-font-weight-bold">{t('slotTaken.title')}</p>
        <p className="govuk-body">{alternatives.length > 0 ? t('slotTaken.chooseAnother') : t('slotTaken.noneNear')}</p>
      </div>
      {alternatives.length > 0 ? (
        <Radios
          id={id}
          name={id}
          legend={t('slotTaken.legend')}
          error={error}
          value={value}
          onChange={onChange}
          choices={alternatives.map((slot) => ({ value: slot.id, label: words(slot) }))}
        />
      ) : null}
    </>
  )
}
