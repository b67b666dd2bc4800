import type { Council } from './council'

export const southmere: Council = {
  id: 'southmere',
  name: { en: 'London Borough of Southmere', cy: 'Bwrdeistref Llundain Southmere' },
  logo: '/councils/southmere/logo.svg',
  colours: { brand: '#1d4f6e', link: '#1a5a96' },
  accessibility: {
    replyWithinDays: 10,
    prepared: '2026-11-23',
    lastReviewed: '2026-12-02',
    lastTested: '2026-12-02',
    enforcement: 'great-britain',
  },
  contact: {
    phone: '020 7946 0000',
    outOfHoursPhone: '020 7946 0999',
    email: 'myaccount@southmere.example.gov.uk',
    openingHours: [{ fromDay: 1, toDay: 5, opens: '08:00', closes: '18:00' }],
    oneStopShop: {
      name: { en: 'Southmere One Stop Shop' },
      address: { en: 'Southmere Library, 120 High Street, Southmere SE5 8AA' },
      openingHours: [
        { fromDay: 1, toDay: 5, opens: '09:00', closes: '17:00' },
        { fromDay: 6, toDay: 6, opens: '10:00', closes: '14:00' },
      ],
    },
  },
  services: ['requests', 'bookings', 'payments', 'housing', 'councilTax', 'benefits', 'parking'],
  // English, and the languages most spoken in the borough. Welsh stays so the reference council shows every language.
  languages: ['en', 'cy', 'pl', 'ro', 'es', 'pt', 'bn', 'gu', 'tr', 'so', 'ar', 'ur'],
  defaultLanguage: 'en',
  kiosk: { idleMinutes: 2, warningSeconds: 60 },
}
