import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { failureOf } from '#src/gateway/errors'
import type { ServiceRequest } from '#src/gateway/contract/service-requests'
import { accountSummaryKey, myRequestsKey } from '#src/session/account-queries'
import { useSignedInPersonId } from '#src/session/session-queries'
import { outcomeAsResult } from '#src/outbox/submit'
import { useSubmissionKey } from '#src/outbox/submission-key'
import { useSubmit } from '#src/outbox/use-outbox'
import { formatDate } from '#src/format/format'
import { GatewayFailureMessage } from '#src/ui/gateway-failure-message'
import { GatewayWords } from '#src/ui/gateway-words'
import { isOfflineFailure } from '#src/ui/offline-notice'
import { SummaryCard } from '#src/ui/summary-list'
import { Loading } from '#src/ui/page'
import { stepPaths } from './report-draft'
import { useBackLink, useReportJourney } from './report-journey'
import { useNearbyRequests } from './report-queries'
import { NoReportStarted, StepPage } from './step-page'
import { Button } from '#src/ui/button'

/** Before a new report, the open reports of the same problem nearby: following one saves everybody time. */
export function NearbyPage() {
  const { t, i18n } = useTranslation('report')
  const { draft, finish } = useReportJourney()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const back = useBackLink('nearby')
  const nearby = useNearbyRequests(draft.serviceCode, draft.location)
  const following = useSubmissionKey('follow')
  const submit = useSubmit(useSignedInPersonId() ?? '')
  const follow = useMutation({
    mutationFn: async (reference: string) =>
      outcomeAsResult<ServiceRequest>(await submit('follow', { reference }, following.keyFor({ reference }))),
    onSuccess: async (result) => {
      if (!result.ok) return
      following.succeeded()
      await queryClient.invalidateQueries({ queryKey: myRequestsKey })
      await queryClient.invalidateQueries({ queryKey: accountSummaryKey })
      await finish()
      await navigate('/report/following', { state: { reference: result.data.reference, serviceName: result.data.serviceName } })
    },
    onSettled: async (result, _error, reference) => {
      // Kept to send later: the person's choice stands, and the page says it will go.
      if (result && !result.ok && result.kept) {
        await finish()
        await navigate('/report/following', { state: { reference, serviceName: '', kept: true } })
      }
    },
  })
  // With no signal there is no finding out what is nearby; the report goes on without that step.
  const cannotAsk = nearby.isError && isOfflineFailure(failureOf(nearby.error))
  const nothingNearby = draft.location?.kind === 'described' || (nearby.isSuccess && nearby.data.length === 0) || cannotAsk
  // With no place yet, or one being changed after this step was passed, there is nowhere to look near: the person says where first.
  const placeUnsaid = draft.serviceCode !== null && draft.location === null

  useEffect(() => {
    if (placeUnsaid) void navigate(stepPaths.location, { replace: true })
    else if (nothingNearby) void navigate(stepPaths.check, { replace: true })
  }, [placeUnsaid, nothingNearby, navigate])

  if (!draft.serviceCode) return <NoReportStarted title={t('nearby.title')} />

  if (nearby.isError && !cannotAsk) {
    return (
      <StepPage title={t('nearby.title')} back={back}>
        <GatewayFailureMessage failure={failureOf(nearby.error)} onTryAgain={() => void nearby.refetch()} />
        <Button type="button" look="secondary" onClick={() => void navigate(stepPaths.check)}>
          {t('nearby.skip')}
        </Button>
      </StepPage>
    )
  }
  if (!nearby.data || nothingNearby || placeUnsaid) return <Loading />

  return (
    <StepPage title={t('nearby.title')} back={back}>
      <p className="govuk-body">{t('nearby.lead', { count: nearby.data.length })}</p>
      {nearby.data.map((report) => (
        <SummaryCard
          key={report.reference}
          title={
            <>
              <GatewayWords>{report.serviceName}</GatewayWords>: {report.location}
            </>
          }
        >
          <p className="govuk-body">
            {t('nearby.reported', {
              date: formatDate(report.submittedAt, i18n.language),
              metres: report.distanceMetres,
              reference: report.reference,
            })}
          </p>
          <Button
            type="button"
            look="secondary"
            className="govuk-!-margin-bottom-0"
            disabled={follow.isPending}
            onClick={() => follow.mutate(report.reference)}
          >
            {t('nearby.follow')} <span className="govuk-visually-hidden">{report.reference}</span>
          </Button>
        </SummaryCard>
      ))}
      {follow.data && !follow.data.ok ? <GatewayFailureMessage failure={follow.data.failure} /> : null}
      <Button type="button" onClick={() => void navigate(stepPaths.check)}>
        {t('nearby.newReport')}
      </Button>
    </StepPage>
  )
}
