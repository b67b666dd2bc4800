import {
  appointmentPurpose,
  type AppointmentPurpose,
  type BookingOptions,
  type BulkyItem,
  type Place,
} from '#src/gateway/contract/bookings'

/** What the council's bulky-waste crews collect, priced per item. */
export const bulkyItems: BulkyItem[] = [
  { id: 'sofa', name: 'Sofa', price: 2000, mostPerCollection: 2 },
  { id: 'armchair', name: 'Armchair', price: 1200, mostPerCollection: 4 },
  { id: 'mattress', name: 'Mattress', price: 1500, mostPerCollection: 4 },
  { id: 'bed-frame', name: 'Bed frame', price: 1500, mostPerCollection: 4 },
  { id: 'wardrobe', name: 'Wardrobe', price: 1800, mostPerCollection: 3 },
  { id: 'fridge-freezer', name: 'Fridge freezer', price: 1500, mostPerCollection: 2 },
  { id: 'washing-machine', name: 'Washing machine', price: 1500, mostPerCollection: 2 },
  { id: 'table', name: 'Table', price: 1000, mostPerCollection: 4 },
  { id: 'chest-of-drawers', name: 'Chest of drawers', price: 1200, mostPerCollection: 4 },
  { id: 'carpet', name: 'Carpet or rug', price: 1000, mostPerCollection: 5 },
]

/** Where the council sees people face to face, and how many advisers each has in an hour. */
export const places: (Place & { advisers: number })[] = [
  {
    id: 'civic-centre',
    kind: 'one_stop_shop',
    name: 'Southmere One Stop Shop, Civic Centre',
    address: 'Civic Centre, 1 Town Hall Square, London SE15 4AA',
    stepFreeAccess: true,
    advisers: 3,
  },
  {
    id: 'elmwood-library',
    kind: 'library',
    name: 'Elmwood Library',
    address: '62 Elmwood Road, London SE24 9NP',
    stepFreeAccess: true,
    advisers: 2,
  },
  {
    id: 'coldharbour-library',
    kind: 'library',
    name: 'Coldharbour Library',
    address: '215 Coldharbour Lane, London SW9 8RR',
    stepFreeAccess: false,
    advisers: 2,
  },
]

export const PAY_WITHIN_MINUTES = 30

/** Hours before the start after which a booking can no longer be moved or cancelled online. */
export const changeCutOffHours = { bulky_waste: 24, housing_repair: 24, face_to_face: 2 } as const

export function bookingOptions(): BookingOptions {
  return {
    bulkyItems,
    places: places.map(({ advisers: _, ...place }) => place),
    purposes: appointmentPurpose.options,
    payWithinMinutes: PAY_WITHIN_MINUTES,
  }
}

export function placeNamed(placeId: string | null | undefined): Place | null {
  const found = places.find((candidate) => candidate.id === placeId)
  if (!found) return null
  const { advisers: _, ...place } = found
  return place
}

const aboutWhat: Record<AppointmentPurpose, string> = {
  housing: 'Face-to-face appointment about housing',
  council_tax: 'Face-to-face appointment about council tax',
  benefits: 'Face-to-face appointment about benefits',
  parking: 'Face-to-face appointment about parking',
  blue_badge: 'Face-to-face appointment about a Blue Badge',
  other: 'Face-to-face appointment',
}

export function appointmentDescription(purpose: AppointmentPurpose) {
  return aboutWhat[purpose]
}

/** The council's words for a collection, as its crews read them: "Bulky waste collection: sofa, mattress (2)". */
export function collectionDescription(items: { itemId: string; quantity: number }[]) {
  const names = items.map(({ itemId, quantity }) => {
    const name = (bulkyItems.find((item) => item.id === itemId)?.name ?? itemId).toLowerCase()
    return quantity > 1 ? `${name} (${quantity})` : name
  })
  return `Bulky waste collection: ${names.join(', ')}`
}

export function collectionFee(items: { itemId: string; quantity: number }[]) {
  return items.reduce((total, { itemId, quantity }) => total + (bulkyItems.find((item) => item.id === itemId)?.price ?? 0) * quantity, 0)
}
