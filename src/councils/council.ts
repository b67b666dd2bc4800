import type { Language } from '#src/gateway/contract/common'

export type ServiceArea = 'requests' | 'bookings' | 'payments' | 'housing' | 'councilTax' | 'benefits' | 'parking'

/**
 * A council's own words: always in English, and in each other language the council has them in. Where a
 * language is missing, the English shows, marked as English so a screen reader says it the English way.
 */
export type CouncilWords = { en: string } & Partial<Record<Language, string>>

export interface OpeningHours {
  /** ISO weekday numbers: 1 is Monday, 7 is Sunday. */
  fromDay: number
  toDay: number
  opens: string
  closes: string
}

/** Everything that makes the app one council's own. Switching council needs no code change. */
export interface Council {
  id: string
  name: CouncilWords
  /** Path under public/. */
  logo: string
  colours: {
    /** Header background. Must give at least 4.5:1 with white text. */
    brand: string
    /** Links on white. Must give at least 4.5:1 on white. */
    link: string
  }
  contact: {
    phone: string
    /** For emergencies such as a gas smell or flooding, day and night. */
    outOfHoursPhone: string
    email: string
    openingHours: OpeningHours[]
    oneStopShop: { name: CouncilWords; address: CouncilWords; openingHours: OpeningHours[] }
  }
  /** What the accessibility statement promises and when it was last checked. Dates are YYYY-MM-DD. */
  accessibility: {
    /** Working days to answer a request for another format or a report of an accessibility problem. */
    replyWithinDays: number
    prepared: string
    lastReviewed: string
    lastTested: string
    /** The EHRC enforces the accessibility regulations in England, Scotland and Wales; the ECNI in Northern Ireland. */
    enforcement: 'great-britain' | 'northern-ireland'
  }
  services: ServiceArea[]
  /** The languages the council offers, in the order its switcher lists them. */
  languages: Language[]
  defaultLanguage: Language
  /** On a kiosk: quiet time before the warning, then how long the warning waits for an answer before the visit ends. */
  kiosk: { idleMinutes: number; warningSeconds: number }
}
