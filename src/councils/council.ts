import type { Language } from '#src/gateway/contract/common'

export type ServiceArea = 'requests' | 'bookings' | 'payments' | 'housing' | 'councilTax' | 'benefits' | 'parking'

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
  name: Record<Language, string>
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
    oneStopShop: { name: string; address: string; openingHours: OpeningHours[] }
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
  languages: Language[]
  defaultLanguage: Language
}
