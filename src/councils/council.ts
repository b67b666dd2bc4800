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
  services: ServiceArea[]
  languages: Language[]
  defaultLanguage: Language
}
