import { useTranslation } from 'react-i18next'
import type { ServiceRequest } from '#src/gateway/contract/service-requests'
import { Tag, type TagColour } from './tag'

/** The GOV.UK tag colour for each status of a report, the same on every screen that shows one. */
export const requestStatusColour = {
  received: 'blue',
  in_progress: 'yellow',
  scheduled: 'purple',
  fixed: 'green',
  closed_not_fixed: 'red',
  referred: 'grey',
} as const satisfies Record<ServiceRequest['status'], TagColour>

/** A report's status as a tag, in the words of the `requests` namespace. */
export function RequestStatusTag({ status }: { status: ServiceRequest['status'] }) {
  const { t } = useTranslation('requests')
  return <Tag colour={requestStatusColour[status]}>{t(`status.${status}`)}</Tag>
}
