import type { Address } from '#src/gateway/contract/addresses'

/** A slice of a council gazetteer (BS7666): every address has its UPRN. */
export const gazetteer: Address[] = [
  {
    uprn: '100021345001',
    text: 'Flat 12, Marlowe House, Coldharbour Lane, Southmere',
    postcode: 'SE5 9QT',
    latitude: 51.4701,
    longitude: -0.1011,
  },
  {
    uprn: '100021345002',
    text: 'Flat 13, Marlowe House, Coldharbour Lane, Southmere',
    postcode: 'SE5 9QT',
    latitude: 51.4701,
    longitude: -0.1011,
  },
  {
    uprn: '100021345003',
    text: 'Flat 14, Marlowe House, Coldharbour Lane, Southmere',
    postcode: 'SE5 9QT',
    latitude: 51.4702,
    longitude: -0.1012,
  },
  {
    uprn: '100021345010',
    text: 'Marlowe House Community Room, Coldharbour Lane, Southmere',
    postcode: 'SE5 9QT',
    latitude: 51.4703,
    longitude: -0.1013,
  },
  { uprn: '100021377041', text: '41A Elmwood Road, Southmere', postcode: 'SE24 0LN', latitude: 51.4552, longitude: -0.0978 },
  { uprn: '100021377042', text: '41B Elmwood Road, Southmere', postcode: 'SE24 0LN', latitude: 51.4552, longitude: -0.0978 },
  { uprn: '100021377043', text: '43 Elmwood Road, Southmere', postcode: 'SE24 0LN', latitude: 51.4553, longitude: -0.0979 },
  { uprn: '100021390007', text: '7 Kestrel Avenue, Southmere', postcode: 'SE21 8JB', latitude: 51.4401, longitude: -0.0862 },
  { uprn: '100021390009', text: '9 Kestrel Avenue, Southmere', postcode: 'SE21 8JB', latitude: 51.4402, longitude: -0.0863 },
  { uprn: '100021390011', text: '11 Kestrel Avenue, Southmere', postcode: 'SE21 8JB', latitude: 51.4403, longitude: -0.0864 },
  { uprn: '100021390013', text: '13 Kestrel Avenue, Southmere', postcode: 'SE21 8JB', latitude: 51.4404, longitude: -0.0865 },
  {
    uprn: '100021399120',
    text: 'Southmere Library and One Stop Shop, 120 High Street, Southmere',
    postcode: 'SE5 8AA',
    latitude: 51.4741,
    longitude: -0.0932,
  },
]

export function normalisePostcode(value: string): string {
  const compact = value.toUpperCase().replace(/[^A-Z0-9]/g, '')
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact
}

export function addressesAt(postcode: string): Address[] {
  const wanted = normalisePostcode(postcode)
  return gazetteer.filter((address) => address.postcode === wanted)
}

export function addressByUprn(uprn: string): Address | undefined {
  return gazetteer.find((address) => address.uprn === uprn)
}

/**
 * The controlled parking zone each address is in, as the council's parking system holds it against the UPRN.
 * An address in none needs no resident permit: anyone may park on its street.
 */
const controlledParkingZones: Record<string, string> = {
  '100021345001': 'Zone A (Coldharbour)',
  '100021345002': 'Zone A (Coldharbour)',
  '100021345003': 'Zone A (Coldharbour)',
  '100021377041': 'Zone C (Elmwood)',
  '100021377042': 'Zone C (Elmwood)',
  '100021377043': 'Zone C (Elmwood)',
}

export function parkingZoneOf(uprn: string): string | null {
  return controlledParkingZones[uprn] ?? null
}
