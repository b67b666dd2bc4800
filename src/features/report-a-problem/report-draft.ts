import type { ProblemLocation } from '#src/gateway/contract/service-requests'

export interface DraftPhoto {
  id: string
  blob: Blob
  name: string
  /** Kept so that sending again never uploads the same photo twice. */
  uploadKey: string
  photoId?: string
}

export type LocationMethod = 'postcode' | 'device' | 'described'

export interface ReportDraft {
  serviceCode: string | null
  answers: Record<string, string | string[]>
  details: string
  locationMethod: LocationMethod | null
  postcode: string
  location: ProblemLocation | null
  describedLocation: string
  photos: DraftPhoto[]
  /** The report's Idempotency-Key, made when the draft starts and kept until it is sent. */
  submitKey: string
}

export const REPORT_DRAFT = 'report-a-problem'

export function emptyDraft(): ReportDraft {
  return {
    serviceCode: null,
    answers: {},
    details: '',
    locationMethod: null,
    postcode: '',
    location: null,
    describedLocation: '',
    photos: [],
    submitKey: crypto.randomUUID(),
  }
}

export type ReportStep = 'service' | 'emergency' | 'questions' | 'location' | 'photos' | 'nearby' | 'check'

export const stepPaths: Record<ReportStep, string> = {
  service: '/report',
  emergency: '/report/emergency',
  questions: '/report/questions',
  location: '/report/location',
  photos: '/report/photos',
  nearby: '/report/nearby',
  check: '/report/check',
}

export const HOUSING_REPAIR = 'housing-repair'

/** The steps for a service, in order. Housing repairs start with emergency advice and happen at home. */
export function stepsFor(serviceCode: string | null): ReportStep[] {
  const repair = serviceCode === HOUSING_REPAIR
  return [
    'service',
    ...(repair ? (['emergency'] as const) : []),
    // Every service has this step: its own questions, if any, and room to say more.
    'questions',
    ...(repair ? [] : (['location'] as const)),
    'photos',
    ...(repair ? [] : (['nearby'] as const)),
    'check',
  ]
}
