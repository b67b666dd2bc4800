import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import type { Slot } from '#src/gateway/contract/bookings'
import { startI18n } from '#src/i18n/i18n'
import { SlotChooser } from './slot-chooser'

/** Two free slots a day from Monday 7 December 2026 for `days` days, in UK winter time, and one taken on the first. */
function slotsOver(days: number): Slot[] {
  const slots: Slot[] = []
  for (let day = 0; day < days; day += 1) {
    const date = `2026-12-${String(7 + day).padStart(2, '0')}`
    for (const [hour, available] of [
      [9, true],
      [11, day !== 0],
      [14, true],
    ] as const) {
      slots.push({
        id: `${date}-${hour}`,
        kind: 'bulky_waste',
        startsAt: `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`,
        endsAt: `${date}T${String(hour + 2).padStart(2, '0')}:00:00.000Z`,
        placeId: null,
        available,
      })
    }
  }
  // Given out of order: the chooser puts them in order itself.
  return slots.reverse()
}

async function choose(slots: Slot[], error?: string) {
  const i18n = i18next.isInitialized ? i18next : await startI18n('en', ['en'])
  await i18n.changeLanguage('en')
  await i18n.loadNamespaces(['common', 'booking'])
  const chosen: string[] = []
  function Harness() {
    const [value, setValue] = useState<string | null>(null)
    return (
      <SlotChooser
        legend="When should we collect?"
        slots={slots}
        value={value}
        error={error}
        onChange={(slotId) => {
          chosen.push(slotId)
          setValue(slotId)
        }}
      />
    )
  }
  render(
    <I18nextProvider i18n={i18n}>
      <Harness />
    </I18nextProvider>,
  )
  return chosen
}

describe('choosing a time', () => {
  it('shows free times under their London day, earliest first, three days at a time, in one radio group', async () => {
    await choose(slotsOver(5))
    const days = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)
    expect(days).toEqual(['Monday 7 December', 'Tuesday 8 December', 'Wednesday 9 December'])
    const times = screen.getAllByRole('radio')
    // Monday's 11am is taken, so it is not offered.
    expect(times).toHaveLength(2 + 3 + 3)
    expect(new Set(times.map((radio) => radio.getAttribute('name')))).toEqual(new Set(['slot']))
    expect(times[0]).toHaveAttribute('id', 'slot')
    expect(screen.getByLabelText('Monday 7 December, 9am to 11am')).toBe(times[0])
    expect(screen.getByLabelText('Monday 7 December, 2pm to 4pm')).toBe(times[1])
  })

  it('shows three more days when asked, and moves focus to the first of them', async () => {
    const user = userEvent.setup()
    await choose(slotsOver(7))
    await user.click(screen.getByRole('button', { name: 'Show later dates' }))
    expect(screen.getByRole('heading', { level: 2, name: 'Thursday 10 December' })).toHaveFocus()
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(6)
    await user.click(screen.getByRole('button', { name: 'Show later dates' }))
    expect(screen.getByRole('heading', { level: 2, name: 'Sunday 13 December' })).toHaveFocus()
    expect(screen.queryByRole('button', { name: 'Show later dates' })).not.toBeInTheDocument()
  })

  it('keeps one choice across every day', async () => {
    const user = userEvent.setup()
    const chosen = await choose(slotsOver(3))
    await user.click(screen.getByLabelText('Monday 7 December, 9am to 11am'))
    await user.click(screen.getByLabelText('Tuesday 8 December, 11am to 1pm'))
    expect(chosen).toEqual(['2026-12-07-9', '2026-12-08-11'])
    expect(screen.getAllByRole('radio', { checked: true })).toHaveLength(1)
  })

  it('says plainly when there are no free times, and shows an error with the group', async () => {
    await choose(
      slotsOver(1).map((slot) => ({ ...slot, available: false })),
      'Select a time',
    )
    expect(screen.getByText('There are no free times at the moment. Try again tomorrow, or call us.')).toBeInTheDocument()
    const group = screen.getByRole('group', { name: 'When should we collect?' })
    expect(within(group).getByText('Select a time')).toBeInTheDocument()
  })
})
