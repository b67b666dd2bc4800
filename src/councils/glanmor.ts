import type { Council } from './council'

export const glanmor: Council = {
  id: 'glanmor',
  name: { en: 'Glanmor County Borough Council', cy: 'Cyngor Bwrdeistref Sirol Glanmor' },
  logo: '/councils/glanmor/logo.svg',
  colours: { brand: '#5a2d6e', link: '#6b2c84' },
  accessibility: {
    replyWithinDays: 5,
    prepared: '2026-11-23',
    lastReviewed: '2026-12-02',
    lastTested: '2026-12-02',
    enforcement: 'great-britain',
  },
  contact: {
    phone: '01632 960 100',
    outOfHoursPhone: '01632 960 999',
    email: 'fyngyfrif@glanmor.example.gov.uk',
    openingHours: [{ fromDay: 1, toDay: 5, opens: '08:30', closes: '17:00' }],
    oneStopShop: {
      name: { en: 'Glanmor Hwb', cy: 'Hwb Glanmor' },
      address: { en: 'The Library, Castle Street, Glanmor CF99 1AA', cy: 'Y Llyfrgell, Stryd y Castell, Glanmor CF99 1AA' },
      openingHours: [{ fromDay: 1, toDay: 5, opens: '09:00', closes: '16:30' }],
    },
  },
  services: ['requests', 'bookings', 'payments', 'councilTax', 'benefits', 'parking'],
  // The Welsh Language Standards: Welsh first, and never less prominent than English.
  languages: ['cy', 'en'],
  defaultLanguage: 'en',
  kiosk: { idleMinutes: 2, warningSeconds: 60 },
}
