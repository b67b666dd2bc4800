import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { MOST_BULKY_ITEMS, type BulkyItem, type ChosenItem } from '#src/gateway/contract/bookings'
import { failureOf } from '#src/gateway/errors'
import { formatMoney } from '#src/format/format'
import { Button } from '#src/ui/button'
import { TextInput } from '#src/ui/fields'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { GatewayWords } from '#src/ui/gateway-words'
import { Loading } from '#src/ui/page'
import { said, useSay, type Said } from '#src/ui/said'
import {
  BookingJourneyLayout,
  BULKY_WASTE_DRAFT,
  emptyBulkyWaste,
  QuestionPage,
  useBookingJourney,
  useReturningToCheck,
  type BulkyWasteDraft,
} from './booking-journey'
import { useBookingOptions, useSlots } from './booking-queries'
import { ChooseTime } from './choose-time'
import { NotStarted } from './book-face-to-face'

export const bulkyWastePaths = {
  items: '/bookings/bulky-waste',
  time: '/bookings/bulky-waste/time',
  check: '/bookings/bulky-waste/check',
} as const

export function BulkyWasteJourney() {
  return <BookingJourneyLayout name={BULKY_WASTE_DRAFT} empty={emptyBulkyWaste} />
}

const useJourney = () => useBookingJourney<BulkyWasteDraft>()

/** A quantity as typed: empty is none; anything but a whole number from 0 is not a quantity. */
function quantityOf(typed: string | undefined): number | null {
  const trimmed = (typed ?? '').trim()
  if (trimmed === '') return 0
  return /^\d{1,2}$/.test(trimmed) ? Number(trimmed) : null
}

/** What the person chose, with each item's price: only the items with a quantity, and only once every quantity reads. */
export function chosenItems(items: BulkyItem[], quantities: Record<string, string>): (ChosenItem & { item: BulkyItem })[] {
  return items.flatMap((item) => {
    const quantity = quantityOf(quantities[item.id])
    return quantity ? [{ itemId: item.id, quantity, item }] : []
  })
}

export const totalOf = (chosen: { quantity: number; item: BulkyItem }[]) =>
  chosen.reduce((sum, { quantity, item }) => sum + quantity * item.price, 0)

function checkQuantities(items: BulkyItem[], quantities: Record<string, string>): Record<string, Said> {
  const errors: Record<string, Said> = {}
  for (const item of items) {
    const quantity = quantityOf(quantities[item.id])
    if (quantity === null) errors[item.id] = said('errors.quantity.notANumber', { item: item.name })
    else if (quantity > item.mostPerCollection)
      errors[item.id] = said('errors.quantity.tooMany', { item: item.name, count: item.mostPerCollection })
  }
  if (Object.keys(errors).length > 0) return errors
  const count = chosenItems(items, quantities).reduce((sum, { quantity }) => sum + quantity, 0)
  if (count === 0) return { [items[0]?.id ?? '']: said('errors.items.missing') }
  if (count > MOST_BULKY_ITEMS) return { [items[0]?.id ?? '']: said('errors.items.tooMany', { most: MOST_BULKY_ITEMS, count }) }
  return {}
}

export function ChooseItemsPage() {
  const { t, i18n } = useTranslation('booking')
  const say = useSay('booking')
  const { draft, change } = useJourney()
  const options = useBookingOptions()
  const navigate = useNavigate()
  const returning = useReturningToCheck()
  const [quantities, setQuantities] = useState(draft.quantities)
  const [errors, setErrors] = useState<Record<string, Said>>({})
  const items = options.data?.bulkyItems ?? []
  const chosen = chosenItems(items, quantities)
  const count = chosen.reduce((sum, { quantity }) => sum + quantity, 0)

  function next(event: FormEvent) {
    event.preventDefault()
    const found = checkQuantities(items, quantities)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    change({ quantities })
    void navigate(returning ? bulkyWastePaths.check : bulkyWastePaths.time)
  }

  const errorList = items.flatMap((item) => {
    const text = say(errors[item.id])
    return text ? [{ href: `item-${item.id}`, text }] : []
  })
  return (
    <QuestionPage title={t('items.title')} caption={t('bulky.caption')} back={returning ? bulkyWastePaths.check : '/'} errors={errorList}>
      <p className="govuk-body">{t('items.lead', { most: MOST_BULKY_ITEMS })}</p>
      {options.isPending ? <Loading /> : null}
      {options.isError ? <GatewayFailureMessage failure={failureOf(options.error)} onTryAgain={() => void options.refetch()} /> : null}
      {options.data ? (
        <form noValidate onSubmit={next}>
          {items.map((item) => (
            <TextInput
              key={item.id}
              id={`item-${item.id}`}
              name={`item-${item.id}`}
              label={<GatewayWords>{item.name}</GatewayWords>}
              hint={t('items.price', { price: formatMoney(item.price, i18n.language), most: item.mostPerCollection })}
              error={say(errors[item.id])}
              value={quantities[item.id] ?? ''}
              onChange={(typed) => setQuantities({ ...quantities, [item.id]: typed })}
              inputMode="numeric"
              widthClass="govuk-input--width-2"
            />
          ))}
          <p className="govuk-body govuk-!-font-weight-bold" aria-live="polite">
            {t('items.total', { count, total: formatMoney(totalOf(chosen), i18n.language) })}
          </p>
          <Button>{t('continue')}</Button>
        </form>
      ) : null}
    </QuestionPage>
  )
}

export function BulkyWasteTimePage() {
  const { t } = useTranslation('booking')
  const { draft, change } = useJourney()
  const navigate = useNavigate()
  const slots = useSlots('bulky_waste')
  const returning = useReturningToCheck()
  if (Object.keys(draft.quantities).length === 0) return <NotStarted start={bulkyWastePaths.items} />
  return (
    <ChooseTime
      kind="bulky_waste"
      slots={slots}
      chosen={draft.slot}
      caption={t('bulky.caption')}
      legend={t('time.bulkyLegend')}
      back={returning ? bulkyWastePaths.check : bulkyWastePaths.items}
      onChosen={(slot, hold) => {
        change({ slot, hold })
        void navigate(bulkyWastePaths.check)
      }}
    />
  )
}
