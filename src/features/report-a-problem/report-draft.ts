import type { ProblemLocation } from '#src/gateway/contract/service-requests'
import type { OutboxItemOf } from '#src/outbox/outbox-item'

export interface DraftPhoto {
  id: string
  blob: Blob
  name: string
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
  }
}

/** A report kept to send that the council then refused, back as the draft it was, with everything the person gave. */
export function draftOfRefusedReport(refused: OutboxItemOf<'report-problem'>): ReportDraft {
  const { report, photos } = refused.payload
  return {
    serviceCode: report.serviceCode,
    answers: report.answers,
    details: report.details,
    locationMethod: null,
    postcode: '',
    location: report.location,
    describedLocation: report.location.kind === 'described' ? report.location.description : '',
    photos: photos.map((photo) => ({ ...photo, id: crypto.randomUUID() })),
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
