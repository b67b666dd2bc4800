import type { ServiceRequest } from '#src/gateway/contract/service-requests'
import { requestStatusColour } from '#src/ui/request-status-tag'
import type { TagColour } from '#src/ui/tag'

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

/** The GOV.UK tag colour for each status, shared with every screen that shows a report. */
export const statusTagColour = requestStatusColour

/** Apart from every status colour, so "Following" never reads as a status. */
export const followingTagColour: TagColour = 'teal'

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
