import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { failureOf } from '#src/gateway/errors'
import { isOfflineFailure, OfflineNotice } from './offline-notice'
import { Loading, Page } from './page'
import { CouldNotLoadPage } from './could-not-load-page'

/**
 * A page made from one answer, with what to say while it loads, when it is not there, and when it cannot be had.
 * With no signal, the answer as last seen is still worth reading, with the time it is from.
 */
export function WithAnswer<Answer>({
  answer,
  title,
  notFound,
  children,
}: {
  answer: UseQueryResult<Answer>
  title: string
  notFound?: ReactNode
  children: (data: Answer, offline: ReactNode) => ReactNode
}) {
  if (answer.isPending) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    )
  }
  if (answer.isError) {
    const failure = failureOf(answer.error)
    if (answer.data !== undefined && isOfflineFailure(failure)) {
      return children(answer.data, <OfflineNotice updatedAt={answer.dataUpdatedAt} failure={failure} />)
    }
    if (failure.kind === 'not-found' && notFound) return notFound
    return <CouldNotLoadPage failure={failure} onTryAgain={() => void answer.refetch()} />
  }
  return children(answer.data, null)
}
