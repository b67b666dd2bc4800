import type { ServiceRequest } from '#src/gateway/contract/service-requests'

export type RequestStatus = ServiceRequest['status']

/** The words for each status, as keys in the `requests` namespace. */
export const statusKey = {
  received: 'status.received',
  in_progress: 'status.in_progress',
  scheduled: 'status.scheduled',
  fixed: 'status.fixed',
  closed_not_fixed: 'status.closed_not_fixed',
  referred: 'status.referred',
} as const satisfies Record<RequestStatus, string>

/**
 * The GOV.UK tag colour for each status, the same on every screen. GOV.UK Frontend 6 has no
 * `govuk-tag--blue`: a tag with no colour modifier is blue.
 */
export const statusTagClass = {
  received: 'govuk-tag',
  in_progress: 'govuk-tag govuk-tag--yellow',
  scheduled: 'govuk-tag govuk-tag--purple',
  fixed: 'govuk-tag govuk-tag--green',
  closed_not_fixed: 'govuk-tag govuk-tag--red',
  referred: 'govuk-tag govuk-tag--grey',
} as const satisfies Record<RequestStatus, string>

/** Apart from every status colour, so "Following" never reads as a status. */
export const followingTagClass = 'govuk-tag govuk-tag--teal'

/** Today's date in the UK, as an ISO date, to compare with the gateway's dates. */
export function todayInUk(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

/** A report closed as not fixed can be reopened up to and including its last day. */
export function canReopen(request: Pick<ServiceRequest, 'status' | 'reopenUntil'>, today = todayInUk()): boolean {
  return request.status === 'closed_not_fixed' && request.reopenUntil !== null && request.reopenUntil >= today
}

/** Open reports first, then closed ones; newest first within each. */
export function inListOrder(requests: readonly ServiceRequest[]): ServiceRequest[] {
  return [...requests].sort((a, b) => {
    if (a.open !== b.open) return a.open ? -1 : 1
    return Date.parse(b.submittedAt) - Date.parse(a.submittedAt)
  })
}
